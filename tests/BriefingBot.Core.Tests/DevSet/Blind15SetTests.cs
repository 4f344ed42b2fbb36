using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// The fifteenth blind set (<c>blind15/</c>): three briefings (Fayoum farmers trading diesel pumps for solar ones while
/// the groundwater and Lake Qarun pay for it, Aleppo's laurel soap makers reopening their old workshops against dear oil
/// and counterfeits, Halabja's pomegranate growers after a bumper season and a price collapse) and their questions, asked
/// over one index of all the briefings (dev seed, blind … blind15). Written by a hand that had not read the engine nor
/// run it on them, with a surname shared by a man and a woman in two briefings (النجار) and a near-namesake pair in one
/// (الدباغ، الصباغ), seven women, three foreign names, compound names (عبد الرازق، أبو زيد، أم هاشم عبد الحميد،
/// عبد الغني، أبو شقرا، سعيد بن حمد آل علي، بيشتيوان عبد الله), a surname that is also a first name (نسرين أحمد), quotes
/// before their speaker's name, speakers carried on by surname alone, by a bare «وأضاف:», by a feminine pronoun verb
/// («وتابعت»، «ولفتت») and by title alone («وأكد الوزير»), two unnamed spokesmen and an unnamed customs source, collective
/// sources that are no one (مراقبون، صانعون قدامى، مزارعون، التجار), Egyptian, Gulf, Iraqi, Levantine and Maghrebi chat
/// spelling, and bodies named but never said who heads them, prices and a tariff and a fund the briefings do not give,
/// years and neighbours the figures do not cover and people's life facts, so it is the untouched measure: nobody tunes on
/// it, and a question is never changed because of what the engine answers.
/// </summary>
public sealed class Blind15SetTests(ITestOutputHelper output)
    : UnseenSetTests(output, DevSet.LoadBlind(15), DevSet.LoadBlind(14), new UnseenSetShape("blind15", Briefings: 3, MinQuestions: 170, MinOffTopic: 25, MinAboutSpeaker: 35));
