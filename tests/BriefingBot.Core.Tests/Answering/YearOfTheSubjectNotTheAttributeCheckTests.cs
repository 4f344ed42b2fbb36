using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كم كان/كانت …» asks an amount as «كم بلغ …» does: the light verb is no word of what is asked. And a year asked dates
/// the subject, not the attribute the answer is given as: «سعر» of a house in 2015 is no price of potash in 2015.
/// </summary>
public sealed class YearOfTheSubjectNotTheAttributeCheckTests : IDisposable
{
    private static readonly Briefing Potash = Indexes.Briefing(
        "2026-12-11-potash",
        new DateOnly(2026, 12, 11),
        "وتراجع سعر طن البوتاس في عقود الهند من خمسمئة وتسعين دولارًا في عام 2022 إلى ثلاثمئة وخمسين دولارًا في 2024.",
        "وأنتجت الشركة نحو ثلاثة ملايين طن من البوتاس هذا العام، وهو أعلى إنتاج في تاريخها.");

    private static readonly Briefing Housing = Indexes.Briefing(
        "2026-12-09-housing",
        new DateOnly(2026, 12, 9),
        "وارتفع متوسط سعر البيت في محافظة حولي من نحو ثلاثمئة ألف دينار في 2015 إلى أكثر من خمسمئة وخمسين ألف دينار هذا العام.");

    private readonly PassageIndex _index = Indexes.Of(Potash, Housing);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Potash, Housing).Answer(new AnswerRequest(question));

    [Fact]
    public void A_light_verb_of_being_is_no_word_of_what_is_asked()
    {
        var cost = QuestionShape.Of("كم كانت كلفة المشروع القومي للصوامع؟");
        var exports = QuestionShape.Of("كم كانت صادرات القطن؟");

        Assert.Equal("كلفه", cost.Asked[0]);
        Assert.Equal(["صادرات"], exports.Counted);
    }

    [Fact]
    public void A_year_said_beside_the_same_attribute_of_another_subject_does_not_date_the_subject()
    {
        var answer = Ask("كم كان سعر طن البوتاس في عام 2015؟");

        Assert.Equal(DeclineReason.YearNotInAnswer, answer.Declined);
    }

    [Theory]
    [InlineData("كم كان سعر طن البوتاس في عام 2022؟", "وتراجع سعر طن")]
    [InlineData("كم كان سعر البيت في حولي عام 2015؟", "وارتفع متوسط")]
    public void A_year_said_of_the_subject_answers(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
