using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Rule «a name another report gives as what someone is called»: «أم ناصر» quoted under that name in one report, and
/// another report's «سعاد مخول» whom «الجيران» call «أم ناصر»: a question asking «أم ناصر» whole is about both, the one
/// quoted under the name first.
/// </summary>
public sealed class SpeakerQuestionsByANameAnotherReportGivesAsWhatSomeoneIsCalledTests() : BriefingsAnswerSpec(Market, Potters)
{
    private const string Market = """
        ---
        id: 2027-01-12-nizwa-goat-market
        title: سوق الجمعة في نزوى: الماعز والحلوى وباعة البهارات
        date: 2027-01-12
        ---

        ## الباعة

        وتقول أم ناصر، بائعة البهارات في زاوية السوق منذ عشرين عامًا، إن الزبائن قلّوا منذ افتتاح المجمع التجاري الجديد.

        ويقول التاجر سالم الريامي إن أسعار الماعز ارتفعت هذا الشتاء بسبب قلة المراعي.
        """;

    private const string Potters = """
        ---
        id: 2027-01-19-rashaya-potters
        title: راشيا الفخار: مشاغل الطين والأفران في قرية تفرغ من شبابها
        date: 2027-01-19
        ---

        ## المشغل

        وفي مشغل صغير ملاصق لبيتها، ترسم سعاد مخول زخارف من أغصان الزيتون على الجرار. وتقول إن الطلب على الجرار المزخرفة تراجع منذ سنتين.

        وأضافت أم ناصر، كما يناديها الجيران، أن ابنها البكر هاجر إلى كندا قبل ثلاث سنوات ولم يعد يسأل عن المشغل.

        ويقول رئيس البلدية جورج عبود إن البلدية تبحث عن تمويل لمعرض دائم للفخار.
        """;

    [Theory]
    [InlineData("شو قالت أم ناصر؟")]
    [InlineData("ماذا قالت أم ناصر")]
    public void The_name_asked_whole_is_both_the_speaker_so_named_and_the_one_another_report_calls_so(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["أم ناصر", "سعاد مخول"], answer.Speakers.Select(s => s.Name));
        Assert.Equal(
            [("2027-01-12-nizwa-goat-market", 1), ("2027-01-19-rashaya-potters", 1), ("2027-01-19-rashaya-potters", 2)],
            answer.Passages.Select(p => (p.Passage.BriefingId, p.Passage.Ordinal)));
    }

    [Fact]
    public void The_full_name_still_asks_of_that_person_alone()
    {
        var answer = Ask("شو قالت سعاد مخول؟");

        Assert.Equal(["سعاد مخول"], answer.Speakers.Select(s => s.Name));
        Assert.All(answer.Passages, p => Assert.Equal("2027-01-19-rashaya-potters", p.Passage.BriefingId));
    }
}
