using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The sixth blind set (<c>blind6/</c>): three briefings (Saudi date exports from Buraidah and Al-Ahsa, Petra's tourism
/// and Wadi Musa's hotels, Dhofar's frankincense) and their questions, asked over one index of all twenty-four briefings
/// (dev, blind … blind6). Written by a hand that had not read the engine nor run it on them, with the harder shapes of
/// blind5 (two speakers of one surname, two holders of one title, a speaker quoted again by title alone, one figure
/// among several years and places), so it is the untouched measure: nobody tunes on it, and a question is never
/// changed because of what the engine answers.
/// </summary>
public sealed class Blind6SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(6), DevSet.LoadBlind(5), new UnseenSetShape("blind6", Briefings: 3, MinQuestions: 110, MinOffTopic: 20, MinAboutSpeaker: 25));
