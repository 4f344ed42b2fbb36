using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «شكون ربح الدوري؟»، «مين ربح الكاس؟» ask who won, as «من فاز بالدوري؟» does: a passage that only says «أرباح» or a trader's
/// «نربح» gives no winner, and one that says who won the league answers. After other question words «ربح» is a profit.
/// </summary>
public sealed class WinnerAskedInChatCheckTests() : BriefingsAnswerSpec(League)
{
    private static readonly Briefing League = Indexes.TitledBriefing(
        "2027-01-08-stadium-trade",
        "تجارة الملاعب: موسم الكأس",
        "وقال مدير النادي إن الفريق ربح هذا العام أرباحًا كبيرة من بيع تذاكر الدوري والكأس، وإن الملعب امتلأ في كل المباريات.",
        "ويقول بائع الأعلام قرب الملعب إنه ربح في موسم الكأس ضعف ما ربحه في العام الماضي.");

    private static readonly Briefing Champions = Indexes.TitledBriefing(
        "2027-01-08-league",
        "الرجاء بطلًا للدوري",
        "وفاز نادي الرجاء بالدوري هذا الموسم بعد مباراة أخيرة في الدار البيضاء حضرها خمسون ألف متفرج.");

    [Theory]
    [InlineData("شكون ربح الدوري هاد العام")]
    [InlineData("مين ربح الكأس؟")]
    public void Who_won_is_not_answered_by_profits(string question)
    {
        var answer = Ask(question);

        Assert.False(answer.Answered);
        Assert.Contains(answer.Declined, new DeclineReason?[] { DeclineReason.AttributeUnknown, DeclineReason.AttributeNotOfSubject });
    }

    [Fact]
    public void The_passage_saying_who_won_answers()
    {
        var index = Indexes.Of(Champions);
        using (index)
        {
            var answer = Indexes.Answerer(index, null, [Champions]).Answer(new AnswerRequest("شكون ربح الدوري؟"));

            Assert.True(answer.Answered, answer.Declined?.ToString());
        }
    }

    [Fact]
    public void A_profit_asked_without_who_is_no_winner()
    {
        Assert.Equal(ArabicText.Fold("فاز"), QuestionShape.Of("مين ربح الدوري السنة الماضية؟").Attribute);
        Assert.Null(QuestionShape.Of("كم ربح بائع الأعلام في موسم الكأس؟").Attribute);
    }
}
