using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The reply's header says «ما قالته» of a woman whom only a feminine title («الخبيرة»، «الدكتورة») or a later feminine
/// verb shows as one, and a surname that is also a time of day («صبّاح») is asked of whole.
/// </summary>
public sealed class SpeakerRepliesOfWomenShownByTitleTests() : BriefingsAnswerSpec(
    Indexes.Briefing("food", new DateOnly(2026, 12, 1),
        "\"الدعم موجود، لكن المشكلة في التسويق\"، على حد قول الخبيرة الاقتصادية ريم الكواري، التي ترى أن المستهلك يحتاج إلى علامة واضحة.",
        "بحسب الأستاذة بالجامعة الدكتورة سلوى بن علي، فإن منظومة الدعم الحالية غير عادلة.",
        "وقال صاحب المعصرة عماد صبّاح إن الموسم كان ضعيفًا هذا العام."))
{
    [Theory]
    [InlineData("ماذا قالت ريم الكواري؟", "ريم الكواري")]
    [InlineData("ما رأي سلوى بن علي؟", "سلوى بن علي")]
    public void A_woman_shown_by_her_title_alone_is_quoted_as_a_woman(string question, string speaker)
    {
        var answer = Ask(question);

        Assert.Equal(speaker, answer.Speaker);
        Assert.True(answer.SpeakerIsFeminine);
    }

    [Fact]
    public void A_surname_that_is_a_time_of_day_is_asked_of_whole()
    {
        var answer = Ask("ماذا قال عماد صباح؟");

        Assert.Equal("عماد صباح", answer.Speaker);
        Assert.False(answer.SpeakerIsFeminine);
    }
}
