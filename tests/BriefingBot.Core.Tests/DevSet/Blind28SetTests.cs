using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-eighth blind set (<c>blind28/</c>): three briefings (the beehive tombs of Bat, Al-Khutm and Al-Ayn near
/// Ibri under Jebel Misht, five thousand years old and on the world-heritage list since 1988, white dust blown from a
/// crusher less than two kilometres away, a hundred and thirteen tombs counted at Al-Ayn of which seventeen lost their
/// top courses mostly to rain, a vibration monitor asked for two years ago and never sent, a written ministry reply on
/// legal distances and a joint committee, a quarry manager who blasts once a week and sprays his tracks, a Danish
/// archaeologist in his twelfth season cut to six weeks and his round tower with Mesopotamian sherds and copper tools,
/// the first Danish digs of the 1970s, a farmer sheikh who guides Europeans before sunrise for a cup of coffee, herded
/// goats among the tombs as a boy and watches his falaj dry, a licensed guide from Muscat three hours away who finds no
/// toilet or restaurant and wants a mud house turned rest stop, a councillor's nine-kilometre walking path that nobody
/// pays for, UNESCO's request for a management plan and a trial restoration of three tombs in April; Fujairah's Friday
/// bull butting on a sandy lot at the end of the corniche, no blades and no bets, men with ropes, bulls judged by neck
/// and brow and brought from Dibba, Bidiyah and Masafi, a champion called «سلطان» near a tonne fed dates, milk and
/// honey, two to three thousand dirhams a month and a hundred thousand for a winner, bulls that retire and are never
/// slaughtered, a tea-and-khameer seller from her car boot whose father brought his bull when the lot was bare sand,
/// a municipal vet who tags and checks every bull, no bouts from May to September and no mobile clinic, a hundred and
/// forty bulls registered against a hundred and ninety five years ago, a British photographer from Dubai who expected
/// Spain and saw wrestling, a runaway bull among a crowd with no barriers, activists against and observers for, a
/// folklorist on an origin no written source settles and breeders down from sixty to under thirty, an engineering
/// student who rode a bull before a bicycle and wants a league like camel racing, and a tourism-department source with
/// no date; the sand baths at Merzouga fifty kilometres south of Erfoud, a pit warmed all morning and a patient buried
/// to the neck at noon then sweating in a tent, a «دفّان» of thirty years who tests the sand with his palm for three
/// seconds, twenty minutes at most, no heart or blood-pressure patients, no cold water for three days and three to
/// seven sessions, two deaths last summer in unlicensed tents and closures in Errachidia province, a rheumatologist for
/// whom heat is a hot compress and who wants a medical check and a nurse, sand above sixty degrees in July and sixty
/// cases of sunstroke in a health bulletin, a retired German teacher from Hamburg whose knees move and who sleeps, an
/// Erfoud hotel owner with half-price rooms and week-long stays and families from Fez and Meknes who cancelled, a
/// Rissani taxi driver waiting in the heat unpaid, a grandmother of Hassi Labied on women buried after childbirth and
/// red sand that heals while white sand does not, and a new set of rules before June) and their questions, asked over
/// one index of all the briefings (dev seed, blind … blind28). Written by a hand that had not read the engine nor run
/// it on them, with a surname shared by two different people in two briefings (مريم الكعبي, an antiquities inspector in
/// Ibri, and الحاج علي الكعبي, a bull breeder in Fujairah, each asked once with the trade beside the surname), a surname
/// that is also a place (الشيخ سعيد بن حمد العبري in عبري), popular names and titles («أبو خليفة» for الحاج علي الكعبي،
/// «أم سيف» for شيخة الحمودي، «الحاج امبارك»، «الحاجة يطو»، «الشيخ سعيد»، «الدكتورة»), quotes before their speaker held
/// by «يقول», «على حد تعبيره», «على لسان» and «تستعيد», an answer after a question («حين سُئل…، ردّ حمدان اليماحي: «…»»),
/// people first set in a scene who speak later in the sentence («تنحني مريم الكعبي… ثم تنفض… وتقول»، «يمسك الحاج علي
/// الكعبي… قبل أن يروي»، «يغرز الحاج امبارك بن الطيب كفه… ويشرح»), «بحسب مسعود الهنائي…، فإن», appositions («توماس
/// لاورسن، وهو عالم آثار…، روى»، «الدكتورة نورة الظنحاني، وهي طبيبة…، قالت»، «أما خولة البلوشية، وهي مرشدة…، فتنظم»،
/// «الدكتورة سناء العلوي، وهي طبيبة…، قالت»), women carried on by feminine verbs, surname, role or popular name
/// («واستدركت المفتشة»، «وتابعت البلوشية»، «وتستعيد أم سيف»، «واعترفت الطبيبة»، «ولم تُخفِ الطبيبة»، «وتعترف برانت»،
/// «وتضيف العمراني»), men carried on by surname, role or bare verb («ويتذكر أنه»، «وأضاف العبري»، «واستطرد المربي»،
/// «ولاحظ هارغريفز»، «ونبّه آل علي»، «ويحكي بن الطيب»، «ويطلب من كل زبون»، «وعلّق الناصري»), speakers coming back after
/// others at the day's end (الكعبي at sunset, أبو خليفة leading his bull away, بن الطيب leaving his test pit), compound
/// names (سعيد بن حمد العبري، عبيد آل علي، امبارك بن الطيب، عبد الرحمن الناصري، يوسف أبو الفضل), foreigners (لاورسن،
/// هارغريفز، برانت), unnamed spokesmen (وزارة الطاقة والمعادن، دائرة السياحة والآثار بالفجيرة، عمالة إقليم الرشيدية),
/// bodies quoted as no one (اليونسكو، سجلات البلدية، المندوبية الإقليمية للصحة), collective sources that are no one
/// (باحثون، خبراء، ناشطون، مراقبون، مصادر محلية), Gulf, Iraqi, Levantine, Egyptian and Moroccan chat spelling with typos
/// and no diacritics, questions after a scene-setting phrase («جنب القبور الطايحة، …»، «في ساحة النطاح، …»، «على طرف
/// الساحة، …»، «عند الكثبان فمرزوكة، …»، «عند الكثيب اللي ورا دارها، …»), and ticket prices, a minister, a mayor, a
/// governor, populations, ages of a woman and a bull, a walking path's cost, a crusher's tonnage, a fort's date, the
/// 1970s mission's head, visitor numbers, a tea's price, a feed sack, a camel-race purse, a session's price, a taxi
/// fare, a hotel's rooms, the dead's names and a date festival the text does not cover, so it is the untouched
/// measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind28SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(28), DevSet.LoadBlind(27), new UnseenSetShape("blind28", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 45));
