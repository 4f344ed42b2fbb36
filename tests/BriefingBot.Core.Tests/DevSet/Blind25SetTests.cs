using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-fifth blind set (<c>blind25/</c>): three briefings (Essaouira's thuya marquetry workshops under the arches
/// of the Skala, thuya inlaid with lemon wood, ebony and mother-of-pearl, the burl «الجدرة» dug from under the trunk in
/// the Haha and Chiadma forests, a master of forty years whose box takes a week and who is down from six apprentices to
/// one, a forestry engineer's quarter of the forest's density lost in three decades to goats, charcoal and drought and
/// the burl-digging that kills the tree, over eighty tons of burl seized last year, fines that deter no one, a retired
/// burl-digger who sold a kilo for five dirhams, a women's polishing cooperative using beeswax and argan oil, paid by the
/// piece and breathing fine dust, a Belgian furniture dealer who lost a hotel order for want of a certificate of origin,
/// pressed-board and resin fakes, a collective label shelved since 2022, an apprentice tempted by the surf school, a
/// plan to replant three thousand hectares by 2030 and seedlings that need fifty years; the village of Kumzar at the
/// tip of Musandam, two hours by boat from Khasab with no road, its Kumzari language with Persian, Arabic, Portuguese
/// and English words, an old fisherman who counts in it and fears the names of the winds will die, the summer move to
/// Khasab for the date harvest, a boatman's forty litres of fuel a day and milk dearer than gold in a storm, a teacher
/// whose pupils arrive without Arabic and a weekly storytelling lesson, a Dutch linguist's three hundred hours of
/// recordings, a dictionary and four to five thousand speakers, a student's videos and a phone keyboard, dolphin-watching
/// dhows that pass by, a ministry still studying documentation, a school of some hundred and twenty pupils; Samarra's
/// spiral minaret, fifty-two metres and five turns, al-Mutawakkil's Great Mosque and the 2007 listing, a tea seller who
/// climbed it barefoot at seven and saw a boy slip on the third turn, a conservation engineer's laser survey, rising
/// salts, the 2005 blast cracks and no cement, an Italian restorer who would close the top for two years and protect the
/// forty kilometres of buried Abbasid city, a young drone-filming guide's visitors from Baghdad and Basra, no hotels and
/// long checkpoints, an unnamed antiquities source on a plan awaiting funds, the inspector's three guards and a hundred
/// and fifty encroachments, a district official's visitor centre and car park) and their questions, asked over one
/// index of all the briefings (dev seed, blind … blind25). Written by a hand that had not read the engine nor run it on
/// them, with a surname shared by two different people in two briefings (حسناء العلوي, head of a women's polishing
/// cooperative in Essaouira, and الحاج قاسم العلوي «أبو حيدر», a tea seller at the foot of the minaret, each asked once
/// with the trade beside the surname), and a popular name that holds another speaker's first name (أبو حيدر beside the
/// guide حيدر آل ياسين). Women carried on by feminine verbs («ونبّهت العلوي»، «كما اشتكت»، «وتقرّ الشحية»،
/// «واستدركت المعلّمة»، «وتقدّر دي فريس»، «وأضافت الجبوري»، «وتحذّر المهندسة»، «ولم تقتنع الجبوري… فقد علّقت»،
/// «واقترحت بيانكي»، «واستطردت الخبيرة الإيطالية»), appositions («حسناء العلوي، وهي رئيسة تعاونية…، تشرح»، «عائشة
/// الشحية، وهي معلّمة…، تروي»، «يان فيرمولن، تاجر أثاث بلجيكي…، يرى»، «أيوب الصويري، ابن التاسعة عشرة…، لا يخفي»،
/// «حيدر آل ياسين، شاب في السادسة والعشرين…، يؤكد»، «أما مفتش آثار سامراء، عبد الستار الدوري، فأكد»), role-first
/// openings («المهندس يوسف الشكيري، من المديرية…، يقدّر»، «الباحثة الهولندية ماريكه دي فريس، أستاذة…، جمعت»،
/// «المهندسة سُرى الجبوري، المختصة…، بيّنت»), a speaker named as the subject of a scene verb («وتشارك في تقييم حالة
/// الموقع فرانشيسكا بيانكي»، «في دوار على طريق أكادير، يجلس الحاج لحسن أبو زيد… ويحكي»), quotes before their
/// speaker's name with new verbs («…»، بهذه العبارة يستقبل المعلّم… / يضحك الوالد… / يتذكر الحاج…), compound names
/// (عبد الرحيم بن الطاهر، لحسن أبو زيد، محمد بن علي الكمزاري، سالم بن راشد الظهوري، خالد بن حمد الدهماني، عبد
/// الستار الدوري، حيدر آل ياسين) carried on by their last part («ويستطرد بن الطاهر»، «ويحكي الكمزاري»، «ويشير
/// الظهوري»، «والزوار، بحسب آل ياسين»، «وبحسب الدوري أيضًا»), popular names («با لحسن»، «أبو خليفة»، «أبو حيدر»،
/// الوالد، الحاج), speakers carried on by a bare verb or a description («وعن الصبيان…، علّق بمرارة»، «ويضيف الرجل
/// الذي تجاوز الستين»، «وحين سُئل…، أجاب»، «ويقول الشاب إن»، «وشكا الدليل الشاب»), by «على حد قول الصويري» and
/// «كما يقول خالد…», a speaker's view reported inside a scene paragraph («…، بحسب ما يقوله الظهوري»), speakers coming
/// back after others («وفي المساء… يعود بن الطاهر»، «ويعود أبو خليفة»، «ولم تقتنع الجبوري»، «ويعود أبو حيدر»،
/// «ويختم الوالد محمد الكمزاري»), unnamed spokesmen and sources («مصدر في المديرية الجهوية للصناعة التقليدية»، «متحدث
/// باسم وزارة الثقافة والرياضة والشباب»، «مصدر في الهيئة العامة للآثار والتراث»، «مسؤول في قائممقامية سامراء»),
/// bodies quoted as no one (الوكالة الوطنية للمياه والغابات، بيانات وزارة التربية والتعليم), collective sources that are
/// no one (خبراء في الغابات، مراقبون محليون، لغويون عرب، مؤرخون), Gulf, Iraqi, Levantine, Egyptian and Maghrebi chat
/// spelling with typos and no diacritics, questions after a scene-setting phrase («في ورشات السقالة بالصويرة، …»،
/// «على عتبة بيته في كمزار، …»، «عند قاعدة الملوية، …»), and bodies named but never said who heads them, prices of
/// tables, argan oil, surf lessons, boat tickets, dolphin trips and entry, ages, population, a festival's dates, a
/// hospital, a desalination plant's year, a budget, and neighbours (Agadir, Marrakesh, Qeshm, Tikrit, Mosul's al-Hadba,
/// Abu Dulaf's minaret) the text does not cover, so it is the untouched measure: nobody tunes on it, and a question is
/// never changed because of what the engine answers.
/// </summary>
public sealed class Blind25SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(25), DevSet.LoadBlind(24), new UnseenSetShape("blind25", Briefings: 3, MinQuestions: 190, MinOffTopic: 25, MinAboutSpeaker: 45));
