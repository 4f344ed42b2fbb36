using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-first blind set (<c>blind31/</c>): three briefings (Rijal Almaa in a narrow valley of Asir some forty-five
/// kilometres from Abha, stone tower houses of four to seven storeys with white quartz («المرو») round the windows, a
/// stop on the old road between Yemen and the Hijaz left for the new houses below and come back as an open museum, a
/// restoring engineer's dry-laid walls that lean inward to carry themselves, juniper and sidr beams under rammed earth,
/// roofs that die when no one climbs to them and no cement nor new stone «because the mountain knows its stones», a
/// painter of «القط العسيري» who draws a straight red line with a goat-hair stick and no ruler, colours once made from
/// ground stone, soot and pounded leaves, triangles called «البنات» and never a man nor an animal, her granddaughter at
/// the design college who moves the patterns to canvas and fears printed walls «without breath», UNESCO's 2017 listing,
/// an anthropologist's «silent archive of women's lives» renewed before Ramadan, the feasts and a son's wedding and her
/// fear of mugs and handbags, a retired teacher who keeps the museum of donated daggers and pots, an elder in his
/// seventies whose five storeys held cattle, grain, family and guest and who will not sell because «a house is a name»,
/// a French illustrator who failed the first line ten times, the Heritage Commission's spokesman with no count nor cost
/// and summer crowds and parking); Chinguetti in Adrar, some five hundred kilometres from Nouakchott, dry-stone lanes and
/// a square minaret crowned with ostrich eggs, a caravan and pilgrim town that gave the country its name in the East, a
/// family library of some fourteen hundred manuscripts kept in wooden and leather chests by a sheikh called «أبّاه»,
/// ink of gum arabic and charcoal, chests aired weekly with harmal leaves against termites, his son who has digitised
/// three hundred on a donated scanner between power cuts and dust while the young men leave for the gold mines, a
/// neighbour who sweeps the night's sand with a palm broom and whose sister's house half vanished, a researcher for
/// whom the libraries are the memory of the mahdara and families fear lending to institutions, a German paper
/// conservator's acid-free boxes and the tape on a four-hundred-year-old page, a marabout's boys with wooden slates, a
/// camel guide who remembers charter flights from Europe and entrance fees that feed the books, a Spanish student who
/// saw Andalusia in an astronomy manuscript, the national foundation's dune fences and the heritage festival with no
/// funding figure, UNESCO's 1996 listing with Ouadane, Tichitt and Oualata; and Wadi Rum, sixty kilometres from Aqaba,
/// sandstone and granite walls over seven hundred metres with Thamudic and Nabataean carvings, a 2011 mixed listing and
/// camps multiplied, a Bedouin guide called «أبو عودة» who reads mountains not maps and hears engines where tourists came
/// for silence, his nephew a certified climbing guide who waits two days after rain and whose grandfather climbed
/// without rope, a British climber of twenty springs against fixed bolts, a camp owner's transparent domes after the
/// Mars films, thirteen village jobs, trucked water and solar power and unlicensed rivals, his sister «أم عيد» who cooks
/// the zarb under the sand and runs a women's bread and embroidery group, a geologist on graffiti over old carvings and
/// wheels on fragile plants, a teacher from Amman whose children never asked for the phone, the Aqaba authority's
/// spokesman with no number of licensed camps nor fines, local groups on tourism incomes and experts on groundwater) and
/// their questions, asked over one index of all the briefings (dev seed, blind … blind31). Written by a hand that had
/// not read the engine nor run it on them, with surnames shared inside a briefing (أم سعيد فاطمة علي الألمعي and her
/// granddaughter ريم الألمعي, asked once by bare «الألمعي» and once as «الألمعي الصغيرة»; the sheikh «أبّاه» and his son
/// محمد الأمين ولد الطالب, asked as «ولد الطالب الابن»; أبو عودة سليمان الزوايدة and his nephew محمد الزوايدة, asked as
/// «الزوايدة الصغير» and once by bare «محمد»; عيد الزلابية and his sister سلمى, whose kunya «أم عيد» names her brother),
/// a first name and title shared across sets (الدكتورة مريم منت الشيخ and blind30's الدكتورة مريم السليطي, asked once by
/// «الدكتورة مريم»), people asked by role only (the retired teacher, the neighbour with the broom, the marabout, the
/// camel guide, the teacher from Amman, three spokesmen), kunyas, popular names and titles («أم سعيد»، «أبو ظافر»،
/// «أبّاه»، «أبو عودة»، «أم عيد»، الحاج، الشيخ، الدكتورة، الدكتور، المهندس، المعلّم، المرابط), people first set in a
/// scene who speak later («يقف المهندس عبدالله الشهري… ويمرر كفه… ثم يشرح»، «تجلس فاطمة علي الألمعي… وتغمس… ثم تلتفت
/// وتقول»، «يفتح الشيخ أحمد سالم ولد الطالب… ثم يرفع مخطوطًا ويقول»، «يشعل سليمان الزوايدة… ثم ينظر… ويقول»، «ترفع سلمى
/// الزلابية… وتخرج»), quotes before their speaker («أنا ما أشرح للزوار…»، هكذا يقول المعلّم حسن»، «الريح تشتغل في
/// الليل…»، تقول منت أحمد»، «الزرب ما ينطبخ بالعجلة…»، تقول سلمى»), «تستعيد», «بحسب القحطاني، فإن», «بحسب ولد الطالب
/// الابن، فإن», appositions («ريم الألمعي…، وهي طالبة»، «محمد الأمين، وهو خريج»، «محمد الزوايدة…، وهو دليل تسلق»، «عيد
/// الزلابية، صاحب المخيم، وهو ابن عائلة بدوية»), speakers carried on by surname, role, kunya or feminine verb («وأوضح
/// الشهري»، «ولفت المهندس»، «وتشير الألمعي»، «وتعترف الطالبة»، «وأضاف المدرس المتقاعد»، «ويحكي أبو ظافر»، «ويروي
/// أبّاه»، «واستدرك الشيخ»، «وتحكي المرأة»، «وترى الباحثة»، «ويضيف ولد ببّها»، «ولفت الدليل»، «واستدرك الزوايدة»،
/// «وأشارت المتسلقة البريطانية»، «ولم يخفِ صاحب المخيم»، «وتروي أم عيد»، «ولفت الطراونة»), speakers coming back at the
/// day's end (the painter at her unfinished wall, the sheikh locking his chest, the guide at his fire), foreigners
/// (دوبوا، برانت، غارسيا، كارتر), unnamed spokesmen (هيئة التراث، المؤسسة الوطنية لحماية المدن القديمة، سلطة منطقة
/// العقبة الاقتصادية الخاصة), bodies and collective sources that are no one (اليونسكو، جمعيات أهلية، باحثون في البيئة،
/// جمعيات سياحية محلية، خبراء في البيئة), Gulf, Iraqi, Egyptian, Levantine and Maghrebi chat spelling with typos, no
/// diacritics, scene-setting openings and follow-ups with «و», questions the text answers only indirectly (whether a
/// stone house needs people in it, whether a visitor can paint the first line, what happens to the libraries when
/// tourists stop coming, why the desert is no longer quiet), and a museum ticket, a library's entrance fee, a dome's
/// night, populations of Rijal Almaa, Chinguetti and the village of Rum, the painter's, the sheikh's and the guide's
/// ages, counts of restored houses, visitors, licensed camps and Ouadane's manuscripts, the founding years, restoration
/// and dune-fixing budgets, the next festival, the heads of the Heritage Commission, the research institute and the
/// Aqaba authority, Dhi Ain's listing, Umm ad-Dami's height, Petra's visitors and a few everyday questions the text does
/// not cover, so it is the untouched measure: nobody tunes on it, and a question is never changed because of what the
/// engine answers.
/// </summary>
public sealed class Blind31SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(31), DevSet.LoadBlind(30), new UnseenSetShape("blind31", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
