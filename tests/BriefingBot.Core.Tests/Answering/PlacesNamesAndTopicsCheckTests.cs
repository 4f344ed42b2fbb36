using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Off-topic questions on a briefing's own entities that the briefing cannot answer: the name of a company it speaks of
/// only as «الشركة الكورية», the holder of an office it never names, a port it never mentions, what a quoted person said
/// of a subject the briefings never touch; and the fair questions of the same shapes, which stay answered.
/// </summary>
public sealed class PlacesNamesAndTopicsCheckTests() : BriefingsAnswerSpec(Port)
{
    private static readonly Briefing Port = Indexes.Briefing(
        "2026-11-25-port",
        new DateOnly(2026, 11, 25),
        "قال وزير النقل العراقي رزاق السعداوي إن العمل في أرصفة ميناء الفاو بلغ نسبة إنجاز تفوق تسعين في المئة.",
        "وأضاف السعداوي أن الشركة الكورية المنفذة للأرصفة سلّمت أيضًا النفق المغمور الذي يربط الميناء بمدينة أم قصر.",
        "ويستقبل مخيم دولو على الحدود مع إثيوبيا يوميًا نحو ثلاثمئة نازح جديد، بحسب المجلس النرويجي للاجئين.",
        "وقال السفير الإيراني في بغداد إن طهران تفضل ربط الفاو بسكة الشلامجة أولًا.",
        "وتقول الطبيبة فاطمة الأمين إن عدد الأطفال المصابين بسوء التغذية تضاعف خلال شهرين.");

    [Fact]
    public void The_name_of_a_company_spoken_of_only_by_its_origin_with_the_article_is_not_given()
    {
        var name = Ask("ما اسم الشركة الكورية؟");
        var what = Ask("ماذا سلمت الشركة الكورية؟");

        Assert.Equal(DeclineReason.NameNotGiven, name.Declined);
        Assert.True(what.Answered, what.Declined?.ToString());
    }

    [Fact]
    public void Asking_the_name_of_an_office_holder_is_asking_who_holds_it()
    {
        var camp = Ask("ما اسم مدير مخيم دولو؟");
        var minister = Ask("ما اسم وزير النقل العراقي؟");

        Assert.False(camp.Answered, camp.Outcome.ToString());
        Assert.True(minister.Answered, minister.Declined?.ToString());
        Assert.StartsWith("قال وزير النقل", minister.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_named_after_its_kind_by_a_word_the_briefings_never_use_is_another_place()
    {
        var other = Ask("كم عدد الأرصفة في ميناء جبل علي؟");
        var camp = Ask("كم نازح يصل مخيم دولو يوميا؟");

        Assert.Equal(DeclineReason.UnknownPlace, other.Declined);
        Assert.True(camp.Answered, camp.Declined?.ToString());
    }

    [Fact]
    public void A_country_the_briefings_name_only_by_its_adjective_is_a_place_they_know()
    {
        var answer = Ask("ماذا تفضل ايران؟");

        Assert.NotEqual(DeclineReason.UnknownPlace, answer.Declined);
        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void What_a_quoted_person_said_of_a_subject_no_briefing_mentions_is_declined()
    {
        var cholera = Ask("ماذا قالت الطبيبة عن الكوليرا؟");
        var children = Ask("ماذا قالت الطبيبة عن الأطفال؟");

        Assert.Equal(DeclineReason.UnknownThing, cholera.Declined);
        Assert.True(children.Answered, children.Declined?.ToString());
    }
}
