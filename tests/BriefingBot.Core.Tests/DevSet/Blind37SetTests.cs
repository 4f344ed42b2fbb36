using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-seventh blind set (<c>blind37/</c>): three briefings (Alexandria's Raml tram shut for a two-year upgrade, with
/// a driver known as «عم محمود» set in a scene first and then quoted «كما يقول», his son by kin only, an old woman in a
/// scene who speaks later, an engineer opened by «وفقًا لـ» and then by surname alone, a French engineer «على حد تعبيرها»,
/// a professor in apposition «، وهو أستاذ…»; the pottery kilns of A'ali in Bahrain among the burial mounds, with a potter
/// «أبو جاسم» in a scene, quote-first and then «الشيخ», a woman in apposition «وهي…», a researcher opened by «بحسب», a
/// Danish archaeologist, a Bangladeshi worker heard through an interpreter, a man set in a scene who speaks «لاحقًا»;
/// the knife makers of Bou Saada in Algeria, with «عمي قادة», his grandson by kin, a guide whose name shares a word with
/// the grandson's, a woman quoted by her compound surname «بن سالم» alone, an official opened by «بحسب», a lawyer, a
/// Japanese collector quoted first, a man in a café scene who speaks later; the surname الحداد in all three, collective
/// sources that are no one) and their questions in Egyptian, Gulf, Levantine, Iraqi and Algerian chat spelling: persons by
/// full name, surname, kunya, role and kin, one person per briefing who is not in it, «مين قال إن…», and off-topic
/// prices, counts, heads of bodies, ages, opening hours, distances and everyday questions. Its writer topped the set up
/// with seven more paraphrases per briefing, before any run, so that paraphrases are half its on-topic questions.
/// Asked over one index of all the briefings (dev seed, blind … blind37). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind37SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(37), DevSet.LoadBlind(36), new UnseenSetShape("blind37", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
