using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News counts a workplace's people as persons where a verb of working says what they do («ويعمل فيه مئة وعشرون شخصًا»), and
/// calls a factory by whichever word of its concept it chose («معمل» for «مصنع»): the headcount of «كم موظفًا يعمل في مصنع
/// رياق؟» is given there, by the name of the place. Persons counted doing something else, or in another workplace, give none.
/// </summary>
public sealed class WorkersCountedAsPersonsCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-16-workers",
        new DateOnly(2026, 12, 16),
        "وافتتحت شركة لبنانية خاصة في أبريل معملًا لعصر التفاح في بلدة رياق، بكلفة أربعة ملايين دولار، ويعمل فيه مئة وعشرون شخصًا.",
        "وفي بلدة شتورة، نزح من القرى الحدودية نحو ثلاثة آلاف شخص إلى مدارس البلدة ومصنع مهجور للأحذية.",
        "ويقول سمير حداد، وهو موظف في تعاونية زحلة، إن أسعار التفاح تراجعت هذا الموسم.");

    [Fact]
    public void Workers_counted_as_persons_beside_a_verb_of_working_give_the_headcount()
    {
        var answer = Ask("كم موظفًا يعمل في مصنع رياق؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void Persons_counted_without_a_verb_of_working_are_no_headcount()
    {
        var answer = Ask("كم عاملًا يعمل في مصنع شتورة؟");

        Assert.Equal(DeclineReason.FactNotOfSubject, answer.Declined);
    }
}
