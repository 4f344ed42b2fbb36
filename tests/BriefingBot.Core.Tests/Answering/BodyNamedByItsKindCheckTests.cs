using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// An attribute asked of a body or a place by its kind and its name («رئيس شركة ميرسك»): the kind is said of every body of
/// that kind, so a passage saying the attribute of «الشركة» answers only where it (or its briefing's title) names the one
/// asked.
/// </summary>
public sealed class BodyNamedByItsKindCheckTests() : BriefingsAnswerSpec(Airline, Shipping)
{
    private static readonly Briefing Airline = Indexes.TitledBriefing(
        "2026-12-03-airline",
        "الخطوط التونسية: خطة إنقاذ لأسطول يشيخ",
        "وقال الرئيس المدير العام للشركة منير الزواري إن الخطة تبدأ باستئجار ست طائرات من شركة تأجير إيرلندية لرحلاتها من تونس.",
        "وقال رئيس شركة النورس للملاحة خالد العتيبي إن العبارة الجديدة تصل في الربيع.");

    private static readonly Briefing Shipping = Indexes.TitledBriefing(
        "2026-12-06-canal",
        "قناة السويس بعد عامين من تحويل السفن",
        "وقالت شركة ميرسك الدنماركية في بيان إنها لن تعيد سفنها إلى البحر الأحمر قبل أن تتوفر ضمانات أمنية طويلة الأمد.");

    [Fact]
    public void The_head_of_another_company_is_no_head_of_the_company_asked()
    {
        var other = Ask("من هو رئيس شركة ميرسك؟");

        Assert.False(other.Answered, other.Outcome.ToString());
    }

    [Fact]
    public void The_body_is_named_by_the_word_after_its_kind_not_by_what_describes_it()
    {
        var briefing = Indexes.TitledBriefing(
            "2026-12-02-ferry",
            "عبارة البحر الأحمر تعود",
            "وحددت الشركة المشغلة، شركة النورس للملاحة، سعر التذكرة بمئتين وخمسين ريالًا.",
            "وقال رئيس شركة الملاحة الوطنية أحمد سالم إن السفن الجديدة تصل في الربيع.");
        using var index = Indexes.Of(briefing);

        var other = Indexes.Answerer(index, null, briefing).Answer(new AnswerRequest("من هو رئيس شركة النورس للملاحة؟"));

        Assert.False(other.Answered, other.Outcome.ToString());
    }

    [Fact]
    public void The_company_named_in_the_passage_or_its_briefings_title_answers()
    {
        var named = Ask("من هو رئيس شركة النورس للملاحة؟");
        var titled = Ask("من هو رئيس شركة الخطوط التونسية؟");

        Assert.True(named.Answered, named.Declined?.ToString());
        Assert.True(titled.Answered, titled.Declined?.ToString());
    }
}
