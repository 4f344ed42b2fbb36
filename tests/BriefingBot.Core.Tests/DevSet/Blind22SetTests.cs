using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-second blind set (<c>blind22/</c>): three briefings (Mogadishu's Lido beach, the Italian-era promenade
/// emptied by the civil war and crowded again on Thursday and Friday evenings, a district police chief's 200 officers,
/// four checkpoints, cameras and concrete barriers, six restaurants shut and no parking on the corniche after six since
/// the 2024 attack, a restaurateur back from Minneapolis after three decades with 150 seats, 180,000 dollars and 22
/// staff, returnees owning more than half of some 40 restaurants and small hotels, an Emirati investor's six-storey
/// hotel held up eight months by three rival land deeds, a tea seller chased off by the police and sixty hawkers asking
/// for kiosks, the Banadir administration's unfunded corniche plan, fishermen pushed into a corner by the rocks yet
/// selling tuna and grouper to the restaurants, 37 drownings and 14 deaths, no standing ambulance, a Turkish Red
/// Crescent course for 30 lifeguards with towers and red flags, no national drowning count, sewage into the sand and
/// children's skin infections; Timimoun's foggaras, underground channels of Touat, Gourara and Tidikelt dating from the
/// eleventh century, about 1,400 once and fewer than 700 flowing, deep wells for large farm schemes drawing on the same
/// aquifer, a drilling ban within three kilometres of live sources and 120 foggaras to be restored in five years, the
/// water measurer's copper «شقفة», the «زمام» ledger and the «حبة» unit, a dozen or so measurers mostly over seventy,
/// «التويزة» collective labour, a third of the gardens abandoned, sand burying the shafts, a young man's solar-pump well
/// that doubled his family's dates, a Spanish expert on Iranian and Spanish qanats and Oman's UNESCO-listed aflaj,
/// electronic level gauges, a guesthouse in the red ksar, Ahellil evenings and 35,000 winter visitors, a ministry study
/// of the Continental Intercalaire aquifer and a school for measurers; Bethlehem's olive-wood carvers in Beit Sahour and
/// Beit Jala, about 300 family workshops and two thousand workers, hotel guests down more than 80 percent since autumn
/// 2023, a workshop down from 12 carvers to four, ministry fairs abroad selling half a million dollars, wood from pruning
/// that doubled in price since farmers cannot reach their land, old trees' grain, a women's cooperative sanding and
/// oiling pieces at home with an online shop and shipping eating a third of the price, a German importer facing Asian
/// machine-made fakes, a young carver's CNC machine, an old master who refuses it, wood dust and chest disease, 20
/// million dollars a year before the war, a municipal licence-fee waiver and a Christmas stock nobody bought wood for)
/// and their questions, asked over one index of all the briefings (dev seed, blind … blind22). Written by a hand that
/// had not read the engine nor run it on them, with a surname shared by two different people in two briefings (الحاج
/// محمد العمري, a water measurer in Timimoun, and نادر العمري, a workshop owner in Beit Sahour, each asked once with the
/// trade beside the surname), seven women (حليمة فارح، أسماء ديريه، نصيرة بلقاسم، زهرة بن عمارة، سهى أبو عيطة، the German
/// أنكه شولتس، رنا الخطيب) carried on by feminine verbs («وتضيف فارح»، «وأشارت»، «وأوضحت ديريه»، «وتعود
/// ديريه»، «وتضيف بلقاسم»، «وحذّرت»، «وتعود بلقاسم»، «وأشارت بن عمارة»، «وتضيف أبو عيطة»، «ولفتت شولتس»، «وأوضحت
/// الخطيب»), women whose surname is a compound with «بن» or «أبو» (زهرة بن عمارة، سهى أبو عيطة), foreigners (the Emirati
/// سعيد آل علي, the Turkish مراد أوزدمير, the Spanish خافيير مورينو, the German أنكه شولتس), two speakers sharing a
/// first name in one briefing (سعيد آل علي and سعيد بن عيسى), a first name that is also a common word (ميلاد beside
/// «عيد الميلاد» and «مغارات الميلاد»), compound names (عبد الله ورسمه، يوسف أبو بكر، سعيد آل علي، سعيد بن عيسى، عبد
/// الحميد بن سالم، زهرة بن عمارة، سمير عبد ربه، سهى أبو عيطة) carried on by their last part alone («ويضيف أبو بكر»،
/// «وأشار آل علي»، «ويضيف بن عيسى»، «وأوضح بن سالم»، «وأوضح عبد ربه»), quotes before their speaker's name («…»، يقول
/// يوسف أبو بكر / يقول الحاج محمد العمري / يقول نادر العمري), speakers introduced inside a scene («على الرمل بين المطاعم
/// تجلس الحاجة…»، «أما الصيادون…، فيقول العم…»، «وفي ورشة صغيرة قرب سوق بيت لحم القديم، يعمل…»، «من جهته»، «من
/// جهتها»), speakers carried on by a bare «وأضاف» / «وأشار» / «وأوضح» / «وأشارت» / «وحذّرت», speakers coming back after
/// others («وتعود ديريه»، «أما أبو بكر فيقول»، «ويختم ورسمه»، «وتعود بلقاسم»، «ويختم العمري»، «أما حزبون فيرى»),
/// titles before names (العقيد، الحاجة، العم، الدكتورة، المهندس، الحاج، الخبير، المعلم، الدكتور), roles asked for
/// instead of names (قائد شرطة حي عبد العزيز، صاحب المطعم العائد من أمريكا، المستثمر الإماراتي، بائعة الشاي، الصياد،
/// طبيبة الطوارئ، المدرب التركي، مدير الموارد المائية، كيال الماء، أستاذة الجغرافيا، ابن صاحب البستان، الخبير
/// الإسباني، صاحبة دار الضيافة، صاحب الورشة في بيت ساحور، مدير التسويق، رئيسة التعاونية النسائية، المستوردة الألمانية،
/// الباحثة), three unnamed spokesmen (Banadir administration, irrigation ministry, Bethlehem municipality), bodies
/// quoted as no one (غرفة التجارة والصناعة الصومالية، وزارة الصحة، الوكالة الوطنية للموارد المائية، مديرية السياحة،
/// الجهاز المركزي للإحصاء الفلسطيني، غرفة تجارة وصناعة محافظة بيت لحم), collective sources that are no one (خبراء
/// أمنيون، سكان، مهنيون، مراقبون، مختصون، حرفيون), Gulf, Iraqi, Levantine, Egyptian and Algerian chat spelling with
/// typos and no diacritics, speaker questions after a scene-setting phrase, with a popular title (الحجة، الحاجة، العم،
/// المعلم), with a topic or a misspelt name, and bodies named but never said who heads them, prices, a company's and a
/// shop's name, a machine's cost, ages, population, and years and neighbours (Kismayo, Illizi, Hebron) the figures do
/// not cover, so it is the untouched measure: nobody tunes on it, and a question is never changed because of what the
/// engine answers.
/// </summary>
public sealed class Blind22SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(22), DevSet.LoadBlind(21), new UnseenSetShape("blind22", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
