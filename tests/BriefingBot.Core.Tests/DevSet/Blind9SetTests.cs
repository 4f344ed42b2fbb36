using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The ninth blind set (<c>blind9/</c>): three briefings (Jordan's shrinking Dead Sea and its sinkholes, Yemen's Socotra
/// island and its dragon's blood trees, the rebuilding of Beirut's port) and their questions, asked over one index of all
/// thirty-three briefings (dev seed, blind … blind9). Written by a hand that had not read the engine nor run it on them,
/// with two speakers of one surname in two briefings (a man and a woman continued by the surname alone in one), two holders
/// of one title, a surname that is also a common noun, speakers quoted again by title alone and figures asked among
/// several years and places, so it is the untouched measure: nobody tunes on it, and a question is never changed because
/// of what the engine answers.
/// </summary>
public sealed class Blind9SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(9), DevSet.LoadBlind(8), new UnseenSetShape("blind9", Briefings: 3, MinQuestions: 110, MinOffTopic: 20, MinAboutSpeaker: 25));
