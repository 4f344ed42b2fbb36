using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twelfth blind set (<c>blind12/</c>): three briefings (Mauritania's iron ore exports and its ore train, coral
/// bleaching on Egypt's Red Sea coast and the diving trade, Algeria reopening its closed cinema halls) and their
/// questions, asked over one index of all forty-two briefings (dev seed, blind … blind12). Written by a hand that had
/// not read the engine nor run it on them, with a surname shared by a man and a woman in two briefings (الشريف), five
/// women, three foreign names, compound Maghrebi names (ولد، منت), a chamber's estimate right after a speaker's
/// passages, a person named who says nothing, and speakers named again by title alone, so it is the untouched
/// measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind12SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(12), DevSet.LoadBlind(11), new UnseenSetShape("blind12", Briefings: 3, MinQuestions: 150, MinOffTopic: 25, MinAboutSpeaker: 36));
