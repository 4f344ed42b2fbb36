using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked about by the name the briefing says they are known by («المعروف بـ«حميدتي»»), and two people of one
/// briefing who share a surname: the full name finds that person alone, the bare surname finds both.
/// </summary>
public sealed class SpeakerQuestionsByAliasAndSharedSurnameTests() : BriefingsAnswerSpec(Sudan)
{
    private const string Sudan = """
        ---
        id: 2026-12-05-sudan-war
        title: السودان: حرب بلا أفق
        date: 2026-12-05
        ---

        ## الجبهة

        قال قائد قوات الدعم السريع محمد حمدان دقلو، المعروف بـ«حميدتي»، إن قواته لن تنسحب من الخرطوم.

        وأضاف دقلو أن المفاوضات متوقفة منذ شهرين.

        ## النازحون

        قال المحلل الاقتصادي مروان نصار إن الجنيه فقد نصف قيمته منذ بداية الحرب.

        ويضيف مروان نصار أن التضخم تجاوز مئتين في المئة.

        من جهتها، قالت الناشطة الحقوقية ريما نصار إن مئات آلاف النازحين بلا مأوى.

        ويعيش النازحون في مدارس ومساجد في ولايات الشرق.
        """;

    [Theory]
    [InlineData("ماذا قال حميدتي؟")]
    [InlineData("شو قال حميدتي")]
    [InlineData("حميدتي")]
    public void A_person_is_found_by_the_name_the_briefing_says_they_are_known_by(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("محمد حمدان دقلو", answer.Speaker);
        Assert.Equal([1, 2], answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Theory]
    [InlineData("ماذا قال مروان نصار؟", "مروان نصار", 3, 4)]
    [InlineData("ماذا قالت ريما نصار؟", "ريما نصار", 5)]
    public void A_full_name_finds_only_that_person_among_those_sharing_the_surname(string question, string speaker, params int[] ordinals)
    {
        var answer = Ask(question);

        Assert.Equal(speaker, answer.Speaker);
        Assert.Equal([speaker], answer.Speakers.Select(s => s.Name));
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Fact]
    public void A_bare_surname_two_people_share_finds_both_of_them()
    {
        var answer = Ask("ماذا قال نصار؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(new[] { "ريما نصار", "مروان نصار" }.Order(StringComparer.Ordinal), answer.Speakers.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal([3, 4, 5], answer.Passages.Select(p => p.Passage.Ordinal).Order());
    }

    [Theory]
    [InlineData("شو قال محمد عرقاب")]
    [InlineData("ماذا قال مروان خير الدين؟")]
    public void A_given_name_with_another_surname_is_someone_the_briefing_does_not_quote(string question)
    {
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, Ask(question).Outcome);
    }
}
