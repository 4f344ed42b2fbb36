using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The fifth blind set (<c>blind5/</c>): three briefings (Bahrain's fintech licences and payment debt, Tunisia's Gafsa
/// phosphate, Algeria's car assembly at Oran) and their questions, asked over one index of all twenty-one briefings
/// (dev, blind … blind5). Written by a hand that had not read the engine nor run it on them, and harder than the earlier
/// sets on purpose (two speakers of one surname, a speaker quoted again much later by title alone, one figure asked
/// among many), so it is the untouched measure: nobody tunes on it, and a question is never changed because of what the
/// engine answers.
/// </summary>
public sealed class Blind5SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(5), DevSet.LoadBlind(4), new UnseenSetShape("blind5", Briefings: 3, MinQuestions: 110, MinOffTopic: 20, MinAboutSpeaker: 25));
