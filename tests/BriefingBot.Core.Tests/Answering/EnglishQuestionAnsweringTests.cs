using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Translation;

namespace BriefingBot.Core.Tests.Answering;

public sealed class EnglishQuestionAnsweringTests : IDisposable
{
    private readonly PassageIndex _index = Indexes.Of(Seed.Parse());

    public void Dispose() => _index.Dispose();

    private Answer Ask(EnglishArabicDictionary? dictionary, string question) =>
        Indexes.Answerer(_index, null, new EnglishQuestions(dictionary), Seed.Parse()).Answer(new AnswerRequest(question));

    [Fact]
    public void Without_the_dictionary_an_english_question_gets_the_english_unavailable_outcome_in_english()
    {
        var answer = Ask(null, "Will the sanctions on Pyongyang be tightened?");

        Assert.Equal(AnswerOutcome.EnglishUnavailable, answer.Outcome);
        Assert.True(answer.InEnglish);
        Assert.Empty(answer.Passages);
    }

    [Fact]
    public void Without_the_dictionary_arabic_questions_and_latin_speaker_names_are_answered_as_before()
    {
        var arabic = Ask(null, "ماذا قال بولياكوف؟");
        var latinName = Ask(null, "What did Polyakov say?");

        Assert.Equal(Seed.Polyakov, arabic.Passages.Select(p => p.Passage.Ordinal));
        Assert.False(arabic.InEnglish);
        Assert.Equal(AnswerOutcome.SpeakerPassages, latinName.Outcome);
        Assert.Equal(Seed.Polyakov, latinName.Passages.Select(p => p.Passage.Ordinal));
        Assert.True(latinName.InEnglish);
    }

    [Fact]
    public void An_english_question_finds_the_passage_its_translated_words_are_in()
    {
        var answer = Ask(Dictionaries.Tiny(), "Will the sanctions on Pyongyang be tightened?");

        Assert.True(answer.Answered, answer.Outcome.ToString());
        Assert.Equal(18, answer.Passages[0].Passage.Ordinal);
        Assert.True(answer.InEnglish);
        Assert.NotEmpty(answer.Passages[0].Highlights);
    }

    [Fact]
    public void An_english_question_on_something_the_briefing_never_mentions_is_declined()
    {
        var answer = Ask(Dictionaries.Tiny(), "What is the price of gold?");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.True(answer.InEnglish);
    }

    [SkippableFact]
    public void With_the_installed_dictionary_a_paraphrase_finds_the_passage_that_answers_it()
    {
        Skip.If(Dictionaries.Installed is null, Dictionaries.MissingReason);

        var answer = Ask(Dictionaries.Installed, "How might Washington respond?");

        Assert.Contains(answer.Passages.Take(3), p => p.Passage.Ordinal is 18 or 19);
    }
}
