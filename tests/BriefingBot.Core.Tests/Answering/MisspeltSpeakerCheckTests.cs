using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// What an office said, asked with a typo in the office («وزير النقال»), is answered by the passage of the office the rest
/// of the name and the subject point to: the typo's correction («الناقل») finds passages but names no one.
/// </summary>
public sealed class MisspeltSpeakerCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-06-road",
        new DateOnly(2026, 12, 6),
        "وقال وزير النقل رزاق السعداوي إن الطريق سيختصر زمن نقل البضائع بنحو عشرة أيام مقارنة بالمرور عبر قناة السويس.",
        "ويقول الناقل الوطني إن أسطوله من الشاحنات يكفي، وإن الناقل الخاص ينتظر العقود.",
        "وقال وزير المالية إن تمويل المشروع لم يكتمل بعد.");

    [Fact]
    public void A_typo_in_the_office_of_a_speaker_does_not_decline_what_the_office_said()
    {
        var answer = Ask("ماذا قال وزير النقال عن قناة السويس؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.Contains("السعداوي", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
