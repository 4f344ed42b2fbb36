using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Translation;

public sealed class EnglishQuestionsTests : IDisposable
{
    private readonly PassageIndex _index = Indexes.Of(
        Indexes.Briefing(
            "b1",
            new DateOnly(2026, 11, 30),
            "قال الكاتب جبران إن التحالف بين البلدين هش.",
            "وتفرض العقوبات على بيونغ يانغ منذ سنوات.",
            "ويرى حلف NATO في ذلك خطرًا، وفق الرمز mrk001x0q123456."));

    public void Dispose() => _index.Dispose();

    private static QueryTerm Term(AnalyzedQuestion question, string form) =>
        Assert.Single(question.QueryTerms, t => t.Forms.Contains(form));

    [Fact]
    public void Each_content_word_becomes_one_term_with_its_translations_as_analysed()
    {
        var question = new EnglishQuestions(Dictionaries.Tiny()).Translate("What about the alliance and the sanctions?", _index)!;

        Assert.Equal(2, question.QueryTerms.Count);
        Assert.Equal("تحالف", question.QueryTerms[0].Primary);
        Assert.Equal("عقوب", question.QueryTerms[1].Primary);
        Assert.Empty(question.Pairs);
    }

    [Fact]
    public void A_capitalised_name_outside_the_dictionary_meets_the_index_word_with_its_consonants()
    {
        var question = new EnglishQuestions(Dictionaries.Tiny()).Translate("What did Gibran write?", _index)!;

        var result = _index.Search(new PassageSearch(question, 3));
        var gibran = Assert.Single(result.Terms, t => t.Known);
        Assert.True(gibran.InTopHit);
        Assert.Contains("جبران", result.Hits[0].Passage.Text, StringComparison.Ordinal);
        Assert.Contains(result.Hits[0].Highlights, h => result.Hits[0].Passage.Text.Substring(h.Start, h.Length) == "جبران");
    }

    [Fact]
    public void A_multi_word_translation_is_one_term_whose_forms_are_its_words()
    {
        var question = new EnglishQuestions(Dictionaries.Tiny()).Translate("sanctions on Pyongyang", _index)!;

        var pyongyang = Term(question, "بيونغ");
        Assert.Contains("يانغ", pyongyang.Forms);
        Assert.Equal(2, question.QueryTerms.Count);
    }

    [Fact]
    public void A_word_with_neither_translation_nor_name_match_stays_an_unknown_term()
    {
        var question = new EnglishQuestions(Dictionaries.Tiny()).Translate("price of bitcoin", _index)!;

        Assert.Equal(["price", "bitcoin"], question.QueryTerms.Select(t => t.Primary));
        var result = _index.Search(new PassageSearch(question, 3));
        Assert.All(result.Terms, t => Assert.False(t.Known));
    }

    [Theory]
    [InlineData("What does NATO think?")]
    [InlineData("mrk001x0q123456")]
    public void A_latin_word_the_briefings_use_is_searched_as_written(string question)
    {
        var translated = new EnglishQuestions(Dictionaries.Tiny()).Translate(question, _index)!;

        var result = _index.Search(new PassageSearch(translated, 3));

        Assert.Equal(3, result.Hits[0].Passage.Ordinal);
    }

    [Fact]
    public void Without_a_dictionary_there_is_no_translation()
    {
        var english = new EnglishQuestions(dictionary: null);

        Assert.False(english.Available);
        Assert.Null(english.Translate("What about the alliance?", _index));
    }
}
