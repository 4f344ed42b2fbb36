using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The eleventh blind set (<c>blind11/</c>): three briefings (Yemen's coffee exports against qat and Red Sea shipping,
/// Kuwait's diabetes and obesity survey with its sugar tax and school canteens, Mosul's Old City heritage after
/// al-Nuri and al-Hadba reopened) and their questions, asked over one index of all thirty-nine briefings (dev seed,
/// blind … blind11). Written by a hand that had not read the engine nor run it on them, with a surname shared by a man
/// and a woman in two briefings (الحداد), five women, three foreign names, middle names left out of the questions,
/// speakers named again by title alone and when-questions on the briefings' own entities that they do not answer, so
/// it is the untouched measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind11SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(11), DevSet.LoadBlind(10), new UnseenSetShape("blind11", Briefings: 3, MinQuestions: 140, MinOffTopic: 25, MinAboutSpeaker: 32));
