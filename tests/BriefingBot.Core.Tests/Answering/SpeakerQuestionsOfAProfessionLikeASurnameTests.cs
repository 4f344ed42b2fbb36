using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «المعماري السويسري شو قال» with «سالم المعمري» quoted in another briefing: the profession one letter from his surname
/// asks by a title, and the passage that gives its speaker that title («وبحسب المعماري السويسري ماركوس هالر») answers.
/// </summary>
public sealed class SpeakerQuestionsOfAProfessionLikeASurnameTests : IDisposable
{
    private static readonly Briefing Mzab = Indexes.Briefing(
        "2027-01-04-mzab",
        new DateOnly(2027, 1, 4),
        "جرفت سيول الخريف جزءًا من سواقي وادي ميزاب في غرداية.",
        "وبحسب المعماري السويسري ماركوس هالر، الذي يدرس عمارة الماء في ميزاب منذ التسعينيات، فإن الساقيات المكشوفة آلة حاسبة من الحجر.",
        "ويذهب هالر إلى أن تغطية السواقي بالإسمنت أفقدتها قدرتها على توزيع الماء بالعدل.");

    private static readonly Briefing Lime = Indexes.Briefing(
        "2026-12-31-lime",
        new DateOnly(2026, 12, 31),
        "وقال مدير عام الزراعة في الباطنة، سالم بن حمد المعمري، إن الوزارة وزعت عشرة آلاف شتلة ليمون مقاومة.",
        "وأوضح المعمري أن الشتلات تنتج في مشتل الوزارة بالرميس.");

    private readonly PassageIndex _index = Indexes.Of(Mzab, Lime);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_profession_one_letter_from_a_surname_is_asked_as_the_title_the_passage_gives()
    {
        var answer = Indexes.Answerer(_index, null, Mzab, Lime).Answer(new AnswerRequest("المعماري السويسري شو قال"));

        Assert.Equal("ماركوس هالر", answer.Speaker);
        Assert.Equal([Mzab.Passages[1].Id, Mzab.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }
}
