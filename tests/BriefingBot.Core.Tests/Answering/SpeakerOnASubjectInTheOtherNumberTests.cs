using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked of a subject they speak of in its other number («الأسعار» of «سعر صندوق الطماطم»، «الطعون» of «ثلاثين
/// طعنًا») speaks of it, when they hold every other word of the subject too; a subject they name in neither number, or
/// the price of a thing they never name, is still not what they spoke of.
/// </summary>
public sealed class SpeakerOnASubjectInTheOtherNumberTests() : BriefingsAnswerSpec(
    BriefingMarkdown.OneSection(
        "2026-12-10-souk-reopens",
        "افتتح السوق البلدي الجديد أبوابه هذا الأسبوع بعد سنتين من الأشغال.\n\nوقال التاجر سالم العوفي إن سعر صندوق الطماطم ارتفع إلى ثلاثة دنانير مع بداية الشتاء.\n\nوقالت المتحدثة باسم البلدية، هدى الزين، إن ثلاثين طعنًا قُدّمت في نتائج قرعة المحلات.\n\nوتقول البائعة منى الحداد إن أسعار الخبز لم تتغير منذ الصيف، وإن زبائنها عادوا بعد الافتتاح."))
{
    [Fact]
    public void Prices_asked_of_a_price_he_gives_are_what_he_spoke_of()
    {
        var answer = Ask("ماذا قال العوفي عن الأسعار؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("سالم العوفي", answer.Speaker);
    }

    [Fact]
    public void The_price_asked_of_prices_she_gives_is_what_she_spoke_of()
    {
        var answer = Ask("ماذا قالت منى الحداد عن السعر؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("منى الحداد", answer.Speaker);
    }

    [Fact]
    public void Appeals_asked_of_the_appeals_she_counts_are_what_she_spoke_of()
    {
        var answer = Ask("شو قالت الزين عن الطعون؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("هدى الزين", answer.Speaker);
    }

    [Fact]
    public void Prices_she_names_in_neither_number_are_still_not_spoken_of()
    {
        var answer = Ask("ماذا قالت هدى الزين عن الأسعار؟");

        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }

    [Fact]
    public void Prices_of_a_thing_he_never_names_are_still_not_spoken_of()
    {
        var answer = Ask("ماذا قال العوفي عن أسعار الذهب؟");

        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }

    [Fact]
    public void Wages_he_never_names_are_still_not_spoken_of()
    {
        var answer = Ask("ماذا قال العوفي عن الرواتب؟");

        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }
}
