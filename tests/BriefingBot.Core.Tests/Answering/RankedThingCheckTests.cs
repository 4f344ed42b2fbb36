using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A thing asked of by its rank («الشحنة الثانية»، «ثاني شحنة») is not answered by passages that rank it otherwise
/// («شحنتها الأولى»); the rank asked, said after or before the noun, answers.
/// </summary>
public sealed class RankedThingCheckTests() : BriefingsAnswerSpec(Notes)
{
    private static readonly Briefing Notes = Indexes.Briefing(
        "2026-12-04-notes",
        new DateOnly(2026, 12, 4),
        "ويضيف المحافظ أن الأوراق الجديدة طُبعت في مطبعة أوروبية، وأن شحنتها الأولى ستصل إلى مطار مقديشو منتصف فبراير.");

    [Fact]
    public void Another_rank_of_the_thing_is_no_answer()
    {
        var second = Ask("متى تصل الشحنة الثانية من الأوراق الجديدة؟");
        var first = Ask("متى تصل أول شحنة من الأوراق الجديدة؟");

        Assert.Equal(DeclineReason.OtherRank, second.Declined);
        Assert.True(first.Answered, first.Declined?.ToString());
    }

    [Fact]
    public void A_rank_is_read_after_its_noun_or_before_it()
    {
        Assert.Equal(("الشحنه", 2), QuestionShape.Of("متى تصل الشحنة الثانية؟").Ranked is var (n, r) ? (n, r) : default);
        Assert.Equal(("شحنه", 1), QuestionShape.Of("متى تصل أول شحنة؟").Ranked is var (m, q) ? (m, q) : default);
        Assert.Null(QuestionShape.Of("كم سعر تذكرة الدرجة الأولى؟").Ranked);
    }
}
