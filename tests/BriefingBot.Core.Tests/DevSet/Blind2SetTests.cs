using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The second blind set (<c>blind2/</c>): three briefings (the Algeria–EU gas deal, the Nile dam talks, Kuwait's
/// dissolved parliament) and their questions, asked over one index of all twelve briefings (dev, blind, blind2).
/// Written after the first blind set's misses had been read, it is the untouched measure: nobody tunes on it, and a
/// question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind2SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(2), DevSet.LoadBlind(1), new UnseenSetShape("blind2", Briefings: 3, MinQuestions: 90, MinOffTopic: 20, MinAboutSpeaker: 25));
