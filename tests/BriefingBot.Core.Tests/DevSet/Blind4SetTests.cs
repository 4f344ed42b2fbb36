using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The fourth blind set (<c>blind4/</c>): three briefings (Hamad airport's expansion and the Gulf's pilot shortage, the
/// West Bank olive harvest, the Emirati asteroid-belt mission) and their questions, asked over one index of all eighteen
/// briefings (dev, blind, blind2, blind3, blind4). Written by a hand that had not read the engine nor run it on them, so
/// it is the untouched measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind4SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(4), DevSet.LoadBlind(3), new UnseenSetShape("blind4", Briefings: 3, MinQuestions: 110, MinOffTopic: 20, MinAboutSpeaker: 25));
