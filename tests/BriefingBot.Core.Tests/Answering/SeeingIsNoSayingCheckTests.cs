using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «جاء ليرى الشمس» is coming to see: the «ل» of purpose before a present verb makes no question of what someone said,
/// though «يرى» alone is a word of saying («ماذا يرى الخبراء؟»). The words after it name no one to be looked for.
/// </summary>
public sealed class SeeingIsNoSayingCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-10-abu-simbel",
        new DateOnly(2026, 12, 10),
        "وجاء نحو أربعة آلاف شخص إلى أبو سمبل ليشاهدوا تعامد الشمس على وجه رمسيس الثاني فجر الأحد.",
        "وقال مدير المعبد إن الزوار بدأوا التوافد قبل منتصف الليل.");

    [Theory]
    [InlineData("كم شخصا جاء ليرى الشمس تضيء وجه رمسيس؟", null)]
    [InlineData("ماذا يرى مدير المعبد؟", "مدير")]
    public void A_present_verb_after_the_lam_of_purpose_asks_no_one_what_they_said(string question, string? saidBy)
    {
        Assert.Equal(saidBy, QuestionShape.Of(question).SaidBy);
    }

    [Fact]
    public void A_count_of_those_who_came_to_see_is_not_declined_as_the_words_of_someone_unknown()
    {
        var answer = Ask("كم شخصا جاء ليرى الشمس تضيء وجه رمسيس؟");

        Assert.NotEqual(DeclineReason.UnknownSpeaker, answer.Declined);
        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
