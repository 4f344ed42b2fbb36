using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The members of a union, a council or a club are its headcount as its workers are: «كم عدد أعضاء النقابة؟» is answered
/// where a number counts its members («ثلاثين ألف عضو»), not by a passage that names the union and its members beside a number of something else.
/// </summary>
public sealed class MembersHeadcountCheckTests
{
    private static readonly Briefing Union = Indexes.Briefing(
        "2026-12-13-union",
        new DateOnly(2026, 12, 13),
        "وقال رئيس النقابة العامة للعاملين في المناجم إن النقابة تفاوض الشركة على زيادة بدل المخاطر بنسبة عشرين في المئة، وإن أعضاء مجلس النقابة سيجتمعون الأحد.");

    private static readonly Briefing Council = Indexes.Briefing(
        "2026-12-13-council",
        new DateOnly(2026, 12, 13),
        "ويضم مجلس الأمة خمسين عضوًا منتخبًا، إضافة إلى الوزراء بحكم مناصبهم.");

    private static Answer Ask(string question, Briefing briefing)
    {
        using var index = Indexes.Of(briefing);
        return Indexes.Answerer(index, null, [briefing]).Answer(new AnswerRequest(question));
    }

    [Fact]
    public void Members_are_counted_where_a_number_counts_them()
    {
        var union = Ask("كم عدد أعضاء النقابة العامة للعاملين في المناجم؟", Union);
        var council = Ask("كم عدد أعضاء مجلس الأمة؟", Council);

        Assert.Equal(DeclineReason.FactNotOfSubject, union.Declined);
        Assert.True(council.Answered, council.Declined?.ToString());
    }
}
