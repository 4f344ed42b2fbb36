using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twenty-first blind set (<c>blind21/</c>): three briefings (Babil's earthen carp ponds on the Euphrates canals
/// after a late-summer die-off of more than a thousand tonnes in a week, heat, low oxygen and overstocked ponds, 4,200
/// ponds of which about 1,300 licensed, the water ministry's removals of unlicensed ponds and the halved releases from
/// the Hindiya barrage with canals opened in turns, a Musayyib farmer buying feed and fingerlings on credit, feed per
/// tonne in dinars, the Hilla fish market's price per kilo and chilled imports from Turkey and Iran, ponds' water losses
/// and nitrogen-laden return water, floating cages and recirculating tanks, a vet lab with one oxygen meter, a Dutch FAO
/// expert's night aerators and solar kits for sixty farmers, national farmed-fish output, a compensation fund that only
/// covers licensed ponds and a training plan; Failaka island empty since 1990, a planning council's new private-
/// partnership plan with a protected third, the fourth plan since 2000, a man born there in 1952 who knows his house by
/// its blue door, a residents' committee asking for 340 houses restored, Dilmun and Hellenistic Ikaros, a Danish dig
/// since the late fifties finding round stamp seals, a ten-week season, the ferry from Ras Salmiya with its trips and
/// load, a fast ferry waiting on the plan, a sea cable and small desalination plant, and war-scarred buildings kept as
/// witnesses; Tyre's old-harbour fishermen, 650 fishermen and 280 boats, Phoenician purple dye, the southern waters near
/// Naqoura lost to shooting, forty litres of diesel a night paid in dollars and a subsidy long gone, winter storms that
/// sank two boats, invasive Red Sea species and the poisonous rabbitfish, a warmer sea, a spawning closure nobody can
/// compensate, a fishwife's prices in dollars, a cold room and ice plant waiting on donors, a European project's
/// engines and legal nets, a ministry ban on narrow-mesh nets and strong lights, and the turtle beach reserve) and their
/// questions, asked over one index of all the briefings (dev seed, blind … blind21). Written by a hand that had not read
/// the engine nor run it on them, with a surname shared by two different people in two briefings (حيدر الموسوي, a fish
/// trader in Hilla, and الدكتورة ريم الموسوي, a marine researcher in Lebanon, each asked once with the trade beside the
/// surname), five women (سرى العبيدي، أمل عبد الحسين، منيرة بن نخي، فاطمة بزي، ريم الموسوي) carried on by feminine
/// verbs («وأوضحت العبيدي»، «وحذّرت»، «وتقترح العبيدي»، «وتضيف عبد الحسين»، «وأكدت»، «وأوضحت بن نخي»، «وتقترح بن نخي»،
/// «وترى الموسوي»، «وتضيف بزي»، «وأشارت»), a Dutch expert (بيتر يانسن), a Danish archaeologist (لارس كريستنسن) and an
/// Italian project coordinator (فرانشيسكو مارينو), compound names (عبد الرزاق الجبوري، كاظم أبو رغيف، أمل عبد الحسين،
/// منيرة بن نخي، عبد العزيز الكندري، محمد أبو علفا، حسن عبد الساتر) carried on by their last part alone («ويضيف أبو
/// رغيف»، «وتضيف عبد الحسين»، «وأوضحت بن نخي»، «وأضاف أبو علفا»، «وأضاف عبد الساتر»), quotes before their speaker's
/// name («…»، يقول الحاج كاظم أبو رغيف / يقول العم حمد الدوسري / يقول حسن عبد الساتر), a speaker's words after a
/// scene-setting phrase («وفي المستشفى البيطري في الحلة، تقول…»، «في سوق السمك، تقول…»، «من جهته، قال…»), speakers
/// carried on by a bare «وأضاف» / «وأوضح» / «وأشار» / «وحذّرت» / «وأكدت» / «وأشارت», speakers coming back after others
/// («لكن الجبوري يقول»، «ويختم الجبوري»، «أما أبو رغيف فيقول»، «أما الدوسري فيقول»، «ويختم الفيلكاوي»، «غير أن أبو علفا
/// يرى»، «أما عبد الساتر فيقول»), titles before names (الدكتور، الحاج، المهندسة، الدكتورة، العم، المهندس، الريس), roles
/// asked for instead of names (مدير قسم الثروة السمكية، الباحثة في مركز بحوث الموارد المائية، الطبيبة البيطرية، الخبير
/// الهولندي، رئيس لجنة أهالي فيلكا، أستاذة الآثار، عالم الآثار الدنماركي، مدير العمليات في شركة النقل البحري، رئيس
/// تعاونية صيادي صور، بائعة السمك، منسق المشروع الأوروبي), four unnamed spokesmen or sources (water ministry, planning
/// council, Tyre municipality, agriculture ministry, carried on as «وأشار المتحدث»، «وأوضح المتحدث»، «وأضاف المصدر»),
/// bodies quoted as no one («ووفقًا لأرقام وزارة الزراعة»، «وبحسب وزارة الكهرباء والماء»، «بحسب نقابة صيادي
/// الأسماك»), collective sources that are no one (مراقبون، مختصون، خبراء في التخطيط العمراني، صيادون، خبراء بيئيون),
/// Iraqi, Gulf, Levantine and Egyptian chat spelling with typos and no diacritics, speaker questions with a topic or a
/// misspelt name, and bodies named but never said who heads them, prices, a contractor's name, sums, areas, ages and
/// life facts the briefings do not give, years and neighbours (Diyala, Bubiyan, Sidon) the figures do not cover, so it
/// is the untouched measure: nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind21SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(21), DevSet.LoadBlind(20), new UnseenSetShape("blind21", Briefings: 3, MinQuestions: 200, MinOffTopic: 25, MinAboutSpeaker: 40));
