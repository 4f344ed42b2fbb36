using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Questions to the bot itself («من أنت؟»، «شو اسمك؟»، «مين صنعك؟»، «كيفك؟»، «ممكن تساعدني …؟») are about no briefing, whatever words of theirs a
/// briefing uses; a question about the briefings in the second person of a verb («هل تقدر الحكومة …») is not one.
/// </summary>
public sealed class QuestionsToTheBotTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-11-14-programme",
        new DateOnly(2026, 11, 14),
        "أطلقت الحكومة برنامجًا جديدًا لدعم الصناعة اسمه «صنع في الأردن»، يقدم قروضًا للمصانع الصغيرة.",
        "ويقول مسؤولون إن الحكومة تقدر على تمويل البرنامج ثلاث سنوات، وإن الإنسان هو محور الخطة.");

    [Theory]
    [InlineData("من أنت؟")]
    [InlineData("هل أنت إنسان أم برنامج؟")]
    [InlineData("شو اسمك؟")]
    [InlineData("مين صنعك؟")]
    [InlineData("صباح الخير، شلونك اليوم مع البرنامج؟")]
    [InlineData("ممكن تساعدني أكتب رسالة عن البرنامج لمديري؟")]
    public void A_question_to_the_bot_is_declined(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered, answer.Declined?.ToString());
    }

    [Theory]
    [InlineData("هل تقدر الحكومة على تمويل البرنامج؟")]
    [InlineData("ما اسم البرنامج الجديد؟")]
    [InlineData("كم كانت مدة البرنامج؟")]
    public void A_question_about_the_briefing_in_the_second_person_of_a_verb_is_answered(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_greeting_before_a_question_about_the_briefing_leaves_it_a_question()
    {
        var answer = Ask("صباح الخير، ما اسم البرنامج الجديد؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void Peace_alone_is_a_word_of_the_news_not_a_greeting() =>
        Assert.False(QuestionShape.Of("السلام").ToTheBot);
}
