using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قالت ابنة أم حمد؟»، «شو قال والد الدلال المهيري؟»، «شو قال جار الدلال المهيري؟» ask of someone's kin or
/// neighbour, whom the briefing does not quote: the
/// quoted person's words are no answer. The person named alone is still asked of.
/// </summary>
public sealed class SpeakerQuestionsOfAQuotedPersonsKinTests : IDisposable
{
    private static readonly Briefing Market = Indexes.Briefing(
        "2027-01-07-fish-market",
        new DateOnly(2027, 1, 7),
        "افتتحت بلدية عجمان سوق السمك الجديد على الكورنيش بعد عامين من الإنشاء.",
        "وتقول أم حمد، التي تبيع السمك المجفف منذ ثلاثين عامًا، إن زبائنها تبعوها من السوق القديم إلى الجديد.",
        "ويقول الدلال سعيد المهيري إن المزاد يبدأ قبل الفجر، وإن سعر الكنعد ارتفع هذا الأسبوع.");

    private readonly PassageIndex _index = Indexes.Of(Market);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Market).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("ماذا قالت ابنة أم حمد؟")]
    [InlineData("شو قال والد الدلال المهيري؟")]
    [InlineData("وش قالت زوجة سعيد المهيري؟")]
    [InlineData("شو قال جار الدلال المهيري؟")]
    [InlineData("جد سعيد المهيري ايش قال")]
    public void Kin_of_a_quoted_person_is_not_that_person(string question)
    {
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, Ask(question).Outcome);
    }

    [Theory]
    [InlineData("ماذا قالت أم حمد؟", 1)]
    [InlineData("شو قال الدلال المهيري؟", 2)]
    public void The_quoted_person_named_alone_is_still_asked_of(string question, int passage)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Market.Passages[passage].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
