using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «من قال إن …؟» names no one: the passage that says the claim tells who said it, and the answer is that person's
/// words in that briefing, the passage of the claim first, as a question by name would give them.
/// </summary>
public sealed class AnswersToWhoSaidAClaimTests : IDisposable
{
    private readonly PassageIndex _index;
    private readonly QuestionAnswerer _answerer;

    public AnswersToWhoSaidAClaimTests()
    {
        var parser = new BriefingParser();
        var folder = Path.Combine(AppContext.BaseDirectory, "Answering", "NewSpeakerBriefings");
        var briefings = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).Select(f => parser.Parse(File.ReadAllText(f))).ToArray();
        _index = Indexes.Of(briefings);
        _answerer = Indexes.Answerer(_index, briefings: briefings);
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("من قال إن الوزارة طلبت من الجانب الإيراني جدولة الديون؟", "أحمد موسى العبادي", 3, 2, 4)]
    [InlineData("من قال إن الخط مع الكويت لن يعوض أكثر من خمسمئة ميغاواط؟", "نور الهدى آل ياسين", 6, 5)]
    public void The_speaker_of_the_passage_saying_the_claim_is_answered_with_all_their_words(string question, string speaker, params int[] ordinals)
    {
        var answer = _answerer.Answer(new AnswerRequest(question));

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(speaker, answer.Speaker);
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Theory]
    [InlineData("مين قال ان الوزارة طلبت من الجانب الايراني جدولة الديون؟", "أحمد موسى العبادي", 3, 2, 4)]
    [InlineData("منو اللي كال ان الخط مع الكويت لن يعوض أكثر من خمسمئة ميغاواط؟", "نور الهدى آل ياسين", 6, 5)]
    [InlineData("شكون اللي قال إن حرق الغاز في حقول البصرة يكلف البلاد مليارات الدولارات؟", "عمار أبو رغيف", 7, 8)]
    public void Chat_asks_who_said_it_with_any_word_for_who_and_its_relative(string question, string speaker, params int[] ordinals)
    {
        var answer = _answerer.Answer(new AnswerRequest(question));

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(speaker, answer.Speaker);
        Assert.Equal(ordinals, answer.Passages.Select(p => p.Passage.Ordinal));
    }

    [Fact]
    public void A_question_of_another_shape_is_answered_with_the_passages_found()
    {
        var answer = _answerer.Answer(new AnswerRequest("لماذا طلبت الوزارة من الجانب الإيراني جدولة الديون؟"));

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }
}
