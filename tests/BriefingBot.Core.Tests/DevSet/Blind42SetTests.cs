using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The forty-second blind set (<c>blind42/</c>): three briefings (the camel moussem of Tan-Tan in Morocco, back after two
/// years of drought, with a sheikh set in a scene, then quote-first and continued by surname alone, his daughter by a
/// bare «وتضيف», a broker known by the nickname «بوكا» «على حد تعبيره», a poet quoted first and then «كما تقول أم الخير», a
/// French anthropologist in apposition and a regional director «بحسب»; Mahalla's new spinning mill in Egypt, with a
/// worker continued by surname and a bare «وتضيف», a café owner «أبو سيد» quote-first then by surname, her son who shares
/// her surname, a union head «على حد تعبير», an Italian engineer «بحسب», a Turkish buyer and a supervisor by role only;
/// the amber rice of Najaf's Mishkhab in Iraq, cut to 5,000 dunums, with a farmer «أبو حيدر» beside an official named
/// «حيدر الشريف» (the Mahalla worker's surname), his nephew and his wife «أم حيدر», a widow by a bare «وتضيف» in a
/// paragraph of its own, a trader in apposition «وهو» and quote-first, a Dutch FAO officer and a tribal sheikh by role;
/// collective sources that are no one) and their questions in Maghrebi, Egyptian, Levantine, Gulf and Iraqi chat
/// spelling: persons by full name, surname, kunya, nickname, role and kin, «مين/شكون/منو قال إن…», and off-topic prices,
/// office-holders' names, populations, salaries, a race not yet run and everyday questions.
/// Asked over one index of all the briefings (dev seed, blind … blind42). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind42SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(42), DevSet.LoadBlind(41), new UnseenSetShape("blind42", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
