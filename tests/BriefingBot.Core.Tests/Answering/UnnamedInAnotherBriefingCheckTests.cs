using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Asked which of a kind («في أي محافظات عراقية تقع الأهوار؟»), an unnamed mention of that kind in another briefing
/// («يعبر عشر محافظات عراقية») is other news when the answer's briefing speaks of such things itself: it names them there.
/// </summary>
public sealed class UnnamedInAnotherBriefingCheckTests : IDisposable
{
    private static readonly Briefing Marshes = Indexes.Briefing(
        "2026-12-11-marshes",
        new DateOnly(2026, 12, 11),
        "وتقع الأهوار في محافظات ذي قار وميسان والبصرة، وتتكون من ثلاثة أهوار رئيسية.");

    private static readonly Briefing Road = Indexes.Briefing(
        "2026-12-06-road",
        new DateOnly(2026, 12, 6),
        "ويعبر الطريق السريع عشر محافظات عراقية بين الخليج والحدود التركية.");

    private readonly PassageIndex _index = Indexes.Of(Marshes, Road);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void An_unnamed_mention_in_another_briefing_does_not_decline_the_answers_briefing()
    {
        var answer = Indexes.Answerer(_index, null, Marshes, Road).Answer(new AnswerRequest("في أي محافظات عراقية تقع الأهوار؟"));

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Equal(Marshes.Id, answer.Passages[0].Passage.BriefingId);
    }
}
