using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Off-topic questions made of a briefing's own words that ask of something next to what it tells: a country of two
/// words it never names («المملكة المتحدة»، «جنوب السودان» beside Sudan), and the fair questions of the same shapes,
/// which stay answered.
/// </summary>
public sealed class NeighboursTiersAndUnnamedCheckTests() : BriefingsAnswerSpec(Ferry)
{
    private static readonly Briefing Ferry = Indexes.Briefing(
        "2026-11-28-ferry",
        new DateOnly(2026, 11, 28),
        "وحملت العبّارة في رحلتها الأولى من سواكن إلى جدة ثمانمئة وسبعين راكبًا، وفق هيئة الموانئ البحرية.",
        "وترعى الولايات المتحدة والسعودية منذ عام 2023 محادثات متقطعة في جدة بين طرفي الحرب في السودان.",
        "ونزح أكثر من مئة ألف شخص من ولاية الجزيرة في السودان خلال شهر واحد، بحسب منظمة الهجرة.",
        "ويصل يوميًا نحو ثلاثمئة لاجئ جديد إلى مخيمات قرب الحدود مع إثيوبيا، وفق المفوضية.",
        "ويبلغ سعر تذكرة الدرجة السياحية مئتين وخمسين ريالًا، ويُنقل السيارة الصغيرة مقابل تسعمئة ريال.",
        "وقد سافر عثمان الطيب إلى بلدته مع زميل له من الورشة نفسها.",
        "وقال التاجر هاشم إدريس إن رسوم الجمارك في سواكن غير واضحة حتى الآن، وإن ثلاثة تجار فقط استوردوا عبر الميناء.",
        "وكان الطبيب خالد النور قد درس الطب في جامعة الإسكندرية قبل أن يعمل في عيادة الميناء.",
        "وقال مهندس بحري في الميناء، طلب عدم ذكر اسمه، إن العبّارة بُنيت في اليونان قبل ثلاثين عامًا.",
        "وقال وزير النقل السوداني أبوبكر الأمين إن الحكومة أنفقت اثني عشر مليون دولار على تأهيل رصيف الركاب في سواكن.");

    [Fact]
    public void A_country_of_two_words_no_briefing_names_is_an_unknown_place()
    {
        var britain = Ask("هل تشارك المملكة المتحدة في محادثات جدة؟");
        var america = Ask("هل تشارك الولايات المتحدة في محادثات جدة؟");

        Assert.Equal(DeclineReason.UnknownPlace, britain.Declined);
        Assert.True(america.Answered, america.Declined?.ToString());
    }

    [Fact]
    public void South_Sudan_is_not_Sudan()
    {
        var south = Ask("كم عدد النازحين في جنوب السودان؟");
        var sudan = Ask("كم عدد النازحين في السودان؟");

        Assert.Equal(DeclineReason.UnknownPlace, south.Declined);
        Assert.True(sudan.Answered, sudan.Declined?.ToString());
    }

    [Fact]
    public void A_country_is_named_by_its_two_words_or_its_one_word_name_alike()
    {
        var america = Ask("هل تشارك أمريكا في محادثات جدة؟");

        Assert.True(america.Answered, america.Declined?.ToString());
        Assert.Contains("الولايات المتحدة", america.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_of_spending_after_how_much_asks_a_sum_of_money_said_of_the_place()
    {
        var donated = Ask("كم تبرعت منظمة الهجرة للنازحين في السودان؟");
        var spent = Ask("كم أنفقت الحكومة على تأهيل رصيف الركاب في السودان؟");

        Assert.Equal(DeclineReason.FactNotOfSubject, donated.Declined);
        Assert.True(spent.Answered, spent.Declined?.ToString());
    }

    [Fact]
    public void A_neighbour_named_only_as_where_people_go_is_not_where_the_count_is()
    {
        var neighbour = Ask("كم عدد اللاجئين في إثيوبيا؟");
        var border = Ask("كم لاجئًا يصل يوميًا إلى الحدود مع إثيوبيا؟");

        Assert.Equal(DeclineReason.FactNotOfSubject, neighbour.Declined);
        Assert.True(border.Answered, border.Declined?.ToString());
    }

    [Fact]
    public void Where_a_quoted_person_studied_is_answered_only_where_the_briefing_says_it()
    {
        var untold = Ask("أين درس أبوبكر الأمين؟");
        var school = Ask("في أي جامعة درس عثمان الطيب؟");
        var told = Ask("في أي جامعة درس خالد النور؟");

        Assert.False(untold.Answered, untold.Outcome.ToString());
        Assert.False(school.Answered, school.Outcome.ToString());
        Assert.True(told.Answered, told.Declined?.ToString());
    }

    [Fact]
    public void The_office_of_another_country_does_not_tell_who_holds_the_one_asked()
    {
        var saudi = Ask("من هو وزير النقل السعودي؟");
        var sudanese = Ask("من هو وزير النقل السوداني؟");

        Assert.Equal(DeclineReason.AttributeNotOfSubject, saudi.Declined);
        Assert.True(sudanese.Answered, sudanese.Declined?.ToString());
    }

    [Fact]
    public void The_name_of_a_person_the_news_leaves_unnamed_is_not_given()
    {
        var colleague = Ask("ما اسم زميل عثمان الطيب؟");
        var engineer = Ask("ما اسم المهندس البحري الذي تحدث عن العبارة؟");
        var named = Ask("ما اسم الطبيب الذي درس في جامعة الإسكندرية؟");

        Assert.Equal(DeclineReason.NameNotGiven, colleague.Declined);
        Assert.Equal(DeclineReason.NameNotGiven, engineer.Declined);
        Assert.True(named.Answered, named.Declined?.ToString());
    }

    [Fact]
    public void A_fee_asked_how_much_is_a_sum_of_money()
    {
        var customs = Ask("كم تبلغ رسوم الجمارك في سواكن؟");
        var ticket = Ask("كم سعر تذكرة الدرجة السياحية؟");

        Assert.False(customs.Answered, customs.Outcome.ToString());
        Assert.True(ticket.Answered, ticket.Declined?.ToString());
    }
}
