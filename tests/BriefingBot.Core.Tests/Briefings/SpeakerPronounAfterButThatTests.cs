using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «غير أنها نبهت إلى أن»، «إلا أنه حذر من أن»: the speaker written as a pronoun on «أن» after «غير / إلا / بيد» (or on
/// «لكن»), and a bare reporting verb after it, goes on with the one just heard, as «كما أشار إلى أن» does.
/// </summary>
public class SpeakerPronounAfterButThatTests
{
    /// <summary>The speaker heard before the paragraph a spec judges.</summary>
    private static readonly string[] Before = ["وترى الباحثة في الأصباغ الطبيعية هدى العمراني أن زراعة النيلة قد تعود إلى الوادي."];

    [Theory]
    [InlineData("غير أنها نبهت إلى أن أي مشروع سيفشل إذا لم يشمل تعليم الشباب.", "هدى العمراني")]
    [InlineData("إلا أنها أكدت أن الدعم لن يصل قبل الصيف.", "هدى العمراني")]
    public void A_pronoun_after_but_that_goes_on_with_the_speaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakersOf([.. Before, paragraph])[^1]);

    [Fact]
    public void Narration_after_but_that_quotes_no_one() =>
        Assert.Null(SpeakersOf([.. Before, "غير أنها عادت إلى بيتها في المساء بعد أن أغلق السوق أبوابه."])[^1]);
}
