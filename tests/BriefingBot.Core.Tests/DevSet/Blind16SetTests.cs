using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The sixteenth blind set (<c>blind16/</c>): three briefings (Wadi Do'an's Sidr honey keepers in Hadramout after a dry
/// season, with counterfeit "Do'ani" honey in the Gulf and a long road to the Saudi border, Guellala's potters on Djerba
/// facing worked-out clay pits and few apprentices since the island's World Heritage listing, Ghadames' families
/// rebuilding the old town's mud houses after autumn rains while the spring is dry and the site is still on the danger
/// list) and their questions, asked over one index of all the briefings (dev seed, blind … blind16). Written by a hand
/// that had not read the engine nor run it on them, with a surname shared by a woman and a man in two briefings
/// (أمل الشريف، صالح الشريف), six women, three foreign names (كلوديا برغمان، إيزابيل مارتان،
/// لوكا مارينيلي), compound names (سالم بن عوض باعشن، محمد عبد الرحمن بامطرف، عبد الله أبو بكر العمودي، الهادي بن يوسف،
/// سنية بن عمر، محمد أبو القاسم التواتي، خديجة عبد السلام، عبد الحكيم الزنتاني، إدريس أغ محمد، نجاة بن خليفة), surnames that
/// begin with بن/عبد/أغ and are carried on alone («ويضيف بن يوسف»، «وأوضحت عبد السلام»، «وأضاف أغ محمد»), quotes before
/// their speaker's name, speakers carried on by a bare «وأضاف:», by a feminine pronoun verb («ولفتت»، «وتابعت») and by
/// «أما الشريف فتأمل» / «ويختم التواتي», a speaker named by role before name (عميد بلدية غدامس، المدير الجهوي), «بحسب»
/// before a speaker, three unnamed spokesmen, an unnamed municipal source and an unnamed beekeeper, collective sources that
/// are no one (مراقبون، حرفيون، نحالون، باحثون), Gulf, Egyptian, Levantine, Libyan and Tunisian chat spelling, and bodies
/// named but never said who heads them, prices, a budget and a population the briefings do not give, years and neighbours
/// the figures do not cover and people's life facts, so it is the untouched measure: nobody tunes on it, and a question
/// is never changed because of what the engine answers.
/// </summary>
public sealed class Blind16SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(16), DevSet.LoadBlind(15), new UnseenSetShape("blind16", Briefings: 3, MinQuestions: 175, MinOffTopic: 25, MinAboutSpeaker: 39));
