using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A question asking what someone said («ماذا قال البنك الدولي عن …؟»، «ما موقف الاتحاد الأوروبي من …؟») whom the briefings
/// name elsewhere is answered by a passage that names them with the subject, not by what others said of it, nor by what
/// they said of something else.
/// </summary>
public sealed class SpeakerNotInAnswerCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-12-region",
        new DateOnly(2026, 11, 12),
        "وحصل الأردن على قرض من البنك الدولي بقيمة مليار دولار لدعم النمو وخلق الوظائف.",
        "أغلقت مكاتب الاقتراع في تونس بعد يوم انتخابي هادئ، وبلغت المشاركة في الانتخابات المحلية أحد عشر في المئة.",
        "ويرى محللون أن المقاطعة أضعفت الانتخابات المحلية في تونس وأن الناخبين فقدوا الثقة.",
        "وقاطعت أحزاب المعارضة الانتخابات في تونس، ووصفتها بأنها انتخابات بلا رهان.",
        "وتعلن هيئة الانتخابات في تونس النتائج النهائية للانتخابات المحلية الأسبوع المقبل.",
        "ورحب الاتحاد الأوروبي باتفاق الصيد مع موريتانيا، ووصفه بأنه شراكة متوازنة.");

    [Theory]
    [InlineData("ماذا قال البنك الدولي عن الانتخابات التونسية؟")]
    [InlineData("ما موقف الاتحاد الأوروبي من الانتخابات في تونس؟")]
    public void What_a_body_the_briefings_name_said_is_not_answered_by_what_others_said(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.SpeakerNotInAnswer, answer.Declined);
    }

    [Theory]
    [InlineData("ماذا قال البنك الدولي عن قرض الأردن؟", "وحصل الأردن")]
    [InlineData("ما موقف الاتحاد الأوروبي من اتفاق الصيد؟", "ورحب الاتحاد الأوروبي")]
    [InlineData("ماذا قال المحللون عن الانتخابات في تونس؟", "ويرى محللون")]
    public void What_they_said_is_answered_where_a_passage_names_them(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
