using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-sixth blind set (<c>blind36/</c>): three briefings (the gum arabic auction in El Obeid, hashab tapping near
/// Um Ruwaba, raw exports to Europe and the gum belt moving south, with a veteran trader known as «ود النور» quoted first
/// and then by surname, the bourse's director told «بحسب» and then «المدير», a woman tapper «كما تقول» and by a bare verb
/// at the end, her son named only as «ابنها», a Frenchman set in a scene who speaks two paragraphs later, a researcher
/// «على حد تعبيرها», a tea seller «أم سلمى» and a porter «حمادة الجبل»; buffalo herds going back into Iraq's Central Marsh at
/// Chibayish, geymar, salinity and disease, with a herder «أبو رعد», his son and his wife «أم رعد» (never called his wife),
/// a trader introduced «ذلك التاجر هو…», a vet «وفقًا للعبيدي» and «يقول الطبيب», an engineer by role then surname, an
/// Italian set in a scene, a boatman «أبو الشوارب»; a 60 cm telescope in Wadi Rum, Bedouin star lore and dark-sky rules,
/// with an astronomer «الدكتورة هالة العبيدي» sharing the vet's surname, a student, a guide «أبو سالم» quoted first «كما
/// يقول الزوايدة», a widow set in a scene who speaks at the close, a reserve director, an amateur astronomer, a Japanese
/// photographer whose sentence opens with his surname alone, a head teacher; collective sources أهالٍ، خبراء، مربّون، باعة،
/// فلكيون، كبار السن، أصحاب مخيمات that are no one) and their questions in Sudanese, Iraqi, Levantine, Egyptian, Gulf and
/// Maghrebi chat spelling: persons by full name, surname, kunya, role and kin («ولد حواء»، «زوجة أبو رعد»), «مين قال إن…»
/// (three pointing at a collective source's paragraph), and off-topic prices, counts, heads of bodies, a firm's name,
/// costs, founding dates, three things the text says were not given, two everyday questions a briefing. Its writer
/// expected, for a question about a person, every paragraph that names that person, not only those the person speaks.
/// Asked over one index of all the briefings (dev seed, blind … blind36). Written by a hand that had not read the engine
/// nor run it on them, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind36SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(36), DevSet.LoadBlind(35), new UnseenSetShape("blind36", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
