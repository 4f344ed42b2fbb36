using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-fourth blind set (<c>blind24/</c>): three briefings (Nizwa's Friday livestock market «الهبطة» beside the
/// fort, seven to ten in the morning, sellers leading goats round a stone platform while buyers bid from the steps and
/// a handshake seals the sale, an auctioneer of thirty years on a commission of at most a rial a head and three
/// auctioneers left of about ten, a young breeder's forty goats and feed bags up from six to nine rials after three
/// dry seasons, over two million goats in the sultanate and live sheep from Somalia and Australia, a woman breeder from
/// Bahla in the ring and Omani billy goats at two hundred rials before Eid al-Adha, a vet's samples for foot-and-mouth
/// and small-ruminant plague, voluntary checks and planned electronic ear tags, cruise and coach tourists walking into
/// the ring, a German guide's raised terrace, a young seller's goats sold in messaging groups until Thursday evening, a
/// municipal shaded roof, pens and a water point after Eid; Chefchaouen's blue walls and the Ras el Maa spring, the
/// town founded in the late fifteenth century, some 400,000 hotel nights against 45,000 inhabitants, a seven-room
/// guesthouse in al-Souika with a three-ton roof tank and notes asking guests to save water, women washing wool at
/// stone basins that dry in August and September, wells for cannabis fields, a Spanish hydrologist's karst aquifer,
/// earlier snowmelt and a third less summer flow, a dam on an Oued Laou tributary from 2029, night cuts called
/// preventive, an old lime-washer's lime and indigo and walls turned blue for the visitors, free lime for some 1,200
/// families, a ban on new guesthouses without their own tank, an unofficial guide, residents' no-photo signs and a call
/// for a cap on tourist beds; Tobruk's Second World War cemeteries and the desert's mines, the eight-month siege of
/// 1941, over two thousand graves in the Commonwealth cemetery, Knightsbridge at Acroma and the fortress-like German
/// memorial, a caretaker whose father dug graves, paid through the years after 2011 and carrying water by tanker in
/// 2014, an Australian grandson of a «Rat of Tobruk», a comrade dead at 21 and visas through Cairo and Benghazi, a
/// tourism office trail waiting on security approval and Anzac Day visitors before 2011, a history teacher's pupils who
/// know the battles from films and her elders' testimonies for a local museum, a shepherd from Qasr al-Jadi who lost a
/// leg to an old mine and a son back to herding, a de-mining engineer's three thousand items a year, missing maps,
/// sand-shifted mines and shrinking funding, a de-mining centre's awareness campaigns and victims' database) and their
/// questions, asked over one index of all the briefings (dev seed, blind … blind24). Written by a hand that had not
/// read the engine nor run it on them, with a surname shared by two different people in two briefings (سعيد الهاشمي, a
/// goat breeder in Nizwa, and نادية الهاشمي, a guesthouse owner in Chefchaouen, each asked once with the trade beside
/// the surname), six women (موزة الحوسنية، شيخة العبرية، نادية الهاشمي، فاطمة الزهراء العلمي، لوسيا مارتين، حنان
/// المنفي) carried on by feminine verbs («وتستدرك الحوسنية»، «وروت»، «وتعترف الهاشمي»، «وشكت»، «واستطردت مارتين»،
/// «وتؤكد المنفي»، «وأضافت»، «وتعود الهاشمي»), appositions («موزة الحوسنية، وهي مربية ماشية…، قالت»، «نادية الهاشمي،
/// وهي صاحبة دار ضيافة…، حكت»، «حنان المنفي، وهي مدرّسة تاريخ…، قالت»، «أما سعيد الهاشمي، وهو مربٍّ شاب…»، «أما يونس
/// أقشور، وهو شاب يعمل مرشدًا…»), a speaker named first and given his role in a bare clause («ديفيد ماكنزي، متقاعد
/// أسترالي…، قال»، «عوض الفايدي، راعٍ من…، فقد ساقه… وروى»), role-first openings without a verb of saying before the
/// name («الدليل السياحي الألماني كلاوس برغمان، الذي…، علّق»، «الباحثة الإسبانية لوسيا مارتين…، أوضحت»، «المهندس عبد
/// السلام الشاعري، الذي…، أوضح»), foreigners (the German كلاوس برغمان, the Spanish لوسيا مارتين, the Australian ديفيد
/// ماكنزي), compound names (حمد بن سالم الرواحي، عبد الله بن ناصر الصقري، عبد الحق الوزاني، العربي بن عيسى، إدريس بن
/// عمران، عبد السلام الشاعري) carried on by their last part («ويشرح الرواحي»، «وأضاف الصقري»، «ويروي بن عيسى»، «ويرى بن
/// عمران»، «ولم يُخفِ الشاعري»), popular names in the text and the questions («أبو فيصل» for ناصر الغافري, «با العربي»
/// for العربي بن عيسى, الحاج, «عمي مفتاح»), quotes before their speaker's name («…»، يقول الدلّال حمد بن سالم الرواحي /
/// تقول فاطمة الزهراء العلمي / يقول الحاج مفتاح العبيدي), speakers introduced inside a scene («في زقاق ضيق قرب ساحة
/// وطاء الحمام، يخلط الحاج…»، «ومن جانبها، أوضحت الطبيبة البيطرية…»), speakers carried on by a bare «ولفت إلى» /
/// «وشكا» / «وروت» / «وشكت» / «ويشكو» / «وأشار إلى» / «وبيّن» / «وأضافت», by «بحسب العبرية» and «على حد تعبيره», and
/// by «ويؤكد أبو فيصل», speakers coming back after others («أما الرواحي فيرى»، «ويعود الرواحي»، «وتعود الهاشمي»،
/// «ويختم با العربي»، «ويعود العبيدي»), titles before names (الدلّال، الطبيبة البيطرية، الدليل السياحي الألماني،
/// المهندس، الحاج، الباحثة الإسبانية، الأستاذة in the questions), roles asked for instead of names (الدلّال، المربي
/// الشاب من بركة الموز، المربية من بهلا، البيطرية، الدليل الألماني، بائع الماعز بالهاتف، مدير بلدية نزوى، صاحبة دار
/// الضيافة، الغسّالة عند رأس الماء، الباحثة الإسبانية، صبّاغ الجدران بالجير، نائب رئيس المجلس الجماعي، المرشد غير
/// الرسمي، حارس المقبرة، المتقاعد الأسترالي، رئيس مكتب السياحة، مدرّسة التاريخ، الراعي المصاب، قائد فريق نزع
/// الألغام), unnamed spokesmen and sources (the agriculture ministry, «مصدر من المكتب الوطني للكهرباء والماء الصالح
/// للشرب», the Libyan mine action centre), bodies quoted as no one (المركز الوطني للإحصاء والمعلومات، المندوبية
/// الإقليمية للسياحة، وكالة الحوض المائي للوكوس، هيئة مقابر الحرب), collective sources that are no one (مراقبون، خبراء
/// في التراث، فاعلون جمعويون، خبراء في التخطيط العمراني، خبراء في نزع الألغام), Gulf, Iraqi, Levantine and Egyptian
/// chat spelling with typos and no diacritics, and bodies named but never said who heads them, prices of cattle,
/// daggers, lime, rooms, flights and entry, ages, population, a dam's name, and years and neighbours (Sohar, Tetouan,
/// Tangier, El Alamein) the figures do not cover, so it is the untouched measure: nobody tunes on it, and a question is
/// never changed because of what the engine answers.
/// </summary>
public sealed class Blind24SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(24), DevSet.LoadBlind(23), new UnseenSetShape("blind24", Briefings: 3, MinQuestions: 190, MinOffTopic: 25, MinAboutSpeaker: 45));
