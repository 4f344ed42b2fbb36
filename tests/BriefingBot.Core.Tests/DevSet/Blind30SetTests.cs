using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirtieth blind set (<c>blind30/</c>): three briefings (the reed guest houses of Chibayish on the edge of the
/// Hammar marsh, long arched mudhifs of bundled reed and woven mats («البواري») without a single nail, on eleven or nine
/// arches and always an odd number, the door to the east, drought and salt that left the reed yellow and short, six
/// metres once and under four now, a build of a fortnight grown to a month, orders from hotels in Basra and Baghdad and
/// a government garden that the master builder calls decoration, his son who poles the boat at dawn for three hours
/// where it took half an hour and pushes it through the mud, young men who learn «the shape without the rules», a mat
/// weaver whose neighbours left for Nasiriyah and Basra when the buffalo died and whose prices are blamed on her, an
/// environmental scientist's salinity measured at several times its level of ten years ago and upstream releases first,
/// a sheikh for whom the mudhif is court, school, wake and wedding and its renewal every seven or eight years a debt on
/// the tribe, an Italian photographer who found the water at the door in 2019 and dry ground now, a buffalo herder down
/// from forty to twelve, a water directorate's spokesman with no quantity nor date, UNESCO's 2016 listing and fishermen
/// carrying reed for a day's wage); Ifrane's Atlas cedar forest, trees centuries old and over thirty metres, grey dead
/// crowns after dry years and snow that melts sooner, a licensed woodcutter who gathers only dead wood and knocks on the
/// trunk to hear it «sing», night smugglers with chainsaws, a forester's red marks, seedlings that need ten years and
/// fences against goats, the fallen Gouraud cedar and the Barbary macaques at the road's edge, a primatologist on bread
/// that kills them slowly, an endangered species and young stolen for sale abroad, a British biologist who counts them
/// and says they learn laziness from us, a peanut seller nicknamed «عزيز زعطوط» with a big monkey he calls «القايد», a
/// teacher from Casablanca who saw no sign, «Switzerland of Morocco» and plastic after holidays, a shepherd shut out by
/// the fence, a carver in Azrou who buys only licensed wood at auction, a regional directorate's replanting with no
/// figures and experts who see the cedar climbing higher; and Al Zubarah, a hundred kilometres from Doha, a fort of the
/// 1930s with three round towers and one rectangular, coral and limestone in mud and gypsum, salt damp that rises like a
/// wick, lime mortar and never cement, a pearl town of the eighteenth century with its wall, market, courtyard houses and
/// mosque, Chinese pottery, coins and seals, a town ruined early in the nineteenth century and kept by the sand, a Danish
/// archaeologist's whole pearl town with no modern city on it and its pearl weights, a volunteer student's blue glass
/// bead, a guide's questions on divers and towers, an elder in his eighties whose grandfather told of «الغوص الكبير», an
/// Indian teacher struck by the silence, a mother who wants shade and a café, Qatar Museums' spokesman with no budget
/// nor date and specialists on rising seas and salt) and their questions, asked over one index of all the briefings
/// (dev seed, blind … blind30). Written by a hand that had not read the engine nor run it on them, with a surname shared
/// by a father and son in one briefing (الحاج جبار عبد الحسين الفرطوسي, «أبو كاظم», and كاظم الفرطوسي, asked once as
/// «الفرطوسي الابن»), a first name shared across sets (سارة الكواري, the Zubarah guide, and blind29's سارة in Najran,
/// asked once by first name and role only), a kunya and a first name that meet in one briefing («أم حمد» and حمد
/// الكبيسي), popular names, kunyas and titles («أبو كاظم»، «أم علي»، «حسوني أبو الجاموس»، «با موحى»، «عزيز زعطوط»،
/// «أبو علي»، الحاج، الشيخ، الدكتورة، المهندس، المعلّم), people first set in a scene who speak later in the sentence
/// («يجلس الحاج جبار… ويشد الحزمة… ثم يرفع رأسه ويقول»، «يسير الحاج موحى أوعلي… ينقر… ثم يقول»، «يقف المهندس طارق
/// عبد الرحمن… ويشير… قبل أن يشرح»، «تجثو الدكتورة مريم السليطي… وتزيح الرمل»، «في فناء بيت… تنسج زهراء كاطع»), quotes
/// before their speaker («أبوي يريد القصب…»، يضحك كاظم»، «كل علامة حمراء…»، يقول الإدريسي»), «على حد تعبير»,
/// «تستعيد», «بحسب كاظم، فإن», «بحسب الزموري، فإن», «بحسب السليطي، فإن», appositions («كاظم الفرطوسي، وهو شاب…»،
/// «المهندس رشيد الإدريسي، وهو مهندس غابوي…»، «ينس كريستنسن، عالم آثار دنماركي…، يرى»), speakers carried on by
/// surname, role, kunya, title or feminine verb («واستدرك الفرطوسي»، «ولفت الحاج»، «وأضافت الحاجة»، «ولم تخفِ الباحثة»،
/// «ويشرح المربي»، «واستدرك الحطاب»، «وتابع المهندس»، «ويعترف أمهاوش»، «ولفت الحيان»، «وأضاف المرمّم»، «وتوضح الباحثة»،
/// «ويضيف الطالب»، «ويتابع أبو علي»), speakers coming back at the day's end (the builder at his last arch, the woodcutter
/// with his mule, the archaeologist covering her wall), foreigners (موريتي، هارتلي، كريستنسن، ناير), unnamed spokesmen
/// (مديرية الموارد المائية في ذي قار، المديرية الجهوية للمياه والغابات، متاحف قطر), bodies and collective sources that
/// are no one (اليونسكو، منظمات بيئية، صيادون، جمعيات بيئية، خبراء، مختصون، تقارير علمية), Iraqi, Gulf, Egyptian,
/// Levantine and Moroccan chat spelling with typos and no diacritics, questions the text answers only indirectly, and a
/// mat's and a mudhif's price, a governor, populations of Chibayish, Ifrane and Qatar, the builder's and the woodcutter's
/// ages, counts of mudhifs, monkeys, visitors and pearls, the marsh's and the forest's areas, Hawizeh's drought,
/// Lebanon's cedars, cedar wood's price, the forestry agency's head, ticket prices and opening hours, a restoration
/// budget, Bahrain's Riffa fort and a few everyday questions the text does not cover, so it is the untouched measure:
/// nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind30SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(30), DevSet.LoadBlind(29), new UnseenSetShape("blind30", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
