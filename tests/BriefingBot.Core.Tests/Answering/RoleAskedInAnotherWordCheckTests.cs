using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked by their role in another word than the report's («ربان العبارة» for the ferry's «قبطانها»، «خريج
/// الزراعة» for one who «تخرج في كلية الزراعة») is named by the passage that calls them by a word of the same concept, so
/// what they said is answered, not declined as no passage shown naming them, though the briefings use the reader's word
/// for someone else («ربان زورق الصيد»، «خريج الهندسة»); one the briefing names in no word of the role is still declined.
/// </summary>
public sealed class RoleAskedInAnotherWordCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-14-island-ferry",
        new DateOnly(2026, 11, 14),
        "وتشغّل شركة النقل البحري عبّارة كبيرة تنقل السيارات والركاب إلى الجزيرة مرتين يوميًا، ويقول قبطانها مشعل الرشيدي إن عدد الركاب تضاعف ثلاث مرات منذ أكتوبر.",
        "ويدير حيدر السويعدي اثني عشر قفصًا عائمًا لتربية السمك في النهر بعد أن تخرج في كلية الزراعة، ويقول إن القفص الواحد يعطي طنين من السمك في الموسم.",
        "وتبيع النساء في سوق الجزيرة السمك المجفف والملح للزوار في عطلة نهاية الأسبوع.",
        "وقال ربان زورق الصيد سالم العلي إن الموج العالي أوقف الصيد ثلاثة أيام، وإن خريج الهندسة فهد الكندري أصلح محرك الزورق.");

    [Theory]
    [InlineData("وش قال ربان العبارة عن عدد الركاب؟", "وتشغّل شركة النقل")]
    [InlineData("ماذا قال خريج الزراعة عن أقفاص السمك؟", "ويدير حيدر")]
    public void A_role_asked_in_another_word_of_its_concept_is_named_by_the_passage(string question, string passage)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_no_passage_names_in_any_word_is_still_declined()
    {
        var answer = Ask("ماذا قال مدير الميناء عن عدد الركاب؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
    }
}
