using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The thirty-fifth blind set (<c>blind35/</c>): three briefings (the embroiderers of Tetouan's medina and their
/// «الطرز التطواني», silk on white cloth or velvet for the bride's «الشوار», a master embroiderer called «للا فاطمة» who
/// threads her needle by a window over the roofs of Houmat el-Ayoun, learned at seven on a mat at a teacher's house, holds
/// that «the back of the work gives the embroiderer away», takes two or three months over a handkerchief and leaves her
/// needle in an unfinished rose at night, her granddaughter a fine-arts graduate who photographs and sells the pieces online
/// to Moroccans in Spain and Belgium, a silk seller known as «أبو الخيوط» in the Ghersa al-Kebira souq whose father brought
/// silk from Fez and Gibraltar under the Spanish protectorate, a former primary teacher heading a women's cooperative by Bab
/// el-Okla, the Andalusian «طرب الآلة» in a courtyard near the mellah around a rebab player his pupils call «الشيخ», eleven
/// nubas left of twenty-four, his niece the band's only violinist who holds the violin upright on the knee, a Granada
/// musicologist, a historian of Abdelmalek Essaadi University on al-Mandari, the Moriscos and UNESCO's 1997 listing, the
/// regional culture directorate's spokesman with no date nor count); Tarim in Hadramawt, its mud-brick «لبن» palaces built
/// with money sent from Singapore and Java and washed with «النورة», a master builder known as «أبو عوض» treading mud and
/// straw barefoot at six, walls wide at the foot, a house that «dies in two years» when empty, his son an engineering student
/// with a tape measure, an architect restoring a palace façade of the Al-Kaf with lime and warning against cement and the
/// 2008 floods, «أبو علوي» with a family library in a brass-inlaid chest and cloves between the pages, his granddaughter
/// photographing two thousand pages, an unnamed employee of the Al-Ahqaf manuscript library, a German architect on the vents
/// under the roofs, a Hadramawt University historian on the city of scholars and palaces with thirty heirs in five countries,
/// a grandmother called «حبابة شفاء» who remembers her wedding in the palace, the historic cities authority's spokesman with
/// no count nor cost nor end, builders and residents); and one Tuesday in Abha's Tuesday market from dawn to the fog: a
/// honey seller known as «أبو نحلة» with sidr, samar and talh honey that «runs like a thread» and bees that follow the rain
/// like Bedouin, a coffee roaster of Hadrami origin with Khawlani beans from Jazan and a grandfather who came from Tarim with
/// coffee and a book, «الحاجة مريم» called «أم محمد» painting the «القط العسيري» from the bottom up and leaving the last
/// triangle half-coloured, a King Khalid University graduate who paints it on canvas and teaches girls, «أم سلطان» with
/// kadi and basil garlands from Tihama, a Japanese designer, a heritage professor on a women's art and a barter market,
/// the Asir municipality's spokeswoman with no cost nor opening date, traders and beekeepers) and their questions, asked over
/// one index of all the briefings (dev seed, blind … blind35). Written by a hand that had not read the engine nor run it on
/// them, with surnames shared inside a briefing (فاطمة الزهراء بنونة and her granddaughter سلمى بنونة, asked as «بنونة
/// الصغيرة»; مصطفى اللبادي and his niece هند اللبادي, asked as «اللبادي الكبير» and «اللبادي بنت خوه»; محسن الحبشي and his
/// granddaughter نور الحبشي, asked as «الحبشي الجد»; سالم العمودي and his son عوض), a surname shared across briefings
/// (سالم العمودي the Tarim builder and حسن العمودي the Abha coffee roaster, asked as «العمودي البنّاء اللي في تريم» and
/// «العمودي صاحب المحمصة»), a surname and a title shared with blind34 (ظافر التميمي beside الحاج مهدي التميمي, asked as
/// «التميمي بياع العسل في ابها»; «الحاجة مريم» الشهري beside Nouakchott's «الحاجة مريم», asked as «الحاجة مريم اللي في
/// ابها»), names that echo (مريم الشهري beside الدكتورة نوال الشهراني), people asked by role or kin only (the granddaughter
/// selling online, the silk seller, the cooperative's head, the band's violinist, the Granada researcher, the Tetouan
/// historian, the master builder, the engineering student son, the restoring architect, the granddaughter with the camera,
/// the library employee, the German architect, the honey seller, the coffee roaster, the art graduate, the kadi seller, the
/// Japanese tourist, the heritage professor, three spokespeople), kunyas, popular names and titles («للا فاطمة»، «أبو
/// الخيوط»، «الشيخ»، «أبو عوض»، «أبو علوي»، «حبابة شفاء»، «أبو نحلة»، «أم محمد»، «أم سلطان»، المعلّمة، الحاج، الدكتور،
/// المهندسة، السيد، الحاجة، العم، الدكتورة), people first set in a scene who speak later («تجلس المعلّمة فاطمة الزهراء
/// بنونة… ثم تلضم الإبرة… وتقول»، «يرتب الحاج عبد السلام الخطيب… ويقول لزبونة»، «يضبط اللبادي أوتار الرباب… قبل أن يقول»،
/// «يخوض المعلّم سالم بن عوض العمودي… ثم ينحني… ويقول»، «يفتح السيد محسن الحبشي… ثم يمسح… ويقول»، «يصل العم ظافر
/// التميمي… ثم يغمس عودًا… ويقول»، «يقلّب العمودي… ثم يفرغها… ويقول»، «تجلس الحاجة مريم الشهري… ثم تتراجع خطوة… وتقول»),
/// a grandmother's words carried by her granddaughter («حيت ما فيهش الميزان»، «حيت كتقول الإبرة…») and a grandfather's by
/// his («يدخل الفلاش على الكتب»), «تستعيد», «يحكي», «تروي», «يروي», «على حد تعبيرها», «على لسان الدكتور عبد اللطيف الحداد…
/// فإن», «وعلى لسان الدكتورة نوال الشهراني… فإن», «بحسب الحاج عبد السلام، فإن», «بحسب أبي علوي، فإن», «وبحسب الدكتور عبد
/// القادر باعشن… فإن», appositions («سلمى بنونة، وهي خريجة»، «رشيدة الغازي، وهي معلّمة سابقة»، «لوسيا فرنانديث، وهي
/// باحثة»، «عوض العمودي، وهو طالب»، «رغد الجفري، وهي معمارية»، «نور الحبشي، وهي خريجة»، «يوهانس كلاين، وهو معماري»،
/// «حسن العمودي، وهو رجل في الخمسين»، «ريم القحطاني، وهي خريجة»، «كينجي تاناكا، وهو مصمم»), speakers carried on by surname,
/// role, kunya or a bare or feminine verb («السيدة، التي…»، «وأوضحت بنونة»، «واستدركت»، «وقالت الشابة»، «ولفتت الحفيدة»،
/// «وأوضح «الشيخ»»، «وتابع اللبادي»، «وقالت الإسبانية»، «ولفت الحداد»، «وأضاف أبو عوض»، «واستدرك المعلّم»، «وأشارت
/// المهندسة»، «وقال الألماني»، «ولفت باعشن»، «ولفت أبو نحلة»، «وتابع صاحب المحمصة»، «واستدركت أم محمد»، «وأشارت الحاجة
/// مريم»، «وقال الياباني»، «وأشارت الشهراني»), speakers coming back at the day's end (للا فاطمة's needle at midnight, أبو
/// عوض washing his feet at sunset, أبو نحلة folding his umbrella and الحاجة مريم washing her brush in the same last
/// paragraph), foreigners (فرنانديث، كلاين، تاناكا), unnamed spokespeople (المديرية الجهوية للثقافة بتطوان، الهيئة العامة
/// للمحافظة على المدن التاريخية، أمانة منطقة عسير) and an unnamed library employee, bodies and collective sources that are no
/// one (نساء في التعاونية، حرفيون، عازفون شبان، بنّاؤون، أهالٍ، باعة، مربّو نحل), Moroccan Darija, Yemeni and Gulf, Iraqi,
/// Levantine and Egyptian chat spelling with typos, no diacritics, scene-setting openings, questions the text answers only
/// indirectly (whether للا فاطمة finished her rose, how many mosques Tarim has, whether the builder finished the wall in a
/// day, whether the palace's owner lives alone, whether أم محمد finished her wall, whether أبو نحلة sold all his honey,
/// where the roaster's grandfather came from), and an embroidered handkerchief's price, the silk seller's age, Tetouan's
/// mayor and population, the restoration's end, a kilo of silk, the number of embroiderers, Fez embroidery, the conservatory's
/// director, the Andalusian music festival's date, Tarim's population, a palace restoration's cost, Hadramawt's governor,
/// the builder's age, the Al-Ahqaf library's count, the minaret's building date, Shibam's towers, a mud worker's wage, the
/// authority's head, a palace hotel's night, a kilo of sidr honey, Abha's population, Asir's emir, Hajja Mariam's age, the
/// market project's opening and cost, a canvas's price, Khamis Mushait's Wednesday market, Jazan's coffee harvest, the
/// number of women painting the qatt and a few everyday questions the text does not cover, so it is the untouched measure:
/// nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind35SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(35), DevSet.LoadBlind(34), new UnseenSetShape("blind35", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
