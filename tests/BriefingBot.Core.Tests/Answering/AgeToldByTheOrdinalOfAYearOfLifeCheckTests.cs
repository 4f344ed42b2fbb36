using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person's age is told by the feminine ordinal of their year of life joined to its tens («أصغرهم في الخامسة والأربعين»)
/// where a reader asks «كم عمر …؟»: it answers after a word of the question's subject. A day of the month («الخامس والعشرين
/// من يوليو») or an hour («في الثالثة فجرًا») is no age.
/// </summary>
public sealed class AgeToldByTheOrdinalOfAYearOfLifeCheckTests() : BriefingsAnswerSpec(Arwad)
{
    private static readonly Briefing Arwad = Indexes.Briefing(
        "2027-01-02-arwad",
        new DateOnly(2027, 1, 2),
        "ولم يبق في الجزيرة اليوم سوى أحد عشر معلمًا قادرين على بناء مركب كامل، أصغرهم في الخامسة والأربعين.",
        "ووصل الوفد إلى الميناء يوم الخامس والعشرين من يوليو، وغادر المركب الأكبر في الثالثة فجرًا.");

    [Fact]
    public void The_ordinal_of_a_year_of_life_after_the_subject_is_its_age()
    {
        var answer = Ask("كم عمر أصغر معلمي بناء المراكب؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ولم يبق", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("كم عمر الوفد؟")]
    [InlineData("كم عمر المركب الأكبر؟")]
    public void A_day_of_the_month_or_an_hour_is_no_age(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered);
    }
}
