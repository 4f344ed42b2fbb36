using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «a description going on with the one just heard» (`DescribedEarlier.GoesOnWithTheOneJustHeard`): a verb that goes
/// on («ويضيف»، «وأضاف») with a description no aside gave anyone («التاجر») is the speaker just heard; a plural is a
/// group, another verb («ويقول») is read as before, and with no one heard the description stays no one's.
/// </summary>
public class SpeakerDescriptionGoingOnWithTheOneJustHeardTests
{
    private const string Trader =
        "ويعوّل عبد الكريم الشرعبي، الذي يتاجر بالمعاوز الزبيدية في سوق المدينة منذ ثلاثين عامًا، على المغتربين العائدين، قائلًا إن معوز النيلة الأصلي يباع بثلاثة أضعاف المصبوغ كيميائيًا.";

    [Fact]
    public void A_going_on_verb_with_a_description_is_the_one_just_heard() =>
        AssertSpeakers([Trader, "ويضيف التاجر أن الزبون الخبير يعرف النيلة من رائحتها."], (1, "عبد الكريم الشرعبي"));

    [Fact]
    public void A_plural_after_a_going_on_verb_is_a_group() =>
        AssertSpeakers([Trader, "ويضيف المزارعون أن النيلة لم تعد تزرع في الوادي."], (1, null));

    [Fact]
    public void A_description_after_narration_stays_no_ones() =>
        AssertSpeakers(["وتمتد السوق على زقاقين ضيقين قرب الجامع الكبير.", "ويضيف التاجر أن الزبون الخبير يعرف النيلة من رائحتها."], (1, null));
}
