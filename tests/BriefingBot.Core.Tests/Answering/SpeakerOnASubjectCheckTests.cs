using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A question asking what someone said of a subject («ماذا قالت خديجة بوزيان عن الحافلات؟») is declined when none of
/// their passages speaks of it: all they said is of other things. A subject the briefing is about (its title or lede)
/// goes without saying, and one word of the subject in any of their passages is enough.
/// </summary>
public sealed class SpeakerOnASubjectCheckTests() : BriefingsAnswerSpec(Rail)
{
    private static readonly Briefing Rail = new BriefingParser().Parse("""
        ---
        id: 2026-12-08-rail
        title: القطار فائق السرعة يمد سكته نحو مراكش
        date: 2026-12-08
        ---

        أعلن المكتب الوطني للسكك الحديدية أن القطار فائق السرعة نقل خمسة ملايين مسافر هذا العام، وأن المسافر يدفع أقل في الاشتراك.

        وقالت رئيسة مجلس جهة سوس ماسة، نادية الفاسي، إن المسافرين إلى أكادير يعتمدون على الحافلات منذ عقود.

        وتقول خديجة بوزيان، وهي تاجرة ملابس من طنجة، إنها صارت تسافر إلى الدار البيضاء لشراء البضائع وتعود في اليوم نفسه.

        ويبلغ ثمن تذكرة الدرجة الثانية بين طنجة والدار البيضاء مئة وتسعة وأربعين درهمًا.
        """);

    [Theory]
    [InlineData("ماذا قالت خديجة بوزيان عن الحافلات؟")]
    [InlineData("ماذا قالت نادية الفاسي عن أسعار التذاكر؟")]
    public void What_someone_said_of_a_subject_they_never_speak_of_is_declined(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }

    [Fact]
    public void The_reply_to_what_someone_said_of_a_subject_they_never_speak_of_names_them_and_how_to_see_all_they_said()
    {
        var answer = Ask("ماذا قالت خديجة بوزيان عن الحافلات؟");

        Assert.Equal([new AnswerSpeaker("خديجة بوزيان", Feminine: true)], answer.Speakers);
        Assert.Equal(
            "لم أجد في الموجزات كلامًا لـخديجة بوزيان عن هذا الموضوع. لترى كل ما قالته اسأل: «ماذا قالت خديجة بوزيان؟»",
            ChatTexts.For(ChatLanguage.Arabic).Unanswered(answer));
    }

    [Theory]
    [InlineData("ماذا قالت نادية الفاسي عن الحافلات؟", "وقالت رئيسة مجلس")]
    [InlineData("ماذا قالت خديجة بوزيان عن شراء البضائع؟", "وتقول خديجة بوزيان")]
    // «القطار» is what the briefing is about (its title): the trader need not name it.
    [InlineData("ماذا قالت خديجة بوزيان عن القطار؟", "وتقول خديجة بوزيان")]
    // «المسافر» is in its lede.
    [InlineData("ماذا قالت خديجة بوزيان عن المسافر؟", "وتقول خديجة بوزيان")]
    [InlineData("ماذا قالت خديجة بوزيان؟", "وتقول خديجة بوزيان")]
    public void What_someone_said_of_a_subject_they_speak_of_or_the_briefing_is_about_is_answered(string question, string passage)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
