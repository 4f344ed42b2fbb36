using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News counts a thing by its own word for it («البواخر النيلية»، «فرصة عمل») where a reader asks by another of the same
/// concept («كم سفينة …؟»، «كم وظيفة …؟»): the count answers, where the place asked is named with it. A word no concept
/// links to the question's («الرحلات الجوية» for «طائرة») still counts something else.
/// </summary>
public sealed class CountedByItsConceptCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-luxor-cruises",
        new DateOnly(2026, 12, 12),
        "وارتفع عدد البواخر النيلية العاملة بين الأقصر وأسوان من مئة وعشر بواخر في 2022 إلى مئتين وأربعين باخرة هذا الموسم.",
        "وتوفر تجارة الترانزيت نحو أربعين ألف فرصة عمل مباشرة في الأردن بين السائقين ومخلصي الجمارك.",
        "وارتفع عدد الرحلات الجوية الأسبوعية بين القاهرة والأقصر من أربع عشرة رحلة إلى خمس وثلاثين رحلة.",
        "ورست سفينة شحن في ميناء بورسعيد أمس، وحصل بحارتها على وظيفة مؤقتة، وهبطت طائرة خاصة في المطار.");

    [Theory]
    [InlineData("كم سفينة سياحية تبحر في النيل بين الأقصر وأسوان؟")]
    [InlineData("كم وظيفة يوفرها قطاع الترانزيت في الأردن؟")]
    public void A_count_by_another_word_of_the_concept_answers(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_count_of_a_thing_no_concept_links_is_of_something_else()
    {
        var answer = Ask("كم طائرة تهبط في الأقصر كل أسبوع؟");

        Assert.False(answer.Answered);
    }
}
