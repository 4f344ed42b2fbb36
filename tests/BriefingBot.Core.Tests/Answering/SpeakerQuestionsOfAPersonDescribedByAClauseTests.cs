using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «الشب اللي ترك دراسة المحاسبة وصار صياد شو قال؟»، «شو قال الي عنده المطعم على الميناء؟»: a person told by what they
/// do, in a relative clause after the words asking what they said (or a few words calling them). The passage the word
/// search finds on the description quotes them, and all they say is the answer, that passage first. A clause after «عن»
/// describes the subject asked about, not the person.
/// </summary>
public sealed class SpeakerQuestionsOfAPersonDescribedByAClauseTests : IDisposable
{
    private static readonly Briefing Port = Indexes.Briefing(
        "2027-01-10-byblos-port",
        new DateOnly(2027, 1, 10),
        "افتتحت البلدية هذا الأسبوع رصيفًا جديدًا للصيادين في ميناء جبيل القديم.",
        "وقال إيلي سركيس، الذي ترك دراسة المحاسبة وصار صيادًا قبل خمس سنوات، إن البحر أعطاه ما لم تعطه الشهادة.",
        "ويضيف سركيس أن الصيد تراجع منذ أن ارتفع سعر المازوت في الشتاء الماضي.",
        "وقالت ماري حداد، التي تدير مطعمًا على الميناء، إن السياح يملؤون المكان في الصيف وحده.");

    private readonly PassageIndex _index = Indexes.Of(Port);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Port).Answer(new AnswerRequest(question));

    [Theory]
    [InlineData("الشب اللي ترك دراسة المحاسبة وصار صياد شو قال")]
    [InlineData("شو قال اللي ترك دراسة المحاسبة؟")]
    public void A_person_described_by_a_clause_is_answered_with_all_they_say(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Port.Passages[1].Id, Port.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("شو قالت الي بتدير المطعم على الميناء؟", true)]
    [InlineData("الخوري اللي بيفتح الكنيسة للسياح شو قال", true)]
    [InlineData("طالب الهندسة اللي يساعد جده في الدكان شو قال", true)]
    [InlineData("ماذا قال الوزير عن المشروع الذي افتتحه؟", false)]
    [InlineData("ما هو الرصيف الذي افتتحته البلدية؟", false)]
    [InlineData("شو قال سركيس؟", false)]
    public void Only_a_clause_describing_whom_the_question_asks_of_asks_of_a_person_described(string question, bool described)
    {
        Assert.Equal(described, PersonDescribed.AsksOfSomeoneDescribed(question));
    }
}
