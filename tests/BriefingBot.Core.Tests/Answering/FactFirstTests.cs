using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// Rule «the passage giving the fact first» (<see cref="FactFirst"/>): of the passages shown for a «كم» or «متى» question,
/// the one giving a number or a time comes first when the first gives none.
/// </summary>
public sealed class FactFirstTests
{
    private static PassageSearchResult Found(params string[] texts) =>
        new([.. texts.Select((t, i) => new PassageHit(new Passage($"b#{i + 1:000}", "b", "موجز", new DateOnly(2027, 1, 7), null, i + 1, t, null), 10f - i, []))], 1, texts.Length, []);

    [Fact]
    public void A_how_many_question_is_answered_first_by_the_shown_passage_that_gives_a_number()
    {
        var found = Found(
            "وتجلس النساء في السبيبة صفًا واحدًا على الرمل ويضربن على الطبول.",
            "ويرقص الرجال في ثياب طويلة مطرزة.",
            "وأضافت أن عدد الضاربات نزل إلى أربع عشرة امرأة اليوم.");

        var holder = FactFirst.Holder(QuestionShape.Of("كم امرأة بقيت تضرب الطبل؟"), found);

        Assert.Equal("b#003", holder?.Passage.Id);
    }

    [Fact]
    public void A_when_question_is_answered_first_by_the_shown_passage_that_gives_a_time()
    {
        var found = Found(
            "وقال المرشد إنه عاد إلى الإرشاد وباع جماله الستة.",
            "ويقود المرشد الرحلات منذ عشرين عامًا، وعاد إلى العمل في مارس الماضي.");

        var holder = FactFirst.Holder(QuestionShape.Of("متى رجع المرشد إلى عمله؟"), found);

        Assert.Equal("b#002", holder?.Passage.Id);
    }

    [Fact]
    public void The_first_passage_stays_first_when_it_gives_the_fact_or_no_shown_passage_does()
    {
        var numbered = Found("وشارك في العرض مئة وعشرون راقصًا.", "وقال الشيخ إن الحيين اتفقا على العرض.");
        var unnumbered = Found("وقال الشيخ إن الحيين اتفقا على العرض.", "ويرقص الرجال في ثياب طويلة.");

        Assert.Null(FactFirst.Holder(QuestionShape.Of("كم راقصًا شارك في العرض؟"), numbered));
        Assert.Null(FactFirst.Holder(QuestionShape.Of("كم راقصًا شارك في العرض؟"), unnumbered));
    }

    [Fact]
    public void A_passage_below_the_shown_ones_or_a_question_asking_no_fact_moves_nothing()
    {
        var found = Found(
            "وقال الشيخ إن الحيين اتفقا على العرض.",
            "ويرقص الرجال في ثياب طويلة.",
            "وتجلس النساء على الرمل.",
            "وشارك في العرض مئة وعشرون راقصًا.");

        Assert.Null(FactFirst.Holder(QuestionShape.Of("كم راقصًا شارك في العرض؟"), found));
        Assert.Null(FactFirst.Holder(QuestionShape.Of("لماذا اتفق الحيان على العرض؟"), Found("وقال الشيخ إن الحيين اتفقا.", "وشارك مئة راقص.")));
    }
}
