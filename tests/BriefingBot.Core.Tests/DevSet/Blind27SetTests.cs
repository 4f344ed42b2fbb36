using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-seventh blind set (<c>blind27/</c>): three briefings (Jericho's cable car to the Mount of Temptation and
/// the Greek Orthodox Qarantal monastery, opened in 1998, thirteen hundred metres in five minutes, nineteen of forty
/// cabins running while spare parts sat five months in Ashdod and one cabin was stripped to save another, a standby
/// generator that only brings riders down, eleven thousand shekels of diesel a month, staff cut from thirty-two to
/// fourteen and paid in two instalments, a Swiss technician whose steel rope has four years left and a six-week closure
/// ahead and whose grease dries in forty-five degrees, an orange-juice kiosk that sold three hundred cups and sells
/// thirty, Easter pilgrims from Russia, Romania and Ethiopia, a Greek monk on the stone stairs, mules before the cable
/// car, a guide from Aqabat Jaber on day-trippers who never sleep in Jericho and sixty-shekel tickets, ministry figures
/// from 180,000 riders in 2019 to under 40,000, shut restaurants on the station road and a chamber-of-commerce plea, a
/// municipal spokesman's lit footpath with no price and a cycling route past Hisham's Palace; Ajloun's oak forests cut
/// for firewood since fuel subsidies went, a ranger who reads a hundred-and-twenty-year-old stump cut in a quarter
/// hour, six rangers and one car for four thousand dunums, mules and lorries hiding wood under vegetables, a forestry
/// engineer's three to four tonnes a household and pressed olive-pruning briquettes, an old man by his iron «صوبة» in
/// Anjara, a wood merchant in Kufranjah undercut by stolen wood at eighty dinars a tonne, a German forester from a GIZ
/// project on fires starting at thinned edges, a teacher's thousand seedlings of which three hundred lived, a Saudi
/// visitor who comes for the green, two hundred seized cases, twelve hundred trees lost by the reserve and springs at
/// risk; West Soheil's Nubian houses keeping young Nile crocodiles in concrete pools, photos with taped jaws, a
/// guesthouse owner who buys them small from Lake Nasser fishermen and sends the big ones back, a henna painter whose
/// daughter feeds them and who wants written rules, an old woman who lived the 1964 displacement and the painted walls
/// «لكي لا ننسى», a British volunteer vet on weak bones, weekly water and salmonella, a boatman among sixty on fares and
/// agents' commission, an environment-agency director on CITES and a licensed nursery, Lake Nasser's six to thirty
/// thousand crocodiles and a governorate spokesman) and their questions, asked over one index of all the briefings
/// (dev seed, blind … blind27). Written by a hand that had not read the engine nor run it on them, with a surname
/// shared by two different people in two briefings (نادر الخطيب, the cable car's operations manager in Jericho, and
/// هند الخطيب, a forestry engineer in Ajloun, each asked once with the trade beside the surname), popular names and
/// titles («أم فادي» for رجاء أبو عيد، «أبو سليمان» for الحاج عودة القضاة، «عم صالح» for الحاج صالح عبد الجليل،
/// «الحاجة زينب»), a quote before its speaker held by a noun rather than a verb («…». جملة يكتبها المهندس نادر الخطيب،
/// «…»، تختصر المعلمة سلوى الربضي، «…»، يصيح عثمان بن هارون، «…»، بهذه الجملة يرحّب الحاج صالح), people first set in
/// a scene who speak later in the sentence («ماركوس بيرغر، فني سويسري…، صعد… ثم نزل ليعلّق»، «يقف الأب ثيودوروس… ويروي»،
/// «يسير الحارس عبد الكريم المومني… ويؤكد»، «يجلس الحاج عودة القضاة… ويقول»), «بحسب عبد الرحيم الجعبري…، فإن»,
/// «على حد تعبيره», appositions («رجاء أبو عيد، وهي أم…، قالت»، «هند الخطيب، وهي مهندسة…، أوضحت»، «أنكه شولتس،
/// خبيرة…، علّقت»، «أما فهد آل مسعود، وهو زائر سعودي…، فذكر»), women carried on by feminine verbs and by a popular
/// name or title («وشكت أم فادي»، «وتستعيد أبو عيد»، «ونبّهت الخطيب»، «وترى المهندسة»، «ولفتت شولتس»، «غير أن إدريس
/// اعترضت»، «وأضافت الحاجة»), men carried on by surname, role or bare verb («وأضاف أن»، «لفت مدير التشغيل»، «وذكّر
/// الراهب»، «واستطرد الحارس»، «وروى أبو سليمان»، «وأشار التاجر»، «وأقرّ عبد الجليل»، «ولا يُخفي المراكبي»), speakers
/// coming back after others at the end of the day (الخطيب، القضاة، عم صالح), compound names (عبد الرحيم الجعبري، عبد
/// الكريم المومني، صالح عبد الجليل، رجاء أبو عيد، عثمان بن هارون، فهد آل مسعود), foreigners (بيرغر، ثيودوروس، شولتس،
/// هولاند), unnamed spokesmen (بلدية أريحا، وزارة الزراعة، محافظة أسوان), bodies quoted as no one (وزارة السياحة
/// والآثار، غرفة تجارة وصناعة أريحا، الجمعية الملكية لحماية الطبيعة، الهيئة العامة لتنمية بحيرة ناصر), collective
/// sources that are no one (مراقبون، خبراء، ناشطون، باحثون), Levantine, Gulf, Iraqi and Egyptian chat spelling with typos
/// and no diacritics, questions after a scene-setting phrase («عند المحطة الفوقا، …»، «في بيت حجري بعنجرة، …»، «عند
/// مرسى غرب سهيل، …»), and heads of bodies, populations, ages, a kiosk's cup price, a footpath's unnamed cost, a
/// fine never put in figures, a photo fee never given, a chalet's night, castle and temple tickets, and dates of a
/// monastery and a dam the text does not cover, so it is the untouched measure: nobody tunes on it, and a question is
/// never changed because of what the engine answers.
/// </summary>
public sealed class Blind27SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(27), DevSet.LoadBlind(26), new UnseenSetShape("blind27", Briefings: 3, MinQuestions: 180, MinOffTopic: 25, MinAboutSpeaker: 45));
