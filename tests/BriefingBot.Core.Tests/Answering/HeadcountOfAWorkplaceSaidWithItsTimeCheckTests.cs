using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A headcount asked of a workplace and a time («كم عاملًا يشتغل في الورد في عز الموسم؟») asks of the workplace alone: the
/// second «في» says when, and the passage that counts the farms' workers in other words of time («في ذروة الموسم») answers.
/// The workplace still has to be named: the same count is no headcount of another place of work.
/// </summary>
public sealed class HeadcountOfAWorkplaceSaidWithItsTimeCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-23-roses",
        new DateOnly(2026, 12, 23),
        "ويقدر عدد مزارع الورد في المحافظة بنحو ألف ومئتي مزرعة، ويعمل فيها في ذروة الموسم قرابة ستة آلاف عامل موسمي أغلبهم من الوافدين.",
        "وفي عز الصيف ترتفع الحرارة في السهول إلى أكثر من أربعين درجة، فيتوقف العمل في الحقول عند الظهيرة.");

    [Fact]
    public void The_workplace_of_a_headcount_ends_where_a_word_of_time_or_another_preposition_begins()
    {
        Assert.Equal(["الورد"], QuestionShape.Of("كم عاملا يشتغل في الورد في عز الموسم؟").Workplace);
        Assert.Equal(["مصنع", "السكر"], QuestionShape.Of("كم عاملا في مصنع السكر خلال الموسم؟").Workplace);
    }

    [Fact]
    public void A_headcount_asked_with_its_time_is_answered_where_the_workplace_counts_its_workers()
    {
        var answer = Ask("كم عاملا يشتغل في الورد في عز الموسم؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويقدر عدد مزارع الورد", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_workplace_asked_with_its_time_is_still_not_counted()
    {
        var answer = Ask("كم عاملا يشتغل في السهول في عز الصيف؟");

        Assert.False(answer.Answered);
    }
}
