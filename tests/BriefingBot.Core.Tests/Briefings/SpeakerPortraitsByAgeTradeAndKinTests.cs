using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// People a portrait of a market narrates first and carries on by what they are: an age given in a relative clause
/// («، الذي تجاوز السبعين،») and met again as «العجوز» or «الرجل السبعيني», a seller told by «، الذي يبيع …،» and met
/// again as «البائع» or «التاجر», a young designer met again after «بحسب», relatives named after two kin words, a mosque's
/// imam with its pronoun, and a woman set apart by «أما» with a relative clause before her «فـ» verb.
/// </summary>
public class SpeakerPortraitsByAgeTradeAndKinTests
{
    [Fact]
    public void A_woman_set_apart_by_amma_with_a_relative_clause_speaks_and_goes_on()
    {
        var briefing = Parse(
            "ويقول الدلال خالد المطيري إن الحراج مزدحم منذ الفجر.",
            "أما نبيلة الحربي، التي فتحت قبل عامين مشغلًا صغيرًا للخياطة، فتقول إن الطلب تضاعف قبل العيد.",
            "وتضيف أن الأقمشة المستوردة صارت أغلى بالثلث.");
        Assert.Equal("نبيلة الحربي", briefing.Passages[1].Speaker);
        Assert.Equal("نبيلة الحربي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_old_man_points_back_to_the_one_introduced_past_seventy()
    {
        var briefing = Parse(
            "يجلس محمد العتيبي، الذي تجاوز السبعين، قرب باب دكانه القديم في سوق المسوكف.",
            "ويتذكر العجوز أن السوق كان يغلق أبوابه وقت الصلاة كلها.");
        Assert.Equal("محمد العتيبي", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void An_age_outranks_the_relative_heard_just_before()
    {
        var briefing = Parse(
            "يجلس محمد العتيبي، الذي تجاوز السبعين، قرب باب دكانه، ويقول إن الزبائن تغيروا.",
            "يقاطعه حفيده ياسر، وهو طالب في الجامعة، ليقول إن جده لا يبيع عبر الهاتف.",
            "ويصر الرجل السبعيني على أنه لن يغلق الدكان ما دام قادرًا على الجلوس فيه.");
        Assert.Equal("محمد العتيبي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_young_designer_after_bihasab_is_the_woman_introduced_in_her_twenties()
    {
        var briefing = Parse(
            "وتعمل ريم القحطاني، وهي مصممة في الخامسة والعشرين، على علب الهدايا في مشغل صغير.",
            "وبحسب المصممة الشابة، فإن العلبة المزخرفة تضاعف سعر ما فيها.");
        Assert.Equal("ريم القحطاني", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_seller_told_by_his_relative_clause_is_the_seller_and_the_trader()
    {
        var briefing = Parse(
            "ويقف سعيد الغامدي، الذي يبيع البن منذ عشرين عامًا، خلف ميزانه النحاسي.",
            "ويقول البائع إن سعر الكيلو ارتفع مرتين هذا العام.",
            "ويرى التاجر أن المقاهي الحديثة لم تأخذ زبائنه.");
        Assert.Equal("سعيد الغامدي", briefing.Passages[1].Speaker);
        Assert.Equal("سعيد الغامدي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_mosques_imam_with_its_pronoun_is_a_title_before_the_name()
    {
        var briefing = Parse(
            "ويصلي الباعة الفجر في جامع السوق، ويقول إمامه الشيخ صالح المنيع إن الأمانة رأس مال التاجر.");
        Assert.Equal("صالح المنيع", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void Urging_those_told_with_their_pronoun_on_the_verb_is_a_statement()
    {
        var briefing = Parse(
            "ويحثهم إمامه الشيخ صالح المنيع في كلمة قصيرة على الصدق في الوزن، ويحذرهم من \"الغش في الميزان\".");
        Assert.Equal("صالح المنيع", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void How_it_was_said_after_the_verb_is_no_name()
    {
        var briefing = Parse(
            "ويقول خالد المطيري إن الحراج مزدحم منذ الفجر.",
            "ويهز الرجل رأسه، ثم يقول بلهجة نجدية إن \"الشغل ما يوقف\".");
        Assert.DoesNotContain(briefing.Speakers, s => s.Contains("بلهجة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_description_with_an_age_two_people_fit_is_no_one()
    {
        var briefing = Parse(
            "يجلس محمد العتيبي، الذي تجاوز السبعين، قرب باب دكانه، وإلى جانبه صالح الحربي، الذي تجاوز السبعين أيضًا، صامتًا.",
            "ويتذكر العجوز أن السوق كان يغلق أبوابه وقت الصلاة.");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    private static Briefing Parse(params string[] paragraphs) =>
        new BriefingParser().Parse($"---\nid: 2027-01-07-portraits-by-age-trade-and-kin\ntitle: سوق يروي أهله\ndate: 2027-01-07\n---\n\n{string.Join("\n\n", paragraphs)}\n");
}
