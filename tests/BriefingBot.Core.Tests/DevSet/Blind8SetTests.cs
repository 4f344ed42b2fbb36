using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The eighth blind set (<c>blind8/</c>): three briefings (Mauritania's green hydrogen projects, Bahrain's pearl diving
/// heritage and its tourism, Syria's wheat harvest and bread supply) and their questions, asked over one index of all
/// thirty briefings (dev seed, blind … blind8). Written by a hand that had not read the engine nor run it on them, with two
/// speakers of one surname, two holders of one title, speakers quoted again by title alone and one figure asked among
/// several years and places, so it is the untouched measure: nobody tunes on it, and a question is never changed because
/// of what the engine answers.
/// </summary>
public sealed class Blind8SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(8), DevSet.LoadBlind(7), new UnseenSetShape("blind8", Briefings: 3, MinQuestions: 110, MinOffTopic: 20, MinAboutSpeaker: 25));
