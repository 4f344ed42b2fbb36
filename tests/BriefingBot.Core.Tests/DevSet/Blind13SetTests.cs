using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirteenth blind set (<c>blind13/</c>): three briefings (money sent home by Moroccans abroad, dust storms and
/// Iraq's hospitals, Kuwait's book fair and its banned titles) and their questions, asked over one index of all
/// forty-one briefings (dev seed, blind … blind13). Written by a hand that had not read the engine nor run it on them,
/// with a surname shared by a woman and a man in two briefings (الشمري), two spokesmen of different bodies in one
/// briefing, five women, three foreign names, Iraqi and Kuwaiti dialect (شكد، شكثر، شنو), bodies named but not described
/// and years and places the figures do not cover, so it is the untouched measure: nobody tunes on it, and a question is
/// never changed because of what the engine answers.
/// </summary>
public sealed class Blind13SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(13), DevSet.LoadBlind(12), new UnseenSetShape("blind13", Briefings: 3, MinQuestions: 160, MinOffTopic: 25, MinAboutSpeaker: 34));
