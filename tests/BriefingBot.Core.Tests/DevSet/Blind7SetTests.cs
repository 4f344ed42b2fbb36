using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The seventh blind set (<c>blind7/</c>): three briefings (the UAE's falcon auction, hospital and houbara releases;
/// Sudan's gum arabic exports, smuggling and Chad's rise; Morocco's argan oil, drought and women's co-operatives) and
/// their questions, asked over one index of all twenty-seven briefings (dev, blind … blind7). Written by a hand that had
/// not read the engine nor run it on them, with the harder shapes of blind5 and blind6 (two speakers of one surname, two
/// holders of one title, a speaker quoted again by title alone, one figure among several years and places), so it is
/// the untouched measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind7SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(7), DevSet.LoadBlind(6), new UnseenSetShape("blind7", Briefings: 3, MinQuestions: 110, MinOffTopic: 20, MinAboutSpeaker: 25));
