using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The tenth blind set (<c>blind10/</c>): three briefings (Algeria's doctors leaving for France and the specialists
/// missing in the south, the third phase of Libya's municipal elections, Saudi home ownership with its mortgages and
/// rents) and their questions, asked over one index of all thirty-six briefings (dev seed, blind … blind10). Written by
/// a hand that had not read the engine nor run it on them, with surnames shared across briefings (بن علي، الشريف، أبو
/// بكر), five women, foreign names behind «وفقًا لـ / بحسب … فإن», quote-first attributions, speakers named again by
/// title alone and figures asked among several years and places, so it is the untouched measure: nobody tunes on it,
/// and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind10SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(10), DevSet.LoadBlind(9), new UnseenSetShape("blind10", Briefings: 3, MinQuestions: 115, MinOffTopic: 22, MinAboutSpeaker: 26));
