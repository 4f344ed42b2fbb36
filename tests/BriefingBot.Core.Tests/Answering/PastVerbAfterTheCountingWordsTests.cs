using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A past verb in «ت» right after the words of counting («بأي نسبة قللت الحكومة …؟»، «كم طنًا صدرت جزر القمر …؟») tells what
/// happened and is no thing counted: the passage that gives the share or the tons need not repeat the verb. A noun in «ت»
/// after them («كم طن زيت»، «كم عدد بيوت …») is still counted.
/// </summary>
public sealed class PastVerbAfterTheCountingWordsTests() : BriefingsAnswerSpec(Azraq)
{
    private static readonly Briefing Azraq = Indexes.Briefing(
        "2027-01-01-azraq",
        new DateOnly(2027, 1, 1),
        "أعلنت الجمعية الملكية لحماية الطبيعة أن مساحة المياه في محمية الأزرق بلغت اثني عشر هكتارًا، عقب قرار وزارة المياه خفض الضخ من حقل آبار الأزرق إلى عمّان بنحو الربع.",
        "ويقصد المحمية نحو اثنين وعشرين ألف زائر في السنة، أغلبهم من طلاب المدارس.");

    [Fact]
    public void A_past_verb_after_the_counting_words_is_no_thing_counted()
    {
        Assert.Empty(QuestionShape.Of("بأي نسبة قللت الحكومة سحب الماء من الأزرق لعمان؟").Counted);
        Assert.Equal(["طن"], QuestionShape.Of("كم طنًا صدرت جزر القمر من زيت الإيلانغ؟").Counted);
        Assert.Equal(["طن", "زيت"], QuestionShape.Of("كم طن زيت صدرت تونس؟").Counted);
        Assert.Equal(["بيوت"], QuestionShape.Of("كم عدد بيوت القرية؟").Counted);
    }

    [Fact]
    public void The_share_a_verb_asks_of_is_answered_where_the_passage_says_it_otherwise()
    {
        var answer = Ask("بأي نسبة قللت الحكومة سحب الماء من الأزرق لعمان؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("أعلنت الجمعية الملكية", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
