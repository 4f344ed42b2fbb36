using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «متى حظرت الرباط …؟» asks what Morocco's government did: news tells it as «وقررت الحكومة المغربية …», never naming the
/// capital. A capital right after the question's feminine verb is its government, named by its country or its adjective; a
/// capital under a preposition is still a place the answer must name.
/// </summary>
public sealed class CapitalAsItsGovernmentTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-31-sardines",
        new DateOnly(2026, 12, 31),
        "وقررت الحكومة المغربية في فبراير الماضي حظر تصدير السردين المجمد لحماية معامل التصبير من نقص السمك.",
        "وتشغل معامل التصبير في أكادير وطانطان نحو ثلاثين ألف عامل وعاملة في موسم الصيد.");

    [Theory]
    [InlineData("متى حظرت الرباط تصدير السردين المجمد؟")]
    [InlineData("متى منعت الرباط تصدير السردين المجمد؟")]
    public void A_capital_doing_what_its_government_did_is_answered_by_the_government(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وقررت الحكومة المغربية", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_under_a_preposition_is_a_place_the_answer_must_name()
    {
        var answer = Ask("متى حظرت الحكومة تصدير السردين المجمد في الرباط؟");

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("متى حظرت الرباط بيع السردين؟", "الرباط")]
    [InlineData("ماذا قررت دمشق لإحياء صناعة المراكب؟", "دمشق")]
    [InlineData("كم طنا صدرت القاهرة من القطن؟", "القاهره")]
    [InlineData("كم تبعد الرباط عن فاس؟", null)]
    [InlineData("كم عدد سكان القاهرة؟", null)]
    [InlineData("ماذا قال وزير الخارجية في بغداد؟", null)]
    public void The_shape_reads_a_capital_after_a_feminine_verb_as_its_government(string question, string? capital) =>
        Assert.Equal(capital is null ? [] : [capital], QuestionShape.Of(question).Governments);
}
