using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// After a verb of judgement («اعتبر»، «وصف»، «انتقد»), two plain words running straight into the «أن» that opens what
/// was said are the speaker's name, not the thing judged: a role of several words before them («صاحبة مصنع الحلويات
/// التقليدية») is no name of its own. The thing judged still closes the name when «بأنها» follows it.
/// </summary>
public class SpeakerNameRightBeforeThatAfterAVerbOfJudgementTests
{
    [Theory]
    [InlineData("واعتبرت صاحبة مصنع الحلويات التقليدية سنية الكراي أن زبائنها يفرقون جيدًا بين لوز صفاقس وغيره.")]
    [InlineData("واعتبرت مديرة مصنع الحلويات سنية الكراي أن زبائنها يفرقون جيدًا بين لوز صفاقس وغيره.")]
    public void Two_plain_words_before_that_are_the_speakers_name(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "سنية الكراي");

    [Fact]
    public void A_second_speaker_after_whereas_is_named_the_same_way() =>
        AttributionCases.AssertQuoted(
            "شكا التاجر رضا السلامي من أن اللوز المستورد أرخص، في حين اعتبرت صاحبة مصنع الحلويات التقليدية سنية الكراي أن زبائنها يفرقون جيدًا.",
            "رضا السلامي+سنية الكراي");

    [Fact]
    public void The_thing_judged_before_bianna_still_closes_the_name() =>
        AttributionCases.AssertQuoted("وصفت النائبة هالة بنت سليمان عيتاني خطة الوزارة بأنها متأخرة.", "هالة بنت سليمان عيتاني");
}
