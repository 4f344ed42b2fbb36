using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-fourth blind set (<c>blind34/</c>): three briefings (Basra's boatmen on the Ashar river and the Shatt
/// al-Arab, the narrow wooden «بلم» once pushed with a «مردي» pole and now driven by a small «ماطور», a boatman called «أبو
/// حيدر البلّام» who bails his boat at first light, remembers tarring it every spring and a river that «breathes twice a
/// day», and comes back to the stone steps at sunset saying every year is his last, his son an oil-company engineer who
/// mends the motor on Fridays, the last boat builder of Abu al-Khasib, «المعلّم كاظم», for whom a good boat «is known by its
/// sound» and whose orders are now boats for restaurant walls, a corniche café owner known as «أبو سجاد» beside the Sayyab
/// statue, an Italian guide from Venice who finds the boat thinner and faster than the gondola, a palm grower whose
/// offshoots die of the salt tongue rising from the Gulf, «أم زينب» selling qaimar at the grove gate, a University of
/// Basra historian on the word «بلم» and on «فينيسيا الشرق», the water resources directorate's spokesman with no date nor
/// cost, boatmen and growers); Nouakchott's fishermen's beach with no harbour, where painted pirogues are hauled over logs,
/// a captain called «الرايس» who counts his eight men before dawn, chases the sardinella far out and comes back in the
/// afternoon, a Senegalese painter from Guet Ndar whose eye on the prow «sees the way before the captain», «الحاجة مريم»
/// who heads forty women salting and drying fish since her husband drowned, her daughter a biology graduate teaching
/// hygiene and packing, a fish auctioneer known as «سيدي الحوت» for whom the fish «does not wait», a French photographer, a
/// researcher of the oceanographic institute on upwelling, overfishing and the Imraguen who fish mullet with dolphins, the
/// fisheries ministry's spokesman with no date nor count of pirogues, the artisanal fishing federation and the women's
/// cooperative); and one day in Kuwait's Souq al-Mubarakiya from the opening of the doors to midnight: «بو جاسم العطار»
/// with his bzar blends, spices that came by dhow from Calicut and the old smell, a date seller known as «بو فهد» whose father
/// bought Basra dates shipped down the Shatt al-Arab, a lawyer who inherited his grandfather's bisht shop and keeps its door
/// open, his daughter an engineer who sells bishts online, a Kuwait University historian on four generations of shops and a
/// souq that was «the bourse of Kuwait», «أم بدر» with henna and incense in the women's souq, «بو علي الطباخ» with mutabbaq
/// and baqilla, a Bangladeshi porter, the municipality's spokesman with no cost nor end date, traders and old regulars) and
/// their questions, asked over one index of all the briefings (dev seed, blind … blind34). Written by a hand that had not
/// read the engine nor run it on them, with surnames shared inside a briefing (عبد الزهرة الساعدي «أبو حيدر» and his son
/// حيدر الساعدي, asked as «الساعدي الابن»; فيصل الرومي and his daughter دانة الرومي, asked as «الرومي البنت»), a surname
/// shared across briefings (الدكتورة نادية الموسوي the Basra historian and عبد الله الموسوي the Kuwaiti spice seller, asked
/// as «الموسوي استاذة التاريخ» and «الموسوي اللي بالمباركية»), names that echo (جاسم العيداني «أبو سجاد» beside «بو جاسم
/// العطار»; سيدي ولد الشيخ beside الدكتور أحمدو ولد سيدي محمد, asked as «ولد الشيخ»), people asked by role or kin only (the
/// oil engineer, the boatman's son, the last boat builder, the Italian guide, the Senegalese painter, the cooperative's head,
/// the biology graduate daughter, the auctioneer, the French photographer, the researcher, the lawyer, the engineer
/// daughter, the Kuwait University historian, the Bangladeshi porter, three spokesmen), kunyas, popular names and titles
/// («أبو حيدر البلّام»، «المعلّم كاظم»، «أبو سجاد»، «أم زينب»، «الرايس»، «الحاجة مريم»، «سيدي الحوت»، «بو جاسم العطار»، «بو
/// فهد»، «أم بدر»، «بو علي الطباخ»، الحاج، الدكتورة، الدكتور، المهندس، المهندسة), people first set in a scene who speak later
/// («ينزل الحاج عبد الزهرة الساعدي… ثم يرفع رأسه… ويقول»، «يصف جاسم العيداني… ثم يشير… ويقول إن»، «يقف محمد الأمين ولد أحمد
/// سالم… قبل أن يلتفت… ويقول»، «تجلس نساء… بينهن مريم منت اعلي… ثم تقول»، «يرتفع صوت سيدي ولد الشيخ… قبل أن يلتفت»، «يفتح
/// الحاج عبد الله الموسوي… ثم يغرف… ويقول»، «يقف حسين أشكناني… ثم يمسح جبينه ويقول إن»), quotes before their speaker
/// («البلم الزين يتعرّف من صوته…»، يقول كاظم الحلفي»، «العين اللي أرسمها…»، يقول مامادو انجاي»، «التمر مثل الناس…»، يقول سعود
/// العنزي»، «كل يوم أگول هاي آخر سنة»، يقول الساعدي»), «تستعيد», «يحكي», «روى», «على حد تعبيره», «على حد قوله», «على لسان
/// الدكتورة نادية الموسوي… فإن», «بحسب الحاج مهدي، فإن», «بحسب الدكتور أحمدو… فإن», «بحسب الدكتورة هيفاء الكندري، فإن»,
/// appositions («حيدر الساعدي، وهو مهندس»، «ماركو بيانكي، وهو دليل»، «عيشة منت محمد، وهي خريجة»، «كلير مارتان، وهي مصورة»،
/// «فيصل الرومي، وهو محامٍ»، «محمد عالم، وهو حمّال»), speakers carried on by surname, role, kunya or a bare or feminine verb
/// («واستدرك المهندس»، «وأوضح المعلّم»، «ولفت الحلفي»، «ويروي صاحب المقهى»، «وأضاف أبو سجاد»، «وتابع التميمي»، «وأشارت
/// الموسوي»، «وأضاف ولد أحمد سالم»، «ولفت الرسام»، «واستدركت الشابة»، «وأوضح الدلّال»، «وتابع سيدي الحوت»، «وأضافت الفرنسية»،
/// «وأشار الباحث»، «وأضاف بو جاسم»، «ولفت العطار»، «وأشار بو فهد»، «وتقول المهندسة»، «وأوضحت الكندري»، «وأوضح صاحب المطعم»،
/// «ولفت عالم»), speakers coming back at the day's end (أبو حيدر at the stone steps, الرايس hauling his pirogue, بو جاسم
/// locking his shop), foreigners (بيانكي، انجاي، مارتان، عالم), unnamed spokesmen (مديرية الموارد المائية في البصرة، وزارة الصيد
/// والاقتصاد البحري، بلدية الكويت), bodies and collective sources that are no one (بلّامون، مزارعون في أبي الخصيب، نساء في
/// التعاونية، الاتحادية الوطنية للصيد التقليدي، صيادون، تجار في السوق، رواد قدامى), Iraqi, Gulf, Hassaniya and Maghrebi,
/// Levantine and Egyptian chat spelling with typos, no diacritics, scene-setting openings and follow-ups with «و», questions
/// the text answers only indirectly (whether the old boatman means to stop, why fewer people cross by boat, the best hour to
/// photograph the beach, whether the captain came back with a good catch, when the spice seller closes), and a crossing's
/// fare, the number of boatmen, Basra's governor, the boat builder's age, an ornamental boat's price, Basra's population,
/// Sayyab's birth year, the river clean-up's cost, the marsh canoes of Amarah, a kilo of barhi, a kilo of fish in Nouakchott,
/// the licensed pirogues, the fisheries minister, Hajja Mariam's age, a painted pirogue's price, Nouakchott's population, the
/// new quays' start, the federation's head, Dakar's fish market, octopus exports, a kilo of cardamom, the souq's number of
/// shops, the municipality's director, the facade project's cost and end, Bo Jasim's age, Kuwait's population, Doha's Souq
/// Waqif, a bisht's price and a few everyday questions the text does not cover, so it is the untouched measure: nobody tunes
/// on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind34SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(34), DevSet.LoadBlind(33), new UnseenSetShape("blind34", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
