using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Who the briefings quote where: the date each speaker was last quoted, each one's gender, and who is quoted beside whom
/// under one given name.
/// </summary>
public sealed class QuotationsTests
{
    private static readonly Briefing Harbour = Indexes.Briefing(
        "2027-01-05-harbour",
        new DateOnly(2027, 1, 5),
        "يستعد ميناء صحار لاستقبال أكبر سفينة حاويات في تاريخه.",
        "وقال سالم بن حمد الكعبي، مدير الميناء، إن الأرصفة الجديدة جاهزة منذ الشهر الماضي.",
        "وقالت مريم البلوشي، الباحثة في جامعة السلطان قابوس، إن الميناء يحتاج إلى طرق أوسع.");

    private static readonly Briefing Warehouses = Indexes.Briefing(
        "2027-01-09-warehouses",
        new DateOnly(2027, 1, 9),
        "افتتحت في صحار مستودعات جديدة للتبريد قرب الميناء.",
        "وقال سالم بن حمد الكعبي، مدير الميناء، إن المستودعات ستخدم مزارعي الباطنة.");

    private static readonly Briefing Bakery = Indexes.Briefing(
        "2027-01-14-basra-bakeries",
        new DateOnly(2027, 1, 14),
        "تشهد أفران البصرة إقبالا كبيرا على خبز التنور مع اقتراب شهر رمضان.",
        "وقال حسن علي الموسوي، صاحب فرن في العشار، إن سعر كيس الطحين ارتفع مرتين منذ الصيف.",
        "وقال حسن جاسم العبيدي، وهو عامل في فرن قريب، إن العمال يبدأون قبل الفجر.",
        "\"التنور ما يرحم\"، يقول عمو حسن، وهو يقلب الأرغفة بيديه.");

    private static readonly Briefing OneBaker = Indexes.Briefing(
        "2027-01-15-zubair-bakery",
        new DateOnly(2027, 1, 15),
        "يفتح فرن قديم في الزبير أبوابه قبل الفجر كل يوم.",
        "وقال حسن علي الموسوي، صاحب الفرن، إن سعر كيس الطحين ارتفع مرتين منذ الصيف.",
        "\"التنور ما يرحم\"، يقول عمو حسن، وهو يقلب الأرغفة بيديه.");

    private static Quotations Of(params Briefing[] briefings) => new SpeakerRoster(briefings).Quotations;

    [Fact]
    public void A_speaker_was_last_quoted_on_the_newest_briefing_that_quotes_them()
    {
        var quotations = Of(Warehouses, Harbour);

        Assert.Equal(new DateOnly(2027, 1, 9), quotations.LastQuotedOn("سالم بن حمد الكعبي"));
        Assert.Equal(new DateOnly(2027, 1, 5), quotations.LastQuotedOn("مريم البلوشي"));
        Assert.Equal(DateOnly.MinValue, quotations.LastQuotedOn("حسن علي الموسوي"));
    }

    [Fact]
    public void A_woman_the_briefing_quotes_so_is_feminine_and_comes_after_the_men()
    {
        var quotations = Of(Harbour);

        Assert.True(quotations.IsFeminine("مريم البلوشي"));
        Assert.False(quotations.IsFeminine("سالم بن حمد الكعبي"));
        Assert.Equal(["سالم بن حمد الكعبي", "مريم البلوشي"], quotations.MenFirst(["مريم البلوشي", "سالم بن حمد الكعبي"]));
    }

    [Fact]
    public void The_one_person_of_the_given_name_in_a_report_is_the_one_the_street_calls_by_it()
    {
        var quotations = Of(OneBaker);

        Assert.Equal(["عمو حسن"], quotations.CalledByTheGivenName("حسن علي الموسوي"));
        Assert.Equal(["حسن علي الموسوي"], quotations.CalledByTheGivenName("عمو حسن"));
    }

    [Fact]
    public void Two_people_of_the_given_name_in_one_report_are_neither_the_one_called_by_it()
    {
        var quotations = Of(Bakery);

        Assert.Empty(quotations.CalledByTheGivenName("حسن علي الموسوي"));
        Assert.Empty(quotations.CalledByTheGivenName("حسن جاسم العبيدي"));
    }
}
