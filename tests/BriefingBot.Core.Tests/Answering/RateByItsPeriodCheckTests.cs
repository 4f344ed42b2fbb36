using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A rate asked by the day, the week or the month is told by a period: a passage giving a total, a year's count or a
/// wage with no period gives no rate, and a reader asking one of a briefing that gives none is told so.
/// </summary>
public sealed class RateByItsPeriodCheckTests() : BriefingsAnswerSpec(Ramparts)
{
    private static readonly Briefing Ramparts = Indexes.TitledBriefing(
        "2027-01-06-ramparts",
        "أسوار تارودانت: ورشة ترميم السور",
        "وستغلق الورشة باب القصبة أمام السيارات خمسة أشهر، وستحول حركة السير إلى باب الزرقان الذي يبعد نحو كيلومتر ومئتي متر.",
        "وتعبر باب القصبة سيارات الأجرة والحافلات الصغيرة، وقد أغلق الباب ثلاثة أشهر في 2019 لإصلاح قوسه.",
        "وتلتزم الشركة بتشغيل مئة وعشرين عاملًا، نصفهم على الأقل من أبناء الإقليم.");

    [Fact]
    public void A_count_with_no_period_is_no_rate_by_the_day_or_the_month()
    {
        var cars = Ask("كم سيارة تعبر باب القصبة يوميًا؟");
        var workers = Ask("كم يتقاضى العامل في الورشة في الشهر؟");

        Assert.Equal(DeclineReason.PeriodNotInAnswer, cars.Declined);
        // No passage gives the workers' pay at all: a verb of earning asks a sum, and NoSum, judged before the period, declines
        // it first.
        Assert.Contains(workers.Declined, new DeclineReason?[] { DeclineReason.PeriodNotInAnswer, DeclineReason.NoSum });
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
    private static readonly Briefing Weavers = Indexes.TitledBriefing(
        "2027-01-06-weavers",
        "نساجات أخميم: الأنوال اليدوية",
        "وتقول النساجة سعاد إن أجرها في المشغل مئة وثمانون جنيهًا في اليوم.",
        "وتقول نعمة حسانين إنها تنسج شالًا حريريًا واحدًا كل أسبوعين وتبيعه للجمعية بستمئة جنيه.");

    [Fact]
    public void A_rate_told_by_a_period_answers()
    {
        var wage = Ask("كم أجر النساجة سعاد في اليوم؟");
        var shawls = Ask("كم شالًا تنسج نعمة حسانين في الشهر؟");

        Assert.True(wage.Answered, wage.Declined?.ToString());
        Assert.True(shawls.Answered, shawls.Declined?.ToString());
    }
}

/// <summary>
/// A rate asked by the year («سنويًا»، «في السنة»، «كل عام»، «بالسنة») is told by the year too: a passage giving one year's
/// count («في 2019») or a total gives no yearly figure. A year named as a date («في العام الماضي»، «في العام 2025»، «مقارنة
/// بعام 2024») asks no rate.
/// </summary>
public sealed class RateByTheYearCheckTests() : BriefingsAnswerSpec(Gate)
{
    private static readonly Briefing Gate = Indexes.TitledBriefing(
        "2027-01-07-gate",
        "باب القصبة: السير والأشغال",
        "وتعبر باب القصبة سيارات الأجرة والحافلات الصغيرة، وقد أغلق الباب ثلاثة أشهر في 2019 لإصلاح قوسه.",
        "وعبرت باب القصبة في 2026 نحو ثلاثمئة ألف سيارة، بحسب البلدية.");

    [Fact]
    public void A_year_is_asked_as_a_rate_not_as_a_date()
    {
        Assert.Equal(RatePeriod.Year, QuestionShape.Of("كم سيارة تعبر باب القصبة سنويًا؟").RatePeriod);
        Assert.Equal(RatePeriod.Year, QuestionShape.Of("كم سائحًا يزور القرية كل عام؟").RatePeriod);
        Assert.Equal(RatePeriod.Year, QuestionShape.Of("قديش بتنتج المزرعة بالسنة؟").RatePeriod);
        Assert.Equal(RatePeriod.Year, QuestionShape.Of("كم مرة يحصد البرسيم في السنة؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم طنًا أنتجت الملاحات في العام الماضي؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم ستجمع الحكومة في السنة الأولى؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم زائرًا جاء في العام 2025؟").RatePeriod);
        Assert.Null(QuestionShape.Of("كم زاد الإنتاج مقارنة بعام 2024؟").RatePeriod);
    }

    [Fact]
    public void One_years_count_is_no_yearly_rate()
    {
        var answer = Ask("كم سيارة تعبر باب القصبة سنويًا؟");

        Assert.Equal(DeclineReason.PeriodNotInAnswer, answer.Declined);
    }
}

/// <summary>A yearly figure («تنتج سنويًا نحو …») answers how many a year, and no rate by the day.</summary>
public sealed class RateToldByTheYearTests() : BriefingsAnswerSpec(Honey)
{
    private static readonly Briefing Honey = Indexes.TitledBriefing(
        "2027-01-07-baha-honey",
        "عسل الباحة: موسم السدر",
        "ويقول النحال سعيد الغامدي إن مناحل الباحة تنتج سنويًا نحو مئة وعشرين طنًا من عسل السدر والطلح.",
        "وتبيع التعاونية الكيلوغرام من عسل السدر بستمئة ريال في محلها بالسوق القديم.");

    [Fact]
    public void A_yearly_figure_answers_the_yearly_rate_and_no_daily_one()
    {
        var yearly = Ask("كم طنًا من العسل تنتج مناحل الباحة كل عام؟");
        var daily = Ask("كم طنًا من العسل تنتج مناحل الباحة يوميًا؟");

        Assert.True(yearly.Answered, yearly.Declined?.ToString());
        Assert.StartsWith("ويقول النحال", yearly.Passages[0].Passage.Text, StringComparison.Ordinal);
        Assert.Equal(DeclineReason.PeriodNotInAnswer, daily.Declined);
    }
}
