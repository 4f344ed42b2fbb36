using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A body asked of («ماذا قالت مفوضية اللاجئين؟»، «ماذا قال صندوق النقد الدولي؟») speaks through those who hold an office
/// of it («رئيس بعثة المفوضية …»، «رئيسة بعثة صندوق النقد الدولي …») as well as in its own statements; someone who only
/// works there («الباحثة في مركز كارنيغي») does not speak for it.
/// </summary>
public sealed class SpeakerQuestionsOfABodyTests() : BriefingsAnswerSpec(Boats, Tax)
{
    private const string Boats = """
        ---
        id: 2026-11-28-boats
        title: قوارب المهاجرين
        date: 2026-11-28
        ---

        ## المفوضية

        وقال رئيس بعثة المفوضية السامية للأمم المتحدة لشؤون اللاجئين في لبنان، ماركو رينالدي، إن إعادة القوارب تخالف القانون الدولي.

        ونوّه رينالدي بتعاون الجيش في عمليات الإنقاذ.

        ## الباحثون

        وترى الباحثة في مركز كارنيغي للشرق الأوسط، رولا الخطيب، أن الاتفاق يعالج النتيجة لا السبب.
        """;

    private const string Tax = """
        ---
        id: 2026-11-24-tax
        title: ضريبة الدخل
        date: 2026-11-24
        ---

        ## الصندوق

        وقال صندوق النقد الدولي في بيان إن الإصلاحات الضريبية تسير ببطء.

        وقالت رئيسة بعثة صندوق النقد الدولي إلى دول الخليج، أنجيلا مارتينيز، إن الضريبة تمنح مصدرًا مستقرًا للإيرادات.
        """;

    [Theory]
    [InlineData("ماذا قالت مفوضية اللاجئين؟")]
    [InlineData("ما موقف المفوضية السامية لشؤون اللاجئين؟")]
    public void A_body_no_statement_of_its_own_is_quoted_from_speaks_through_its_office_holder(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["ماركو رينالدي", "ماركو رينالدي"], answer.Passages.Select(p => p.Passage.Speaker));
    }

    [Fact]
    public void A_body_quoted_itself_is_answered_with_its_statements_and_its_office_holders()
    {
        var answer = Ask("ماذا قال صندوق النقد الدولي؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains(answer.Passages, p => p.Passage.Speaker == "صندوق النقد الدولي");
        Assert.Contains(answer.Passages, p => p.Passage.Speaker == "أنجيلا مارتينيز");
    }

    [Fact]
    public void A_body_named_alone_is_a_topic_not_a_question_of_what_it_said()
    {
        var answer = Ask("صندوق النقد الدولي");

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }

    [Fact]
    public void A_researcher_at_a_body_does_not_speak_for_it()
    {
        var answer = Ask("ماذا قال مركز كارنيغي؟");

        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }
}
