using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-third blind set (<c>blind23/</c>): three briefings (whale sharks in Djibouti's Gulf of Tadjoura, the
/// plankton season from late October to late February off Arta beach, fish of four to ten metres, some 9,000 visitors
/// last season against fewer than 3,000 five years ago, 27 licensed boats and trips at 80 to 150 dollars, a maritime
/// affairs chief's three-metre distance, six swimmers a boat and only two patrol boats (one waiting for a part from
/// Dubai), a woman's dive centre with 11 local staff and unlicensed boats from the capital, a cargo dhow to Aden turned
/// tourist boat, a sardine fisherman known as «أبو سعيد» pushed an hour and a half away, a French researcher's 600 fish
/// told apart by their spots, young males, lost satellite tags and propeller wounds on a quarter of them, a marine
/// scientist's plankton samples at eight points and sewage from new districts, a planned marine reserve and visitor fee,
/// certified guides from next season; Baghdad's Souq al-Safafir off al-Rashid street, 150 coppersmiths' workshops in the
/// seventies and 12 working today, shops turned into cloth stores and Shorja warehouses, an old coppersmith's week-long
/// engraved tray at 250,000 dinars against imports at a tenth, raw copper doubled and scrap melted down, a 34-year-old
/// who left school, a young designer selling copper lamps and earrings online to Iraqis abroad, the municipality's
/// al-Rashid street rehabilitation of some 400 facades and rent cuts, a heritage professor's 70 documented motifs, an
/// Italian expert's mark of origin, an intangible-heritage file for UNESCO and religious visitors; robot jockeys at
/// Qatar's al-Shahaniya camel track, child jockeys banned in 2005, devices down from over 25 to three kilograms at two
/// to four thousand riyals, GPS and pulse sensors, an owner's sixty camels and 3,000 riyals a month each, a Sudanese
/// trainer from Kassala driving at sixty kilometres an hour beside the track, a vet's 30 to 40 cases a day, doping tests
/// and under-age racing, a student team's robot that stops the whip when the pulse climbs, the racing federation's
/// serial-numbered devices and limits on escort cars, photo-finish judging and a race for trainers under 25) and their
/// questions, asked over one index of all the briefings (dev seed, blind … blind23). Written by a hand that had not read
/// the engine nor run it on them, with a surname shared by two different people in two briefings (الحاج كاظم الكعبي, a
/// coppersmith in Baghdad, and سالم الكعبي, a camel owner in al-Shahaniya, each asked once with the trade beside the
/// surname), six women (كلثوم عيلابه، سميرة العدني، زينب الساعدي، سلوى أبو التمن، مريم السليطي، نوف الهاجري)
/// carried on by feminine verbs («وتضيف عيلابه»، «وشكت»، «وتختم عيلابه»، «وأوضحت العدني»، «وتوضح الساعدي»،
/// «وتابعت»، «وتضيف أبو التمن»، «وأوضحت السليطي»، «وحذّرت»، «وتضيف الهاجري»), appositions («عيلابه، وهي غواصة
/// محترفة…، قالت»، «زينب الساعدي، وهي مصممة شابة…، فقالت»، «نوف الهاجري، وهي طالبة…، قالت»), foreigners (the French
/// تيبو لوران, the Italian ماركو فيراري, the Sudanese عثمان إدريس), compound names (عبد الرحمن دبلة، سالم بن طالب، حيدر
/// عبد الزهرة، سلوى أبو التمن، خالد بن حمد النعيمي، سعيد آل عذبة) carried on by their last part («ويروي بن طالب»، «ولفت
/// عبد الزهرة»، «وتضيف أبو التمن»، «ويوضح النعيمي»، «ويلفت آل عذبة»), quotes before their speaker's name («…»، يقول
/// القبطان عبد الرحمن دبلة / يقول ياسين / يقول الحاج كاظم الكعبي / يقول المهندس خالد بن حمد النعيمي), speakers
/// introduced inside a scene («في مرسى صغير…»، «على الطرف الآخر من الخليج، يجلس الصياد…»، «في الورشة المقابلة»، «في
/// العزبة نفسها»، «من جهتها»), speakers carried on by a bare «واستطرد» / «وشكت» / «وروى» / «وتابعت» / «وأشار» /
/// «ويضيف» / «وحذّرت», by «بحسب إدريس» and «على حد تعبيره», speakers coming back after others («ويعود دبلة»، «وتختم
/// عيلابه»، «لكن الكعبي يبدي شكوكًا»، «ويختم الكعبي»، «ويعود الكعبي»), titles before names (القبطان، الصياد، الباحث
/// الفرنسي، الدكتورة، الحاج، المهندس، الخبير الإيطالي), a popular title in the text and the questions (أبو سعيد، الحجي،
/// الضمّار), roles asked for instead of names (رئيس مصلحة الشؤون البحرية، صاحبة مركز الغوص، صاحب المركب، الصياد،
/// الباحث الفرنسي، أستاذة علوم البحار، النحاس الكبير، الصفار الشاب، المصممة، مدير مشروع تأهيل شارع الرشيد، أستاذة
/// التراث العمراني، الخبير الإيطالي، صاحب ورشة الركاب الآليين، صاحب العزبة، المدرب السوداني، البيطرية، طالبة الهندسة،
/// عضو لجنة التحكيم), three unnamed spokesmen (environment ministry, culture ministry, the camel racing federation,
/// the last one carried on by «وأضاف المتحدث»), bodies quoted as no one (المكتب الوطني للسياحة، غرفة تجارة بغداد),
/// collective sources that are no one (صيادون، خبراء في البيئة البحرية، مراقبون، أصحاب المحال، حرفيون، خبراء في رعاية
/// الحيوان), Gulf, Iraqi, Levantine and Egyptian chat spelling with typos and no diacritics, and bodies named but never
/// said who heads them, prices, a shop's name, ages, population, depth, a camel's name, and years and neighbours
/// (Somalia, Mosul, Saudi Arabia) the figures do not cover, so it is the untouched measure: nobody tunes on it, and a
/// question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind23SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(23), DevSet.LoadBlind(22), new UnseenSetShape("blind23", Briefings: 3, MinQuestions: 190, MinOffTopic: 25, MinAboutSpeaker: 45));
