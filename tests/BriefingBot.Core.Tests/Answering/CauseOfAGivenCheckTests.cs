using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A why-question about a happening the passages tell only as a given («منذ اندلاع الحرب …»، «بعد توقف الأعمال …»،
/// is declined: they are news of what followed it. A passage telling the happening as its
/// news, or giving its cause right after the given, answers.
/// </summary>
public sealed class CauseOfAGivenCheckTests() : BriefingsAnswerSpec(Somalia)
{
    private static readonly Briefing Somalia = Indexes.TitledBriefing(
        "2026-12-04-somalia",
        "الصومال: شلن جديد بعد ثلاثة عقود",
        "ومنذ اندلاع الحرب الأهلية في مطلع التسعينيات، نزح أكثر من مليوني صومالي داخل البلاد وخارجها.",
        "يقول المزارع أبو علي من قضاء جوهر، الذي باع نصف جواميسه هذا العام ليسدد ديونه، إن الماء صار مالحًا.",
        "ووقعت الحكومة مع شركة تركية اتفاقية لاستكمال ميناء كيسمايو، بعد توقف الأعمال فيه أكثر من عشر سنوات.",
        "وأضاف المحافظ أن البنك أجّل طرح العملة عام 2019 بسبب نقص التمويل.",
        "ويأتي هذا الرفع بعد تجميد الرسوم المدرسية ثلاث سنوات متتالية للتخفيف عن الأسر في أثناء الجائحة.",
        "وارتفع سعر كيس الأرز في السوق هذا العام بنسبة الخمس، ويخشى التجار أن يستمر ارتفاع الأسعار بعد ارتفاعها بسبب الجفاف.");

    [Fact]
    public void A_happening_told_only_as_a_given_gives_no_cause()
    {
        var war = Ask("لماذا اندلعت الحرب الأهلية في الصومال؟");
        var port = Ask("لماذا توقفت أعمال ميناء كيسمايو؟");

        Assert.Equal(DeclineReason.CauseNotTold, war.Declined);
        Assert.Equal(DeclineReason.CauseNotTold, port.Declined);
    }

    [Fact]
    public void A_happening_told_as_the_news_is_answered()
    {
        var delay = Ask("لماذا أجّل البنك طرح العملة عام 2019؟");
        var rice = Ask("لماذا ارتفع سعر الأرز؟");
        var buffalo = Ask("ليش باع المزارع جواميسه؟");

        Assert.True(delay.Answered, delay.Declined?.ToString());
        Assert.True(rice.Answered, rice.Declined?.ToString());
        Assert.True(buffalo.Answered, buffalo.Declined?.ToString());
    }

    [Fact]
    public void A_purpose_right_after_a_given_tells_why()
    {
        var fees = Ask("لماذا جمدت الحكومة الرسوم المدرسية؟");

        Assert.True(fees.Answered, fees.Declined?.ToString());
        Assert.False(CauseCheck.Given("بعد تجميد الرسوم للتخفيف عن الأسر.", new TextSpan(4, "تجميد".Length)));
        Assert.False(CauseCheck.Given("بعد تقليص المساحة المزروعة حفاظًا على المياه.", new TextSpan(4, "تقليص".Length)));
        Assert.True(CauseCheck.Given("بعد تجميد الرسوم للأسر كلها.", new TextSpan(4, "تجميد".Length)));
    }

    [Fact]
    public void A_cause_right_after_a_given_is_told()
    {
        const string Text = "ويخشى التجار أن يستمر الغلاء بعد ارتفاع الأسعار بسبب الجفاف.";
        var at = Text.IndexOf("ارتفاع", StringComparison.Ordinal);

        Assert.False(CauseCheck.Given(Text, new TextSpan(at, "ارتفاع".Length)));
        Assert.True(CauseCheck.Given("بعد ارتفاع الأسعار، عاد التجار إلى السوق.", new TextSpan(4, "ارتفاع".Length)));
    }
}
