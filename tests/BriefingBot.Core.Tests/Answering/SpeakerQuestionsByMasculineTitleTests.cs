using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A title asked in the masculine («ماذا قال المفوض الأوروبي؟») when a man and a woman hold it: the press gives a woman's
/// office in the feminine («المفوضة»), so the man is meant first and the woman still follows; and an adjective of origin
/// in the question («الشاب السوري») is never a misspelt surname («الخوري»).
/// </summary>
public sealed class SpeakerQuestionsByMasculineTitleTests() : BriefingsAnswerSpec(Fisheries, Migrants)
{
    private const string Fisheries = """
        ---
        id: 2026-11-20-fisheries
        title: اتفاق الصيد مع أوروبا
        date: 2026-11-20
        ---

        ## الاتفاق

        وقال المفوض الأوروبي للبيئة والمحيطات يانيس كوستاس إن الاتفاق يحمي المخزون السمكي.

        وقالت عضوة مجلس الشورى عن ولاية صحار، فاطمة الحارثية، إن المجلس عدّل القانون مرتين.

        ويطالب عضو المجلس عن ولاية السيب، إبراهيم البلوشي، بنشر تقرير سنوي عن الإنفاق.

        وقال وزير المالية نزار الخوري إن الخطة تحتاج إلى عشر سنوات.
        """;

    private const string Migrants = """
        ---
        id: 2026-11-28-migrants
        title: قوارب المهاجرين
        date: 2026-11-28
        ---

        ## أوروبا

        أما المفوضة الأوروبية لشؤون الهجرة كاتارينا فيدمان فقالت إن الأموال ستذهب إلى المعدات.

        ## الشاطئ

        يروي الشاب السوري عمر قطيفان أنه دفع ألفي دولار لمهرب.
        """;

    [Theory]
    [InlineData("ماذا قال المفوض الأوروبي؟")]
    [InlineData("ما رأي المفوض الأوروبي؟")]
    public void A_masculine_title_asks_of_the_man_holding_it_before_the_woman(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("يانيس كوستاس", answer.Passages[0].Passage.Speaker);
        Assert.Contains(answer.Passages, p => p.Passage.Speaker == "كاتارينا فيدمان");
    }

    [Fact]
    public void A_feminine_title_still_asks_of_the_woman_alone()
    {
        var answer = Ask("ماذا قالت المفوضة الأوروبية؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.All(answer.Passages, p => Assert.Equal("كاتارينا فيدمان", p.Passage.Speaker));
    }

    [Fact]
    public void A_member_asked_in_the_masculine_is_the_man_of_two_members_of_one_council()
    {
        var answer = Ask("ماذا قال عضو مجلس الشورى عن السيب؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("إبراهيم البلوشي", answer.Passages[0].Passage.Speaker);
    }

    [Theory]
    [InlineData("ماذا قال الشاب السوري؟")]
    [InlineData("ما رأي السوري؟")]
    public void An_adjective_of_origin_is_no_misspelt_surname(string question)
    {
        var answer = Ask(question);

        Assert.DoesNotContain(answer.Passages, p => p.Passage.Speaker == "نزار الخوري");
    }
}
