using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The seventeenth blind set (<c>blind17/</c>): three briefings (Morek's pistachio growers in the Hama countryside
/// regrafting orchards cut down in the war while a late April frost halves the crop, wells run low and "Morek" pistachio
/// is counterfeited in the market, Hatta's winter crowds at the dam lake, its heritage guesthouses and hydroelectric
/// plant, with traffic, land prices and a fragile mountain wildlife against them, the Béchar - Tindouf railway pushing
/// across dunes and hamada towards the Gara Djebilet iron mine while truckers fear for their trade and camel herders ask
/// for crossings and wells) and their questions, asked over one index of all the briefings (dev seed, blind … blind17).
/// Written by a hand that had not read the engine nor run it on them, with a surname shared by a man and a woman in two
/// briefings (فواز الهاشمي، مريم الهاشمي), four women (سلمى عبد النور، رنا الخطيب، مريم الهاشمي، حورية زروقي) and a foreign
/// woman (إيما كارتر), two other foreign names (يوهانس كلاين، تشانغ وي, the latter carried on as «وأشار تشانغ»), compound
/// names (محمود أبو زيد، سلمى عبد النور، راشد بن حميد آل علي، عبيد بن مصبح البدواوي، عبد المجيد بن عيسى، محمد سالم ولد
/// البشير) carried on by their last part alone («ويقول أبو زيد»، «وتضيف عبد النور»، «وقال آل علي»، «وأوضح بن عيسى»،
/// «وأضاف ولد البشير»), quotes before their speaker's name («…»، تقول / يضيف / يقول), speakers carried on by a bare
/// «وأضاف» and by feminine pronoun verbs («وأوضحت»، «ولفتت»، «وتابعت»، «وأكدت»), a speaker coming back after others with
/// «في المقابل، أكد بوزيد» and «ويختم سعداوي», «بحسب المهيري» after his earlier passages, «أما … فرأى / فترى», titles
/// before names (الحاج، المهندس، الدكتورة، الوالد، وزير الأشغال العمومية), two unnamed spokesmen and an unnamed railway
/// source, collective sources that are no one (مزارعون، تجار، مراقبون، خبراء، أرقام أولية), Levantine, Gulf, Egyptian and
/// Algerian chat spelling, and bodies named but never said who heads them, prices, a cost and populations the briefings
/// do not give, years and neighbours the figures do not cover and people's life facts, so it is the untouched measure:
/// nobody tunes on it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind17SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(17), DevSet.LoadBlind(16), new UnseenSetShape("blind17", Briefings: 3, MinQuestions: 170, MinOffTopic: 25, MinAboutSpeaker: 36));
