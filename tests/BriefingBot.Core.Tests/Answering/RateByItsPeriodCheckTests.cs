using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A rate asked by the day, the week or the month is told by a period: a passage giving a total, a year's count or a
/// wage with no period gives no rate, and a reader asking one of a briefing that gives none is told so.
/// </summary>
public sealed class RateByItsPeriodCheckTests() : BriefingsAnswerSpec(Ramparts)
{
    private static readonly Briefing Ramparts = new BriefingParser().Parse(
        string.Join(
            "\n\n",
            "وستغلق الورشة باب القصبة أمام السيارات خمسة أشهر، وستحول حركة السير إلى باب الزرقان الذي يبعد نحو كيلومتر ومئتي متر.",
            "وتعبر باب القصبة سيارات الأجرة والحافلات الصغيرة، وقد أغلق الباب ثلاثة أشهر في 2019 لإصلاح قوسه.",
            "وتلتزم الشركة بتشغيل مئة وعشرين عاملًا، نصفهم على الأقل من أبناء الإقليم."),
        new BriefingHeader("2027-01-06-ramparts", "أسوار تارودانت: ورشة ترميم السور", new DateOnly(2027, 1, 6)));

    [Fact]
    public void A_count_with_no_period_is_no_rate_by_the_day_or_the_month()
    {
        var cars = Ask("كم سيارة تعبر باب القصبة يوميًا؟");
        var workers = Ask("كم يتقاضى العامل في الورشة في الشهر؟");

        Assert.Equal(DeclineReason.PeriodNotInAnswer, cars.Declined);
        Assert.Equal(DeclineReason.PeriodNotInAnswer, workers.Declined);
    }

    [Fact]
    public void A_day_is_asked_as_a_rate_not_as_today_or_a_date()
    {
        Assert.NotNull(QuestionShape.Of("كم يتقاضى العامل في الشهر؟").RatePeriod);
        Assert.NotNull(QuestionShape.Of("شحال كيخلصو الخدام فالنهار؟").RatePeriod);
        Assert.NotNull(QuestionShape.Of("كم تبلغ المنحة الشهرية؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم سعر الذهب اليوم؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم بلغت الملوحة في شهر آب؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم زائرًا جاء في اليوم الأول؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم شهرين بقيت الورشة؟").RatePeriod);
    }
}

/// <summary>
/// A rate told by a period answers the rate asked, by that period or another reckoned to it: «شالًا واحدًا كل أسبوعين»
/// tells how many a month.
/// </summary>
public sealed class RateToldByAPeriodTests() : BriefingsAnswerSpec(Weavers)
{
    private static readonly Briefing Weavers = new BriefingParser().Parse(
        string.Join(
            "\n\n",
            "وتقول النساجة سعاد إن أجرها في المشغل مئة وثمانون جنيهًا في اليوم.",
            "وتقول نعمة حسانين إنها تنسج شالًا حريريًا واحدًا كل أسبوعين وتبيعه للجمعية بستمئة جنيه."),
        new BriefingHeader("2027-01-06-weavers", "نساجات أخميم: الأنوال اليدوية", new DateOnly(2027, 1, 6)));

    [Fact]
    public void A_rate_told_by_a_period_answers()
    {
        var wage = Ask("كم أجر النساجة سعاد في اليوم؟");
        var shawls = Ask("كم شالًا تنسج نعمة حسانين في الشهر؟");

        Assert.True(wage.Answered, wage.Declined?.ToString());
        Assert.True(shawls.Answered, shawls.Declined?.ToString());
    }
}
