using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>«فرع» heads its body as an institution noun does: the word is no one's name («أعلن فرع وزارة البيئة …»).</summary>
public class SpeakerBranchOfABodyTests
{
    [Fact]
    public void A_branch_of_a_ministry_is_no_speakers_name() =>
        AttributionCases.AssertQuoted("أعلن فرع وزارة الزراعة في محافظة الطائف يوم الاثنين أن إنتاج الورد ارتفع هذا الموسم.", "-");
}
