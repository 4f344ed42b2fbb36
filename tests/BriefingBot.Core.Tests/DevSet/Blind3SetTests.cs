using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The third blind set (<c>blind3/</c>): three briefings (Iraq's 2027 budget and public salaries, Tunisia's subsidised
/// bread, the Saudi Red Sea resorts) and their questions, asked over one index of all fifteen briefings (dev, blind,
/// blind2, blind3). Briefings and questions were written without reading the engine or running it on them, so it is the
/// untouched measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind3SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(3), DevSet.LoadBlind(2), new UnseenSetShape("blind3", Briefings: 3, MinQuestions: 100, MinOffTopic: 20, MinAboutSpeaker: 25));
