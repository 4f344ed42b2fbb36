using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The fourteenth blind set (<c>blind14/</c>): three briefings (Qatar's new LNG tankers and their crews, Jordan's
/// Aqaba–Amman water carrier and who pays for it, Lebanon's apple growers left with full cold stores) and their
/// questions, asked over one index of all the briefings (dev seed, blind … blind14). Written by a hand that had not read
/// the engine nor run it on them, with a surname shared by a man and a woman in two briefings (الخطيب), five women, four
/// foreign names, compound names (عبد الله بن حمد آل محمود، أبو حمدان، بني عيسى، عبد النور), a quote before its
/// speaker's name, speakers carried on by surname alone, by a bare «وأضاف» and by title alone after another paragraph,
/// two unnamed spokesmen and an unnamed ministry source, Gulf, Levantine, Egyptian and Maghrebi chat spelling, and
/// bodies named but never said who heads them, a price the briefing says is not yet published and years and neighbours
/// the figures do not cover, so it is the untouched measure: nobody tunes on it, and a question is never changed because
/// of what the engine answers.
/// </summary>
public sealed class Blind14SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(14), DevSet.LoadBlind(13), new UnseenSetShape("blind14", Briefings: 3, MinQuestions: 170, MinOffTopic: 25, MinAboutSpeaker: 35));
