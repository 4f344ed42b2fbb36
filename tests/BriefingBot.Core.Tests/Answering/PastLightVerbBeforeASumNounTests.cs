using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كان/كانت» after a how-much word and before a noun of a sum («كم كانت كلفة المشروع؟»، «كم كان ثمن الكيس؟») is the light
/// verb of the past, passed over as «يبلغ» is: the question asks a sum, and the checks of a sum judge it. Before a verb it
/// tells that verb's past habit, and before a count it is left as it was: the verb stays what is asked.
/// </summary>
public sealed class PastLightVerbBeforeASumNounTests() : BriefingsAnswerSpec(Silos)
{
    private static readonly Briefing Silos = new BriefingParser().Parse(
        string.Join(
            "\n\n",
            "وأنشأ المشروع القومي للصوامع، الذي بدأ في عام 2014، أكثر من خمسين صومعة في محافظات الدلتا والصعيد.",
            "ويقول المزارع عبد الحميد إن كلفة زراعة فدان القمح بلغت هذا الموسم نحو خمسة وثلاثين ألف جنيه."),
        new BriefingHeader("2027-01-10-silos", "القمح في مصر: صوامع جديدة ومزارعون يشكون الكلفة", new DateOnly(2027, 1, 10)));

    [Theory]
    [InlineData("كم كانت كلفة المشروع القومي للصوامع؟", "كلفة")]
    [InlineData("كم كان ثمن كيس الشعير قبل الجفاف؟", "ثمن")]
    public void The_sum_noun_after_the_past_of_kana_is_what_is_asked(string question, string asked) =>
        Assert.Equal(ArabicText.Fold(asked), QuestionShape.Of(question).Asked[0]);

    [Theory]
    [InlineData("كم كانت تكلف تذكرة الطائرة؟", "كانت")]
    [InlineData("كم كان عدد سكان المدينة قبل الاستقلال؟", "كان")]
    public void A_verb_or_a_count_after_the_past_of_kana_is_read_as_before(string question, string asked) =>
        Assert.Equal(ArabicText.Fold(asked), QuestionShape.Of(question).Asked[0]);

    [Fact]
    public void A_count_of_silos_is_no_cost_of_the_project()
    {
        var answer = Ask("كم كانت كلفة المشروع القومي للصوامع؟");

        Assert.False(answer.Answered, answer.Outcome.ToString());
    }

    [Fact]
    public void The_cost_given_answers_in_the_past_too()
    {
        var answer = Ask("كم كانت كلفة زراعة فدان القمح؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }
}
