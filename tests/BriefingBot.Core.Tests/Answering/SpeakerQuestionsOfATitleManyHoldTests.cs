using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A title alone held by several speakers across the briefings («ماذا قالت الوزيرة؟» after four women ministers were
/// quoted): each holder's passages are given, newest briefing first, so an older briefing's minister is not left out.
/// </summary>
public sealed class SpeakerQuestionsOfATitleManyHoldTests() : BriefingsAnswerSpec(
    BriefingMarkdown.OneSection("2026-11-10-egypt", "قالت وزيرة التخطيط المصرية هالة السعيد إن النمو سيتسارع."),
    BriefingMarkdown.OneSection("2026-11-15-libya", "وقالت وزيرة السياحة الليبية نجلاء الورفلي إن الفنادق امتلأت."),
    BriefingMarkdown.OneSection("2026-11-20-kuwait", "وقالت وزيرة المالية الكويتية هند العتيبي إن السندات ستصدر قريبًا."),
    BriefingMarkdown.OneSection("2026-11-25-cyprus", "قالت وزيرة الداخلية القبرصية إليني كونستانتينو إن الاتفاق لا يغلق الباب."))
{
    [Fact]
    public void Every_holder_of_a_title_asked_alone_is_given_newest_first()
    {
        var answer = Ask("ماذا قالت الوزيرة؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["2026-11-25-cyprus", "2026-11-20-kuwait", "2026-11-15-libya", "2026-11-10-egypt"], answer.Passages.Select(p => p.Passage.BriefingId));
    }
}
