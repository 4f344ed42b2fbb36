using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person's age is told in the apposition after their name («حليمة الزغلامي، وهي في الثانية والستين من عمرها»), and a
/// question may name them anywhere in it: «في أي عمر تعلمت حليمة الزغلامي النسيج؟» ends with what she learnt. The name of
/// someone the passage quotes, wherever the question puts it, says whose age the passage tells.
/// </summary>
public sealed class AgeAfterASpeakersNameCheckTests() : BriefingsAnswerSpec(Kairouan)
{
    private static readonly Briefing Kairouan = Indexes.Briefing(
        "2026-12-15-kairouan",
        new DateOnly(2026, 12, 15),
        "وتقول النساجة حليمة الزغلامي، وهي في الثانية والستين من عمرها وتعيش في قرية الشراردة، إنها تعلمت النسج من أمها وهي في العاشرة.",
        "ويعمل في نسج الزرابي في ولاية القيروان نحو عشرين ألف امرأة، أغلبهن في الأرياف.",
        "وافتتحت شركة للغزل والنسيج مصنعًا جديدًا في المدينة الصناعية.");

    [Fact]
    public void The_age_after_a_quoted_name_answers_a_question_that_names_them_before_its_last_word()
    {
        var answer = Ask("في أي عمر تعلمت حليمة الزغلامي النسيج؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتقول النساجة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
