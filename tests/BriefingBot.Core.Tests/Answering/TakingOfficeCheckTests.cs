using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى عُيّن أبو بكر منصور وزيرًا للزراعة؟» asks when he took office: passages that quote him in his office and date what he
/// said or did tell no appointment, and are no answer.
/// </summary>
public sealed class TakingOfficeCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-31-office",
        new DateOnly(2026, 12, 31),
        "وقال وزير الزراعة والغابات، أبو بكر منصور، في مؤتمر صحفي يوم الأحد، إن الوزارة تدرس رفع السعر التأشيري لقنطار الصمغ.",
        "وأضاف وزير الزراعة أبو بكر منصور أن البنك الزراعي سيصرف ثمن المحصول قبل نهاية يناير/كانون الثاني.",
        "وزار وزير الزراعة أبو بكر منصور يوم الاثنين أسواق الصمغ في الأبيض، ووعد المنتجين بأسعار أفضل في الموسم المقبل.",
        "ورد أبو بكر منصور على منتقدي الوزارة بأن التأخير كان بسبب نقل مقر البنك الزراعي إلى بورتسودان في أبريل/نيسان.");

    [Fact]
    public void Passages_dating_what_an_official_said_tell_no_appointment()
    {
        var answer = Ask("متى عُيّن أبو بكر منصور وزيرًا للزراعة؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.TimeNotOfEvent, answer.Declined);
    }
}
