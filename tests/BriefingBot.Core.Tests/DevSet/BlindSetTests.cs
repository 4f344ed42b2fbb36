using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The blind set (<c>blind/</c>): four briefings and 134 questions, asked over one index of them and the dev set's
/// five. Its misses were read once for a post-mortem, so it is no longer blind; <see cref="Blind2SetTests"/> took over
/// as the untouched measure. It still reports its figures, as a second, older sample.
/// </summary>
public sealed class BlindSetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(1), DevSet.Load(), new UnseenSetShape("blind", Briefings: 4, MinQuestions: 120, MinOffTopic: 25, MinAboutSpeaker: 30));
