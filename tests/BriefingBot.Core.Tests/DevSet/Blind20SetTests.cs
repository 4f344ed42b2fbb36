using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The twentieth blind set (<c>blind20/</c>): three briefings (Shibam's mud-brick tower houses in Wadi Hadramout after
/// autumn rains brought three of them down and cracked forty more, empty houses whose roofs nobody re-plastered, the
/// master builders down from sixty to fifteen, sun-dried brick made from the wadi's own mud, young builders leaving
/// for Saudi building sites, the white lime plaster (nora) burnt in two surviving kilns and undercut by white cement,
/// students drawing every house, restoration costed per house with money for fifteen, a German adviser's yearly
/// maintenance fund, a family that spent a year's salary on its roof, the 2008 flood and the stone wall at the hill's
/// foot; Kufra's centre-pivot wheat circles back from 22 to 64, a state price per tonne paid in two instalments,
/// diesel generators idle for nine days and black-market fuel, a mills company's tonnage and payment delay, the Nubian
/// sandstone aquifer dropping more than thirty metres, water meters and barley, Sudanese and Chadian harvest hands, a
/// Turkish technician fighting sand in the bearings, seed contracts and a thousand-kilometre truck road with its
/// checkpoints; Sudan's camel exports rerouted by the war from El Obeid round the fighting to Dongola, transit levies
/// to officials and gunmen, herders robbed twice, the Dongola veterinary quarantine at twice its capacity, the Argeen
/// crossing and Daraw market prices in Egyptian pounds, Suakin-to-Jeddah shipments halved, a Saudi importer looking to
/// the Horn of Africa and a minister's fee cut) and their questions, asked over one index of all the briefings (dev
/// seed, blind … blind20). Written by a hand that had not read the engine nor run it on them, with a surname shared by
/// two different people in two briefings (فيصل الحداد, a young builder in Shibam, and الدكتورة آمنة الحداد, a vet in
/// Dongola, each asked once with the trade beside the surname), three women (نجلاء الكاف، ربيعة الفاخري، آمنة الحداد)
/// carried on by feminine verbs («وأوضحت الكاف»، «وحذّرت»، «وتضيف الكاف»، «وترى الفاخري»، «وأضافت»، «وتؤكد الحداد»), a
/// German (كلاوس ريختر), a Turkish technician (مراد أوزتورك) and a Chadian harvest hand (يوسف آدم), compound names (عبد
/// الله باحميد، سعيد بن علي العمودي، عمر أبو بكر السقاف، عبد الكريم الزوي، إدريس بن عمران، سالم أبو زيد، حامد ود الزين،
/// بشير عبد الله أبكر، رجب عبد العال، فهد آل شايع) carried on by their last part alone («ويضيف بن عمران»، «ويوضح أبو
/// زيد»، «وأضاف ود الزين»، «وأشار عبد العال»، «ويضيف آل شايع»), quotes before their speaker's name («…»، يقول السقاف /
/// يقول أبو زيد / يقول أبكر), a speaker's words after a scene-setting sentence in the same paragraph («…. يقول العمودي»،
/// «…. تقول المهندسة ربيعة الفاخري»), speakers carried on by a bare «وأضاف» / «وأوضح» / «وحذّرت», speakers coming back
/// after others («أما العمودي فيختم»، «وأكد باحميد»، «أما بن عمران فيقول»، «غير أن ود الزين يرى»، «وقال الزوي»), titles
/// before names (المهندس، المهندسة، المعلم، الدكتورة، الحاج، التاجر، الدكتور), roles asked for instead of names (مدير فرع
/// هيئة المدن التاريخية، مدير مشروع الكفرة الإنتاجي، الباحثة في الهيئة العامة للمياه، صاحب شركة النقل، مديرة المحجر
/// البيطري، وزير الثروة الحيوانية، المستورد السعودي), three unnamed spokesmen or sources (carried on as «وأشار المتحدث»
/// and «وأضاف المصدر»), bodies quoted as no one («وفقًا للهيئة»، «وفقًا لأرقام رسمية»), collective sources that are no
/// one (مراقبون، خبراء زراعيون، مزارعون، رعاة), Yemeni-Gulf, Egyptian, Levantine, Libyan and Moroccan chat spelling, and
/// bodies named but never said who heads them, prices, a company's and an organisation's name, ages and life facts
/// the briefings do not give, years and neighbours the figures do not cover, so it is the untouched measure: nobody
/// tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind20SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(20), DevSet.LoadBlind(19), new UnseenSetShape("blind20", Briefings: 3, MinQuestions: 180, MinOffTopic: 25, MinAboutSpeaker: 40));
