using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-ninth blind set (<c>blind29/</c>): three briefings (the storeyed mud houses of Najran's old Aba Al-Saud
/// quarter on the wadi, four and five floors of courses laid without moulds or timber, a fortnight of winter rain that
/// left long cracks and brought down the top floors of three houses, metal barriers in the lanes, a hundred-and-twenty-
/// year-old house whose owner still sleeps on its second floor while his six sons live in cement villas and who asked
/// for support a year ago, a master builder who lets his mud and straw ferment three days, lays one course a day and is
/// one of five or six left past sixty, a restoration engineer for whom cement patching traps damp and rots walls from
/// inside, a hundred and forty houses counted and forty urgent, only local mud, straw and tamarisk allowed, a professor
/// on the wadi's silt, walls that narrow as they rise and the white gypsum bands renewed each winter, her student whose
/// grandmother's house is studied abroad, a young guide who calls himself «ابن الدروب», a French architect who sees mud
/// skyscrapers and fears a museum nobody lives in, a neighbour of nearly eighty on women who whitewashed the edges
/// together, a municipal spokesman with a survey and no date, and the heritage commission's list of sites at risk;
/// Nabeul's orange-blossom distilling, six weeks from early March, copper stills in courtyards, blossom that must reach
/// the still the day it is picked, «الماء الأول», a grandmother who once sealed the still with bread dough, a grower
/// whose orchard shrank from three hectares to one and a half when his well dried, a late harvest after a cold
/// February, his son back from France selling online, a picker of forty seasons who shakes the branches onto a cloth
/// before dawn and finds only village women paid by the kilo, a distiller's tonne of blossom for a kilo of neroli sold
/// to Grasse, a French perfumer on its honey-and-sea mark, a chemist who found a third of market samples faked and how
/// to tell, a women's association of sixty seeking a label of origin, a regional farm office with seedlings «under
/// study» and market traders on rising prices; and the old town of Al-Qasr in the Dakhla oasis, thirty kilometres from
/// Mut, Ayyubid mud-brick houses with carved lintels left in the 1970s, white salt crusts from groundwater raised by deep
/// wells and flood irrigation with no drainage, thirty-one houses restored of about two hundred and fifty, an elder
/// born there who sweeps his doorstep each morning, covered lanes and roofs to walk across in times of fear, a Canadian
/// archaeologist's Ottoman papers found in the walls, a geologist's drip irrigation and trench, a rice farmer for whom
/// drip does not suit rice but who would dig a drain with help, a guesthouse of four rooms in a grandmother's house,
/// the last blacksmith with a leather bellows, a governorate source for whom money is the obstacle and visitors doubled)
/// and their questions, asked over one index of all the briefings (dev seed, blind … blind29). Written by a hand that
/// had not read the engine nor run it on them, with a surname shared by two people in one briefing (الحاج مانع بن
/// صالح اليامي, the house owner, and علي اليامي, the young guide; محمد الهادي الصيد, the grower, and his son أيمن
/// الصيد), a first name and title shared across two briefings («الدكتورة هند» الشهري in Najran and سليمان in Dakhla,
/// the Najran one asked once with her surname, the Dakhla one once by title, first name and oasis only), popular names, kunyas and titles («أبو صالح»، «أم ناصر»،
/// «الحاجة خدّوجة»، «عم الطاهر»، «عم عبده»، «أم هاني»، «المعلّم»، «المهندس»، «الدكتورة»), people first set in a scene
/// who speak later in the sentence («يقف الحاج مانع… ويمرر إصبعه… قبل أن يقول»، «بيدين مغطاتين بالطين، يخلط…»،
/// «تصعد سارة الدرج… ثم تروي»، «يسير محمد الهادي الصيد… ويشير… ويروي»، «يقف المهندس أشرف عبد الباقي… ثم يكسر…
/// ويقول»، «يجلس الحاج عبد الحميد مرسي… ويحكي عم عبده»), quotes before their speaker («الطين مثل العجين…»، يقول
/// المعلّم»، «الزهر ما يستنّاش»، تقول»), «على حد تعبيره», «على لسان», «تستعيد», «بحسب الطرابلسي، فإن», «بحسب سليمان،
/// فإن», appositions («المهندس فهد آل منصور، وهو مهندس ترميم…، فيرى»، «ويقول ابنه أيمن الصيد، وهو مهندس…»، «كاثرين
/// ويلسون، عالمة آثار كندية…، قالت»), speakers carried on by surname, role, kunya or feminine verb («ويضيف أبو صالح»،
/// «استدرك الحاج اليامي»، «ولفت المعلّم»، «وبحسب المهندس»، «وأشارت الشهري»، «وتعترف آل مريح»، «ويشرح الفلاح»،
/// «ولفتت الباحثة»، «واقترحت الجيولوجية»، «واستدرك المزارع»، «وتابعت نادية»، «وأضافت ويلسون»), speakers coming back
/// at the day's end (the builder covering his mud, the grandmother putting out her fire, the elder locking his door),
/// foreigners (دوران، مارتان، ويلسون), unnamed spokesmen (أمانة منطقة نجران، المندوبية الجهوية للتنمية الفلاحية بنابل،
/// محافظة الوادي الجديد), bodies and collective sources that are no one (هيئة التراث، مختصون، تجار، تقارير محلية،
/// خبراء، أهالٍ), Gulf, Tunisian, Egyptian and Levantine chat spelling with typos and no diacritics, and restoration
/// costs, a mayor, a governor, ministers, populations, ages of a house owner, a grandmother and an elder, a tour's and a
/// guesthouse's price, rainfall, a university's founding, a neighbour's mud houses, Al-Okhdood's tickets, a litre of
/// blossom water, a festival's date, a kilo's price, neroli exports, Hammamet's stills, Nabeul's pottery, Kharga's salt,
/// a drainage budget, a hot spring and a mosque's date the text does not cover, so it is the untouched measure: nobody
/// tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind29SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(29), DevSet.LoadBlind(28), new UnseenSetShape("blind29", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
