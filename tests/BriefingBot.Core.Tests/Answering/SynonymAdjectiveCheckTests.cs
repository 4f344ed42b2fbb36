using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A definite word after a definite noun is its adjective («الأدوية المغشوشة»), and a reader's adjective may be a synonym
/// of the briefing's («المزورة»): unknown to the briefings, it does not make the thing asked of unknown, as the second noun
/// of a construct does («طلاب الصيدلة»).
/// </summary>
public sealed class SynonymAdjectiveCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-11-medicines",
        new DateOnly(2026, 11, 11),
        "تقول نقابة الصيادلة إن الأدوية المزورة تشكل نحو عشرة في المئة من السوق، وإن معظمها يدخل عبر الحدود.",
        "وتضاعف عدد طلاب الطب في الجامعات الحكومية خلال خمس سنوات.");

    [Fact]
    public void An_unknown_adjective_of_a_known_noun_is_read_as_a_synonym()
    {
        var answer = Ask("ما نسبة الأدوية المغشوشة في السوق؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("تقول نقابة الصيادلة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_noun_of_a_construct_is_still_a_thing_the_briefings_never_name()
    {
        var answer = Ask("كم عدد طلاب الصيدلة في الجامعات الحكومية؟");

        Assert.Equal(DeclineReason.UnknownThing, answer.Declined);
    }
}
