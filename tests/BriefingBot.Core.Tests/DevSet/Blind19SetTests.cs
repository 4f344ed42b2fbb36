using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The nineteenth blind set (<c>blind19/</c>): three briefings (Fes's Chouara tannery short of Eid sheepskins that
/// middlemen sell on to modern tanneries, tanned goatskin up a quarter in a year, a river plan against chrome from the
/// small chemical workshops, waste water carried out by tanker with its cost split between a rescue agency and the
/// tanners' cooperative, young pit workers on a day wage leaving for building sites, tanners registered for health
/// cover, a French bag designer asking for traceable vegetable tanning and terraces where tourists photograph but do
/// not buy; Siwa's salt lakes drawing people to float and be buried in hot sand, the same lakes fed by free-flowing
/// wells that drown palm and olive groves, salt-and-mud houses and the Shali fortress crumbling, salt lamps and blocks
/// shipped by the container and a governor's drain costed in the hundreds of millions; Sur's last four wooden-dhow
/// yards building sambuks for Gulf yachts and museums, Indian carpenters from Kerala, imported teak up a third, a
/// training programme with a monthly allowance, the dhow Fatah Al Khair and smoke complaints from a neighbourhood) and
/// their questions, asked over one index of all the briefings (dev seed, blind … blind19). Written by a hand that had
/// not read the engine nor run it on them, with a surname shared by two different men in two briefings (كريم السعدي
/// in Fes, سالم بن خميس السعدي in Sur, asked once with his trade beside the surname), three women (سناء التازي، مريم
/// عبد الرازق، هبة الشريف) and an Omani woman named with a feminine nisba (أمل بنت سعيد الغيلانية, carried on as «وبيّنت
/// الغيلانية»), a French woman (إيزابيل مورو, carried on as «وتابعت مورو»), an Italian (ماركو بيليني) and an Indian
/// carpenter (راجو ناير, back at the end with «ويختم ناير»), compound names (عبد السلام بن جلون، عبد الإله الفاسي
/// الفهري، مريم عبد الرازق، موسى أبو حميد، سالم بن خميس السعدي، سعود آل عمر) carried on by their last part alone
/// («ويضيف بن جلون»، «وتابع الفهري»، «وتحذر عبد الرازق»، «ويضيف أبو حميد»، «وقال آل عمر»), quotes before their speaker's
/// name («…»، يقول السعدي / تقول الشريف / يقول الوالد السعدي), speakers carried on by a bare «وأضاف» / «وأوضح» and by
/// feminine pronoun verbs («وأوضحت»، «وأضافت»), speakers coming back after others («أما الحاج بن جلون فيرى»، «لكن أبو
/// حميد يرى»، «أما عبد الرازق فتختم»، «ويختم الوزاني»), a speaker quoted inside a paragraph about others («وهو ما يرفضه
/// بن جلون قائلًا»), titles before names (الحاج، الدكتورة، اللواء، الشيخ، الوالد، المهندسة), roles asked for instead of
/// names (محافظ مطروح، المدير الجهوي للصناعة التقليدية، مديرة دائرة الحرف التقليدية), three unnamed spokesmen or sources
/// (carried on as «وأضاف المتحدث» and «وأشار المصدر»), collective sources that are no one (مراقبون، حرفيون، الدباغون،
/// مزارعون، خبراء، أدلاء محليون، بحارة قدامى), Moroccan, Egyptian, Gulf, Levantine and Tunisian chat spelling, and
/// bodies named but never said who heads them, prices, a company's name, fees, ages and a degree the briefings do not
/// give, years and neighbours the figures do not cover, so it is the untouched measure: nobody tunes on it, and a
/// question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind19SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(19), DevSet.LoadBlind(18), new UnseenSetShape("blind19", Briefings: 3, MinQuestions: 170, MinOffTopic: 25, MinAboutSpeaker: 36));
