using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-eighth blind set (<c>blind38/</c>): three briefings (the esparto gatherers and weavers of Kasserine in
/// Tunisia, with an old woman set in a scene who then speaks by a bare «وتضيف», a man continued by surname alone, his
/// nephew silent in a scene and named when he speaks three paragraphs later, a woman quoted by her compound surname «بن
/// صالح», a Frenchwoman and an official quoted first, a doctor opened by «بحسب», a woman known by her kunya «أم الخير»;
/// the rock-cut salt pans of Anfeh in Lebanon, with a salt worker known mostly as «أبو جورج», his grandson set in a scene
/// who speaks at the end, a woman continued by bare verbs, a man quoted first then by surname, an unnamed mayor continued
/// by «الرئيس», an Italian expert «على حد تعبيره»; the fishermen of Lake Burullus in Egypt, with a boat captain «الريس» and
/// his nephew sharing his surname, a kunya-only fisherman in apposition «وهو …», a union head quoted first and his sister
/// by a bare «وتضيف», a Dutch researcher; the surname النجار in two briefings, collective sources that are no one) and their
/// questions in Tunisian, Levantine, Egyptian, Gulf and Iraqi chat spelling: persons by full name, surname, kunya, role and
/// kin, «مين قال إن…», and off-topic office-holders, populations, prices, founding dates and everyday questions.
/// Asked over one index of all the briefings (dev seed, blind … blind38). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind38SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(38), DevSet.LoadBlind(37), new UnseenSetShape("blind38", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
