using BriefingBot.Core.Tests.Support;

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
        var briefing = ParsedBriefing.Parse(
            "ويقول الدلال خالد المطيري إن الحراج مزدحم منذ الفجر.",
            "أما نبيلة الحربي، التي فتحت قبل عامين مشغلًا صغيرًا للخياطة، فتقول إن الطلب تضاعف قبل العيد.",
            "وتضيف أن الأقمشة المستوردة صارت أغلى بالثلث.");
        Assert.Equal("نبيلة الحربي", briefing.Passages[1].Speaker);
        Assert.Equal("نبيلة الحربي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_old_man_points_back_to_the_one_introduced_past_seventy()
    {
        var briefing = ParsedBriefing.Parse(
            "يجلس محمد العتيبي، الذي تجاوز السبعين، قرب باب دكانه القديم في سوق المسوكف.",
            "ويتذكر العجوز أن السوق كان يغلق أبوابه وقت الصلاة كلها.");
        Assert.Equal("محمد العتيبي", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void An_age_outranks_the_relative_heard_just_before()
    {
        var briefing = ParsedBriefing.Parse(
            "يجلس محمد العتيبي، الذي تجاوز السبعين، قرب باب دكانه، ويقول إن الزبائن تغيروا.",
            "يقاطعه حفيده ياسر، وهو طالب في الجامعة، ليقول إن جده لا يبيع عبر الهاتف.",
            "ويصر الرجل السبعيني على أنه لن يغلق الدكان ما دام قادرًا على الجلوس فيه.");
        Assert.Equal("محمد العتيبي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_young_designer_after_bihasab_is_the_woman_introduced_in_her_twenties()
    {
        var briefing = ParsedBriefing.Parse(
            "وتعمل ريم القحطاني، وهي مصممة في الخامسة والعشرين، على علب الهدايا في مشغل صغير.",
            "وبحسب المصممة الشابة، فإن العلبة المزخرفة تضاعف سعر ما فيها.");
        Assert.Equal("ريم القحطاني", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_seller_told_by_his_relative_clause_is_the_seller_and_the_trader()
    {
        var briefing = ParsedBriefing.Parse(
            "ويقف سعيد الغامدي، الذي يبيع البن منذ عشرين عامًا، خلف ميزانه النحاسي.",
            "ويقول البائع إن سعر الكيلو ارتفع مرتين هذا العام.",
            "ويرى التاجر أن المقاهي الحديثة لم تأخذ زبائنه.");
        Assert.Equal("سعيد الغامدي", briefing.Passages[1].Speaker);
        Assert.Equal("سعيد الغامدي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_relative_named_after_two_kin_words_speaks_later_in_the_sentence()
    {
        var briefing = ParsedBriefing.Parse(
            "وعلى الرصيف المقابل يقف ابن عمه ناصر الشمري، الذي يبيع العسل في محل صغير، ويؤكد أن الموسم كان ضعيفًا.");
        Assert.Equal("ناصر الشمري", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void A_mosques_imam_with_its_pronoun_is_a_title_before_the_name()
    {
        var briefing = ParsedBriefing.Parse(
            "ويصلي الباعة الفجر في جامع السوق، ويقول إمامه الشيخ صالح المنيع إن الأمانة رأس مال التاجر.");
        Assert.Equal("صالح المنيع", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void Urging_those_told_with_their_pronoun_on_the_verb_is_a_statement()
    {
        var briefing = ParsedBriefing.Parse(
            "ويحثهم إمامه الشيخ صالح المنيع في كلمة قصيرة على الصدق في الوزن، ويحذرهم من \"الغش في الميزان\".");
        Assert.Equal("صالح المنيع", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void How_it_was_said_after_the_verb_is_no_name()
    {
        var briefing = ParsedBriefing.Parse(
            "ويقول خالد المطيري إن الحراج مزدحم منذ الفجر.",
            "ويهز الرجل رأسه، ثم يقول بلهجة نجدية إن \"الشغل ما يوقف\".");
        Assert.DoesNotContain(briefing.Speakers, s => s.Contains("بلهجة", StringComparison.Ordinal));
    }

    [Fact]
    public void What_a_person_refuses_because_of_his_own_reasons_is_no_speaker()
    {
        var briefing = ParsedBriefing.Parse(
            "ويتولى حفيده فارس، وهو طالب في كلية الزراعة، البيع عبر الهاتف، ويرى أن جده يخسر لأنه يرفض تبريد الرطب في المصانع، وأن المبرد يباع بضعف السعر.");
        Assert.Equal("فارس", briefing.Passages[0].Speaker);
    }

    [Fact]
    public void A_surname_met_earlier_narrated_at_the_head_speaks_through_the_joined_verb()
    {
        var briefing = ParsedBriefing.Parse(
            "«بطيخ أحمر، عشرة ريالات!»، يقول فهد الدوسري وهو يدفع عربته بين السيارات.",
            "ويعمل الدوسري بائعًا متجولًا منذ عشر سنوات، وقد ورث العربة عن أبيه، ويقول إن البلدية تلاحقه كل صيف.");
        Assert.Equal("فهد الدوسري", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_woman_set_apart_by_amma_in_narration_is_who_the_next_feminine_verb_quotes()
    {
        var briefing = ParsedBriefing.Parse(
            "ويقول الدلال خالد المطيري إن الحراج مزدحم منذ الفجر.",
            "أما نبيلة الحربي، فتدير مشغلًا صغيرًا للخياطة في الحي منذ سنوات.",
            "وتقول إن الطلب تضاعف قبل العيد.");
        Assert.Null(briefing.Passages[1].Speaker);
        Assert.Equal("نبيلة الحربي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_bare_verb_agreeing_with_the_one_just_heard_still_goes_on_with_them()
    {
        var briefing = ParsedBriefing.Parse(
            "ويقول الدلال خالد المطيري إن الحراج مزدحم منذ الفجر.",
            "أما نبيلة الحربي، فتدير مشغلًا صغيرًا للخياطة في الحي منذ سنوات.",
            "ويضيف أن الأسعار ارتفعت.");
        Assert.NotEqual("نبيلة الحربي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_grandfather_is_who_was_heard_before_his_grandson_came_in()
    {
        var briefing = ParsedBriefing.Parse(
            "يجلس محمد العتيبي قرب باب دكانه، ويقول إن الزبائن تغيروا.",
            "ويتولى حفيده ياسر، وهو طالب في الجامعة، البيع عبر الهاتف، ويرى أن جده يخسر كل موسم.",
            "ويهز الجد رأسه عند سماع ذلك، ثم يقول بلهجة نجدية إن \"الهاتف ما يعرف التمر\".");
        Assert.Equal("ياسر", briefing.Passages[1].Speaker);
        Assert.Equal("محمد العتيبي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_grandmother_is_no_one_when_the_grandson_was_brought_in_by_a_man()
    {
        var briefing = ParsedBriefing.Parse(
            "يجلس محمد العتيبي قرب باب دكانه، ويقول إن الزبائن تغيروا.",
            "ويتولى حفيده ياسر، وهو طالب في الجامعة، البيع عبر الهاتف، ويرى أن جده يخسر كل موسم.",
            "وتهز الجدة رأسها، ثم تقول إن الدكان لن يغلق.");
        Assert.NotEqual("محمد العتيبي", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void A_description_with_an_age_two_people_fit_is_no_one()
    {
        var briefing = ParsedBriefing.Parse(
            "يجلس محمد العتيبي، الذي تجاوز السبعين، قرب باب دكانه، وإلى جانبه صالح الحربي، الذي تجاوز السبعين أيضًا، صامتًا.",
            "ويتذكر العجوز أن السوق كان يغلق أبوابه وقت الصلاة.");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void Amma_with_its_conjunction_is_no_part_of_the_name_it_sets_apart()
    {
        var briefing = ParsedBriefing.Parse(
            "وأما سيف الظاهري، وهو تاجر شاب ورث حظيرة أبيه في السوق، فيقول إنه يبيع الهجن للمضمرين.");
        Assert.Equal("سيف الظاهري", briefing.Passages[0].Speaker);
    }
}
