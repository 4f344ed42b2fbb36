using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «رائد سليم الحداد» after «سليم عبد الكريم الحداد»: a name whose own given name the known speaker's lacks, and whose
/// second word is the known speaker's given name (the father's, as Arabic names run), is the son, however many words the
/// two names share; the father goes on being who he was.
/// </summary>
public class SpeakerSonNamedAfterHisFatherTests
{
    [Fact]
    public void A_son_whose_patronymic_is_the_known_fathers_given_name_is_another_speaker() =>
        AssertSpeakers(
            [
                "وقال سليم عبد الكريم الحداد، صاحب المحل، إن الكلفة ارتفعت هذا العام بنحو الثلث.",
                "أما ابنه رائد سليم الحداد، الذي يدير المحل منذ عشر سنوات، فيقول إن الزبائن صاروا يشترون بالقطعة.",
            ],
            (0, "سليم عبد الكريم الحداد"),
            (1, "رائد سليم الحداد"));
}
