using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-second blind set (<c>blind32/</c>): three briefings (Erbil's citadel on a mound some thirty metres above
/// the streets, a tell made by layers of settlement with house fronts of yellow brick («الطابوق») for its wall, UNESCO's
/// 2014 listing after the families were moved out in 2007 with compensation for houses in the new districts, an old
/// resident called «أبو سردار» who climbs to his locked door every Friday and finds the eviction «right for the stone and
/// wrong for the heart», a site engineer who strips the cement patches that trap damp and relays brick baked in old kilns
/// with gypsum and lime, a mason known as «أسطى رشو» who listens to a brick before he lays it and learnt from his father
/// in Mosul and Kirkuk, an archaeologist for whom the mound is «cities on cities» and the cuneiform «أربيلو», a Czech
/// mission's radar that saw great walls under the square, a Kurdish textile museum whose owner was «almost the last
/// resident», a young woman's café in her grandmother's house and the grandmother's dolma for the neighbours at the
/// feasts, a visitor from Basra at Nowruz, the High Commission's spokesman with no count of restored houses nor cost,
/// Qaysariya traders and heritage groups who fear «a tourist front without residents»); Tataouine's ksour some five
/// hundred and thirty kilometres from Tunis, granaries of vaulted «غرف» stacked like a beehive and the planet of the
/// films named after the town, Ksar Ouled Soltane's keeper «عم الهادي» with his iron key and his «bank of the old days»,
/// four storeys reached by stairs and olive-wood pegs, a fifteenth-century first court and a nineteenth-century second,
/// a Gabès historian for whom the ksar was the tribe's market, court and guest house and mud lives only by upkeep,
/// Chenini's cave houses on a ridge and its white mosque, a weaver called «خالتي مبروكة» whose margoum signs mean the
/// eye, the comb and the camel and who will not weave internet patterns, her son a guide in four languages at the
/// Seven Sleepers mosque and at Ksar Hadada, a French engineer from Lyon in a film robe, a café owner known as «الطاهر
/// ستار» who worked a month for the film crews, an architect who turned granaries into a guest house and could not
/// convince the banks, the regional tourism office's spokesman and the spring ksour festival with no count nor budget,
/// local groups on «transit tourism» to Djerba; and the Wahiba sands south of Bidiyah, dunes a hundred and eighty
/// kilometres long and over a hundred metres high, a Bedouin father called «أبو محمد» with a white camel «daughter of
/// the wind» who settled near the road for schools and a hospital, his son a camel trainer with a robot jockey that
/// «saved the children» and a regime of milk, dates and barley, the mother «أم محمد» at her Sadu loom whose daughters
/// sell her weaving online, a camp owner who began with three tents and a coffee pot and now has forty rooms, a German
/// nurse stuck two hours in the sand until a Bedouin youth let down her tyres, a Sultan Qaboos geologist on the
/// monsoon-made linear dunes and the ghaf that «holds the desert», a race commentator known as «صوت الهجن» who knows
/// the camels' mothers and grandmothers, a teacher whose pupils miss school in the race season, the Ministry of Heritage
/// and Tourism's spokesman with no count of licensed camps nor visitors, camp owners on the October–April season and
/// Bidiyah groups who want camps to buy from Bedouin families) and their questions, asked over one index of all the
/// briefings (dev seed, blind … blind32). Written by a hand that had not read the engine nor run it on them, with
/// surnames shared inside a briefing (مبروكة بن سالم and her son أيمن بن سالم, asked as «بن سالم الصغير»; سالم بن حمد
/// الحجري «أبو محمد», his son محمد الحجري asked as «الحجري الولد», and his wife شيخة الحجرية «أم محمد», so that the kunya
/// names the son and the father's first name is the other briefing's surname), names shared across sets (رشيد حسن asked
/// as «حسن البنّاء» beside blind31's المعلّم حسن; الدكتور خالد البلوشي asked as «الدكتور خالد» beside blind31's الدكتور خالد
/// الطراونة), people asked by role or kin only (the old man at the locked door, the site engineer, the head of the Czech
/// mission, the museum owner, Nazanin's grandmother, the girl from Basra, the keeper of the ksar, the weaver, Mabrouka's
/// son, the café owner, the French engineer, the camel trainer, Abu Mohammed's wife, the German nurse, the commentator,
/// the teacher, three spokesmen), kunyas, popular names and titles («أبو سردار»، «أسطى رشو»، «عم الهادي»، «خالتي
/// مبروكة»، «الطاهر ستار»، «أبو محمد»، «أم محمد»، «صوت الهجن»، الحاجة، الدكتورة، الدكتور، المهندسة، المعلّمة), people first
/// set in a scene who speak later («يصعد عبدالله محمود… ثم يتوقف… ويقول»، «يجلس الهادي بن عمر… وهو يفتح… ويقول»، «يقود سالم
/// بن حمد الحجري… ثم يربت… ويقول»), quotes before their speaker («الطابوقة لازم تسمع صوتها…»، هكذا يقول رشيد حسن»،
/// «كنا نغسل الصوف…»، تقول الحاجة خديجة»، «المرقوم هذا…»، تقول خالتي مبروكة»، «الجمهور ما يشوف الناقة بس…»، يقول
/// الحارثي»), «تستعيد», «بحسب الدكتورة نسرين أحمد… فإن», «بحسب العامرية، فإن», «على لسان الطاهر، فإن», «على حد تعبيره»,
/// appositions («شيرين عثمان، وهي مسؤولة موقع»، «نازنين كريم، وهي شابة»، «أيمن بن سالم، ابن مبروكة، وهو دليل»، «محمد،
/// وهو مضمّر هجن»، «موزة بنت خميس العامرية، وهي من بنات المنطقة»), speakers carried on by surname, role, kunya or a bare
/// or feminine verb («وأوضحت عثمان»، «ولفتت المهندسة»، «ويحكي أسطى رشو»، «وأشارت الباحثة»، «وأضاف صاحب المتحف»، «ويشرح
/// عم الهادي»، «وتابع الحارس»، «ولفت الغربي»، «وتحكي المرأة»، «ويضيف الشاب»، «وأقر المهندس الفرنسي»، «ويتذكر صاحب
/// المقهى»، «وأوضح الحجري الابن… ويستدرك»، «ولم تخفِ المرأة»، «ولفت خلفان»، «وأضافت الممرضة الألمانية»، «وأشار
/// البلوشي»، «ويحكي المعلّق»), speakers coming back at the day's end (أبو سردار at his locked door, خالتي مبروكة
/// putting out her lamp, أبو محمد on the dune with his son), foreigners (نوفاك، مورو، شميت), unnamed spokesmen (الهيئة
/// العليا لإحياء قلعة أربيل، المندوبية الجهوية للسياحة بتطاوين، وزارة التراث والسياحة), bodies and collective sources
/// that are no one (اليونسكو، مؤرخون، تجار القيصرية، جمعيات معنية بالتراث، جمعيات محلية، باحثون في التراث، أصحاب مخيمات،
/// جمعيات أهلية), Iraqi, Maghrebi, Gulf, Egyptian and Levantine chat spelling with typos, no diacritics, scene-setting
/// openings and follow-ups with «و», questions the text answers only indirectly (whether Arabic will do in the citadel,
/// whether cement is better because stronger, whether the citadel is empty now, what a film crew paid, what becomes of a
/// ksar no one keeps, what to do when the car sinks in the sand, whether they will stay Bedouin), and the citadel's
/// ticket, the restoration's cost, the count of restored houses and of families before 2007, the High Commission's
/// head, Erbil's population, Khadija's age, Kirkuk citadel's listing, Ouled Soltane's ticket, a guest-house night, the
/// National Heritage Institute's director, Chenini's population, the upkeep budget, Mabrouka's age, the next festival's
/// opening, Matmata's films, a camp night, licensed camps, a winning camel's price, the minister, Bidiyah's population,
/// Abu Mohammed's age, the first prize, the Empty Quarter's area and a few everyday questions the text does not cover,
/// so it is the untouched measure: nobody tunes on it, and a question is never changed because of what the engine
/// answers.
/// </summary>
public sealed class Blind32SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(32), DevSet.LoadBlind(31), new UnseenSetShape("blind32", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
