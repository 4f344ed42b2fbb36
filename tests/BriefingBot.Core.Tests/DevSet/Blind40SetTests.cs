using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The fortieth blind set (<c>blind40/</c>): three briefings (the family halwa workshops of Muharraq in Bahrain, with an
/// elder set in a scene who then speaks quote-first, by surname and by the kunya «أبو يوسف», his daughter continued by a
/// bare «وتضيف», a trader opened by «وفقًا لـ» and continued by surname, an Indian worker «على حد تعبيره», an official
/// opened by «بحسب» and then by her role «المسؤولة», a researcher in apposition «وهي …» and a French chef; the Roman ruins
/// of Tipaza in Algeria that the sea wears away, with an archaeologist quote-first and by a bare «وتضيف», an engineer, a
/// guide «الحداد» (the Muharraq trader's surname) and his father «العم الطاهر» who speaks in the passage that sets him in
/// the scene, a stall-keeper known as «خالتي خدوج», a mayor then «المسؤول المحلي», an Italian, a student and a curator;
/// the olive groves of Al-Jouf in Saudi Arabia, with a farmer set in a scene who speaks quote-first and by the kunya
/// «أبو ناصر», his son, a cousin of the same surname «كما يقول», a woman who runs the press known as «أم فهد» and
/// continued by a bare «وتضيف», a chemist, an official by «وفقًا لـ», surname and «المسؤول», an Egyptian worker «على حد
/// قوله», a Spaniard and a doctor by a bare «وتحذّر»; collective sources that are no one) and their questions in Gulf,
/// Najdi, Algerian, Levantine and Egyptian chat spelling: persons by full name, surname, kunya, role and kin, «مين قال
/// إن…», and off-topic prices, office-holders, populations, founding and opening dates, pay, names of firms and everyday
/// questions.
/// Asked over one index of all the briefings (dev seed, blind … blind40). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind40SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(40), DevSet.LoadBlind(39), new UnseenSetShape("blind40", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
