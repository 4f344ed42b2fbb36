using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-third blind set (<c>blind33/</c>): three briefings (Zahle's arak on the eastern slope of Sannine where the
/// Berdawni leaves its valley, arak made from Obeidi and Merwah grapes, distilled three times with the aniseed in the last
/// and rested a year in clay jars, a distiller called «أبو طوني» who lights vine wood under his grandfather's copper still,
/// seals its joints with dough, throws away the «hot head» and the tail and keeps «the heart», his daughter an agronomist
/// back from Montpellier with a notebook of harvest dates that «does not forget», a grower on the Taalabaya road who tastes
/// a grape from every bunch and whose neighbours tore out their vines for potatoes, an aniseed grower in Rashaya who
/// recalls drying the plants on the roof under the August sun and says the small seed gives the smell, a coppersmith known
/// as «نقولا النحّاس» who learnt from his uncle in Tripoli and now makes one or two stills a year, half of them hung as
/// ornaments by emigrants, a café owner on the Berdawni known as «وديع البردوني» who pours the water that turns arak into
/// «lion's milk», a Japanese importer for whom «every still has a signature», a Lebanese University historian on the word
/// «عرق» and on «جارة الوادي», the Ministry of Agriculture's spokesman with no date for the standard nor output figure,
/// small producers and the Bekaa vine growers' association); Karak's castle some nine hundred metres up and a hundred and
/// twenty kilometres south of Amman, built by the crusaders on the King's Highway, taken by the Ayyubids in 1188 and added
/// to by the Mamluks, a retired guide called «أبو فراس» for whom the castle is «bigger under the ground than above» and
/// half the tales are the guides' additions, a young woman guide from Mutah University, a Mutah historian on Saladin's
/// siege of 1183 and the wedding tower that was spared, a coppersmith known as «أبو جريس» whose mansaf trays must hold a
/// whole sheep, traders and the municipality on tourists who never come down to the souq, «أم عمر» who squeezes Karak's
/// jameed from sheep fed on wormwood, her son an engineer whose restaurant gives spoons his mother does not know of, a
/// sheikh for whom mansaf «is not a dish but a word», a Dutch teacher on the Jordan Trail who saw «a ship of stone», the
/// Ministry of Tourism and Antiquities' spokesman with no cost nor count of visitors, guides and historians); and the Liwa
/// date festival at the edge of the Empty Quarter told as one story: «الوالد أبو سعيد» among his khalas palms at dawn and
/// under his father's palm at dusk, his grandson with soil sensors and drip irrigation for whom salinity is «the first
/// enemy», a Keralan climber with a «حابول» who put three sons through college «each from a palm», an engineer on the
/// «المزاينة» jury who judges unnamed bunches and catches glued-on dates, an auctioneer known as «بو علي الدلّال» for whom
/// an offshoot «is asked about by its mother», «أم راشد» with date syrup and palm-leaf fans, a Korean engineer from Barakah
/// tasting khalal, ratab and tamr, a researcher on the red palm weevil and an offshoot bank, the organising committee's
/// spokesman with no count of entrants nor prize total, growers and date traders) and their questions, asked over one index
/// of all the briefings (dev seed, blind … blind33). Written by a hand that had not read the engine nor run it on them, with
/// surnames shared inside a briefing (جورج معلوف «أبو طوني» and his daughter ريتا معلوف, asked as «معلوف الكبير»; فاطمة
/// المجالي «أم عمر» and her son عمر المجالي, asked as «المجالي الابن»; سالم بن سعيد المزروعي and his grandson حمدان
/// المزروعي, asked as «المزروعي الجد»), a surname shared across briefings (سلمى الحداد the aniseed grower and عيسى الحداد
/// the coppersmith, asked as «الحداد مزارعة اليانسون» and «الحداد اللي بالسوق»), names shared across sets (الدكتور خالد
/// المنصوري asked as «الدكتور خالد» beside blind32's الدكتور خالد البلوشي; the first name سالم of المعايطة, المزروعي and
/// blind32's الحجري; راشد القبيسي asked as «راشد» beside the kunya «أم راشد»), people asked by role or kin only (the
/// grower's daughter, the Mutah guide, the restaurant-owning son, the Dutch teacher, the grandson, the Indian worker, the
/// Korean engineer, the palm researcher, three spokesmen), kunyas, popular names and titles («أبو طوني»، «نقولا النحّاس»،
/// «وديع البردوني»، «أبو فراس»، «أبو جريس»، «أم عمر»، «الوالد أبو سعيد»، «بو علي الدلّال»، «أم راشد»، الحاج، الحاجة،
/// الشيخ، الدكتورة، الدكتور، المهندس، المعلّم), people first set in a scene who speak later («يشعل جورج معلوف… ثم يطلي…
/// ويقول»، «يمر بين الصفوف… قبل أن يقول إن»، «يصب العرق… ويقول»، «يقف الحاج سالم المعايطة… الرجل… يقول»، «يسير سالم بن
/// سعيد المزروعي… ثم يقول»), quotes before their speaker («الكركة بدها نحاس أحمر…»، يقول سكاف»، «الجميد الكركي غير…»، تقول
/// الحاجة»، «الفسيلة مثل البنت…»، هكذا يقول المحيربي»), «تستعيد», «على حد تعبيره، فإن», «وبحسب الحداد، فإن», «وبحسب
/// الضمور، فإن», «وعلى لسان الدكتور خالد المنصوري… فإن», appositions («ريتا معلوف، ابنة أبي طوني وهي مهندسة»، «رهف
/// الصرايرة، وهي دليلة»، «عمر المجالي، وهو مهندس»، «حمدان المزروعي، وهو طالب»، «تشوي مين جي، وهي مهندسة كورية»),
/// speakers carried on by surname, role, kunya or a bare or feminine verb («ولفت معلوف»، «وتقول المهندسة»، «واستدركت»،
/// «وتابع ياسين»، «ويحكي المعلّم»، «وأضاف صاحب المقهى»، «واستدرك المعايطة»، «وأوضحت الصرايرة»، «وتشرح أم عمر»، «وأضافت
/// الهولندية»، «وأوضح الحفيد»، «ويحكي العامل الهندي»، «وتابع الدلّال»، «وبيّن المنصوري»), speakers coming back at the
/// day's end (أبو طوني at the cooling still, أبو فراس on the western wall, أبو سعيد under the old palm), foreigners
/// (تاناكا، فان دايك، كومار، تشوي), unnamed spokesmen (وزارة الزراعة، وزارة السياحة والآثار، اللجنة المنظمة للمهرجان),
/// bodies and collective sources that are no one (منتجون صغار، جمعية مزارعي الكرمة في البقاع، تجار في السوق، بلدية الكرك
/// الكبرى، أدلاء سياحيون، مؤرخون، مزارعون، تجار تمور), Levantine, Gulf, Iraqi, Egyptian and Maghrebi chat spelling with
/// typos, no diacritics, scene-setting openings and follow-ups with «و», questions the text answers only indirectly (a
/// small still as an ornament for a house in Sydney, whether new arak is ready at once, whether the guides' tales are all
/// true, how news reached Jerusalem, where to find a rare offshoot, what a «مهفة» is, whether khalal, ratab and tamr are the
/// same), and a bottle's price, Lebanon's yearly output, the agriculture minister, Zahle's population, Abu Toni's age, the
/// vine growers' association's head, whether Syrian arak is distilled three times, a new still's price, Karak castle's
/// ticket, Karak's population, the tourism minister, the lighting project's cost, last year's visitors, Ajloun castle's
/// building date, Greater Karak's mayor, Hajja Fatima's age, the khalas first prize, the festival's entrants, the next
/// festival's opening, a rare offshoot's price, the organising committee's head, Liwa's population, Abu Said's age, Unaizah's
/// date festival and a few everyday questions the text does not cover, so it is the untouched measure: nobody tunes on it,
/// and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind33SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(33), DevSet.LoadBlind(32), new UnseenSetShape("blind33", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
