using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-ninth blind set (<c>blind39/</c>): three briefings (the evening school of Western Neo-Aramaic in Maaloula in
/// Syria, with a retired teacher set in a scene who then speaks quote-first, by the kunya «أبو إلياس» and by surname
/// alone, a graduate continued by surname and a bare «وتضيف», a grandmother who «تروي», a priest opened by «وبحسب» and
/// then by his role «رئيس الدير», a German scholar in apposition and «كما يقول الباحث الألماني», an official «الخطيب»;
/// the horse carriages of Edfu in Egypt, with a driver set in a scene who speaks by his popular name «عم رمضان» and then by
/// surname, his son «الشاب», a vet continued by surname and a bare «وتضيف», a fodder seller known as «أم هاشم», a
/// craftsman quoted first, a Frenchman and a city head opened by «ووفقًا لـ»; the potters' hill of Safi in Morocco, with a
/// master potter called «با قدور» and his son sharing his surname, a painter «الخطيب» (the surname of the Maaloula
/// official) continued by a bare «وتضيف», a kiln worker in apposition, a Spanish trader «على حد قول», a chamber head and a
/// scholar «كما تقول الباحثة»; collective sources that are no one) and their questions in Levantine, Egyptian, Maghrebi,
/// Gulf and Iraqi chat spelling: persons by full name, surname, kunya, role and kin, «مين قال إن…», and off-topic prices,
/// office-holders, populations, founding dates, pay and everyday questions.
/// Asked over one index of all the briefings (dev seed, blind … blind39). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind39SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(39), DevSet.LoadBlind(38), new UnseenSetShape("blind39", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
