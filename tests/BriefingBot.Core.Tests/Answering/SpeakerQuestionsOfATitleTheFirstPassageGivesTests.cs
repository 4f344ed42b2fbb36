using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال بائع الهندية في سوق الأحد؟» asks of someone by what they are, in words no recorded role holds: when the
/// passage the search finds first calls its speaker by that title, beside the name or a verb of saying, the answer is
/// everything that person says, as asked by name. A title the passage gives someone else is no such answer.
/// </summary>
public sealed class SpeakerQuestionsOfATitleTheFirstPassageGivesTests : IDisposable
{
    private static readonly Briefing Cactus = Indexes.Briefing(
        "2027-01-01-cactus",
        new DateOnly(2027, 1, 1),
        "تراجعت مساحة حقول الصبار في إقليم سيدي إفني إلى النصف خلال خمس سنوات بعد انتشار الحشرة القرمزية.",
        "وفي سوق الأحد بمدينة سيدي إفني، يروي بائع الهندية الحاج إبراهيم أوبلا أن الصندوق الواحد من الثمار صار يباع بثلاثين درهمًا بعد أن كان بعشرة.",
        "ويتذكر الحاج أوبلا أن الحقول كانت تغطي التلال كلها قبل أن تصلها الحشرة، وأن أبناءه تركوا القرية إلى أكادير.",
        "وقال المزارع سالم الهاشمي إن أسعار الأعلاف ارتفعت هذا العام رغم الوعود التي قطعتها الوزارة للمربين، وإن زيارة الوزير الأخيرة للإقليم لم تغير شيئًا.");

    private readonly PassageIndex _index = Indexes.Of(Cactus);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Cactus).Answer(new AnswerRequest(question));

    [Fact]
    public void A_title_the_first_passage_gives_its_speaker_is_answered_with_all_that_person_says()
    {
        var answer = Ask("ماذا قال بائع الهندية في سوق الأحد؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Cactus.Passages[1].Id, Cactus.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Fact]
    public void A_title_the_passage_gives_someone_else_is_not_its_speakers()
    {
        var answer = Ask("ماذا قال الوزير عن زيارة الإقليم؟");

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }
}
