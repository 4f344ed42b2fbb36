using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A thing asked of by its kind («الديون الداخلية»، «صوامع القطاع الخاص») is not answered by passages that speak of it only as
/// the opposite kind («ديونه الخارجية»، «الصوامع الحكومية»); the kind asked, or no kind at all, answers.
/// </summary>
public sealed class ThingOfAnotherKindCheckTests() : BriefingsAnswerSpec(Notes)
{
    private static readonly Briefing Notes = Indexes.Briefing(
        "2026-12-13-notes",
        new DateOnly(2026, 12, 13),
        "وكان الصومال قد حصل في ديسمبر/كانون الأول 2023 على إعفاء من نحو أربعة مليارات ونصف مليار دولار من ديونه الخارجية.",
        "وتبلغ السعة التخزينية للصوامع الحكومية نحو خمسة ملايين ونصف مليون طن بعد المشروع القومي للصوامع.");

    [Fact]
    public void The_opposite_kind_of_the_thing_is_no_answer()
    {
        var domestic = Ask("كم تبلغ ديون الصومال الداخلية؟");
        var privateSilos = Ask("كم تبلغ السعة التخزينية لصوامع القطاع الخاص؟");

        Assert.Equal(DeclineReason.OtherKind, domestic.Declined);
        Assert.Equal(DeclineReason.OtherKind, privateSilos.Declined);
    }

    [Fact]
    public void The_kind_asked_or_no_kind_answers()
    {
        var foreign = Ask("كم تبلغ ديون الصومال الخارجية؟");
        var government = Ask("كم تبلغ السعة التخزينية للصوامع الحكومية؟");
        var debt = Ask("كم ديون الصومال التي أعفي منها؟");

        Assert.True(foreign.Answered, foreign.Declined?.ToString());
        Assert.True(government.Answered, government.Declined?.ToString());
        Assert.True(debt.Answered, debt.Declined?.ToString());
    }

    [Fact]
    public void A_kind_is_read_through_its_feminine_and_plurals_and_not_when_compared()
    {
        Assert.Equal("حكومي", QuestionShape.KindOf("الحكوميه"));
        Assert.Equal("حكومي", QuestionShape.KindOf("والحكوميين"));
        Assert.Equal("خارجي", QuestionShape.KindOf("خارجيه"));
        Assert.Null(QuestionShape.KindOf("الحكومه"));
        Assert.Equal(["ديون", "الصومال"], QuestionShape.Of("كم تبلغ ديون الصومال الداخلية؟").Kinds.Single().Nouns);
        Assert.Empty(QuestionShape.Of("هل صارت الخضار المحلية أرخص من الأجنبية؟").Kinds);
    }
}
