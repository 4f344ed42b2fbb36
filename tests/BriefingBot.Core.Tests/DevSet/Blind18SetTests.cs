using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The eighteenth blind set (<c>blind18/</c>): three briefings (AlUla's winter digging season, with a temple wall and
/// new Lihyanite king lists at Dadan, the Lion Tombs closed for cracks, Hegra's Nabataean tombs kept to two thousand
/// visitors a day with humidity sensors inside, local guides trained by the hundred and an old mud-brick town restored
/// while its former families wait for compensation, Nablus's knafeh makers squeezed between Nabulsi cheese and ghee
/// prices, checkpoints that keep customers from Jenin and Ramallah away, imported cheese passed off as local, women
/// baking knafeh at home and a plan to register the name as a geographical indication, Kuwait's spring desert camps at
/// Subiya and Mutla'a with their licences, refundable deposit and removed illegal camps, trampled plants and dust, tent
/// fires, old munitions and a new trade in ready-made rented camps) and their questions, asked over one index of all
/// the briefings (dev seed, blind … blind18). Written by a hand that had not read the engine nor run it on them, with a
/// surname shared by a woman and a man in two briefings (نورة العنزي، فهد العنزي, the latter asked by surname alone
/// with a masculine verb), five women (نورة العنزي، ريم الشهري، سماح عبد الهادي، هيا المطيري، دانة الكندري) and a Spanish
/// woman (كارمن رويث, carried on as «وتابعت رويث»), a French name (لوران برنار, carried on as
/// «وأشار برنار» and back at the end with «وختم برنار») and an Indian worker (سانجاي كومار), compound names (عبد الرحمن
/// بن فالح العطوي، خالد آل مشيط، زياد أبو الرب، سماح عبد الهادي، ناصر بن عيد الرشيدي) carried on by their last part alone
/// («ويضيف العطوي»، «وبيّن آل مشيط»، «ويقول أبو الرب»، «وتضيف عبد الهادي»، «وأكد الرشيدي»), quotes before their
/// speaker's name («…»، تقول / يقول / بحسب دروزة), speakers carried on by a bare «وأضاف» / «وأشار» / «وتابع» and by
/// feminine pronoun verbs («وأوضحت»، «ولفتت»، «وأضافت»), speakers coming back after others («أما الدكتور آل مشيط فقال»،
/// «وترى العنزي»، «ويختم أبو الرب»، «ويتوقع الرشيدي»), titles before names (الدكتورة، الدكتور، الحاج، المهندس), three
/// unnamed spokesmen or sources (one carried on as «وأضاف المتحدث» and «ونصح المصدر»), collective sources that are no one
/// (مراقبون، مزارعون، خبراء، تجار، هواة), Gulf, Levantine, Egyptian and Maghrebi chat spelling, and bodies named but never
/// said who heads them, prices, a budget, a book's title and ages the briefings do not give, years and neighbours the
/// figures do not cover, so it is the untouched measure: nobody tunes on it, and a question is never changed because of
/// what the engine answers.
/// </summary>
public sealed class Blind18SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(18), DevSet.LoadBlind(17), new UnseenSetShape("blind18", Briefings: 3, MinQuestions: 175, MinOffTopic: 25, MinAboutSpeaker: 38));
