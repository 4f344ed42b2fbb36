using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «وش قال الرجل الذي يبيع البشوت؟» names the person by the clause after «الذي», as the briefing does («أبو فيصل، الذي
/// يبيع البشوت»); the asker's «الرجل» is in no passage. The answer is everything that person says.
/// </summary>
public sealed class SpeakerQuestionsOfAPersonDescribedByWhatTheyDoTests : IDisposable
{
    private static readonly Briefing Souk = Indexes.Briefing(
        "2027-01-04-souk",
        new DateOnly(2027, 1, 4),
        "أعادت أمانة الأحساء فتح سوق القيصرية في الهفوف بعد عامين من الترميم.",
        "وعند الباب الشرقي للسوق، يقف أبو فيصل، الذي يبيع البشوت الجاهزة منذ ثلاثين عامًا، ويروي أن البشت المخيط باليد يباع عنده بثلاثة آلاف ريال على الأقل.",
        "ويقول أبو فيصل إن البشوت المستوردة المطرزة بالآلة أخذت زبائن الأعراس الشباب.");

    private readonly PassageIndex _index = Indexes.Of(Souk);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_person_asked_by_what_they_do_is_answered_with_all_they_say()
    {
        var answer = Indexes.Answerer(_index, null, Souk).Answer(new AnswerRequest("وش قال الرجل الذي يبيع البشوت عند الباب الشرقي للسوق؟"));

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Souk.Passages[1].Id, Souk.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
