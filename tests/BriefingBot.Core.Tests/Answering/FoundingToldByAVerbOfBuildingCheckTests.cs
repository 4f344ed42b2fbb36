using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News tells when and by whom a thing was founded by whichever verb of building or founding it chose, said after the thing
/// with a pronoun pointing back to it («مخيم «قمر النجوم» الذي أقامه والده عام 1998»): a question asking it by «تأسس» or
/// «أسس» is answered there, and not where the thing is the one that builds («وأنشأت الشركة مصنعًا جديدًا»).
/// </summary>
public sealed class FoundingToldByAVerbOfBuildingCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-16-founding",
        new DateOnly(2026, 12, 16),
        "ويقول سالم العنزي، صاحب مخيم «قمر النجوم» الذي أقامه والده عام 1998 بخمس خيام من شعر الماعز، إن المخيم يضم اليوم عشرين خيمة.",
        "وأنشأت شركة الواحة للسياحة في عام 2020 فندقًا جديدًا قرب البحيرة، بكلفة عشرة ملايين دينار.",
        "وكان الجامع الكبير في المدينة، الذي شيده الوالي عام 1172، قد رُمّم مرتين في القرن الماضي.");

    [Theory]
    [InlineData("متى تأسس مخيم قمر النجوم؟")]
    [InlineData("من أسس مخيم قمر النجوم؟")]
    public void A_founding_told_by_a_verb_of_building_after_the_thing_answers(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويقول سالم العنزي", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_thing_that_builds_something_else_is_not_founded_by_that_verb()
    {
        var answer = Ask("متى تأسست شركة الواحة للسياحة؟");

        Assert.False(answer.Answered);
    }

    [Fact]
    public void A_masculine_noun_the_stemmer_meets_is_not_the_feminine_thing_asked()
    {
        var answer = Ask("متى تأسست جامعة المدينة؟");

        Assert.False(answer.Answered);
    }
}
