using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The forty-first blind set (<c>blind41/</c>): three briefings (the limestone quarries of Minya in Egypt, given until
/// September to cut with water sprays after a wall fell on two workers, with a quarry owner quote-first and then by
/// surname, a quarryman known as «أبو سيد», a widow set in a scene who speaks later, a doctor continued by a bare
/// «وتضيف», an elder «…»، كما يقول, a general by his role, an Italian engineer in apposition «وهو» and an MP «على حد
/// تعبيره»; El Jem's amphitheatre festival in Tunisia, its seats halved while the north wall is restored, with a man
/// continued by surname alone, the festival's director «الشاذلي» (the Minya owner's surname) by a bare «وتضيف», an elder
/// known as «عم صالح» described and then speaking as «الرجل», a man quote-first, a German and a Frenchwoman, an uncle
/// «على حد قوله», a girl set in a scene who speaks later and a governor by his role only; the volunteer fire crews of
/// Akkar's forests in Lebanon, with a volunteer «النجار» (the El Jem uncle's surname), a man silent in a scene then
/// quoted first, a doctor by bare verbs, a civil-defence officer, a mayor by his role, «أبو جورج», a Frenchwoman «كما
/// تقول» and a woman in apposition; collective sources that are no one) and their questions in Egyptian, Gulf,
/// Levantine, Tunisian and Iraqi chat spelling: persons by full name, surname, kunya, role and kin, «مين قال إن…», and
/// off-topic prices, office-holders' names, a population, costs, firms' names and everyday questions.
/// Asked over one index of all the briefings (dev seed, blind … blind41). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind41SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(41), DevSet.LoadBlind(40), new UnseenSetShape("blind41", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
