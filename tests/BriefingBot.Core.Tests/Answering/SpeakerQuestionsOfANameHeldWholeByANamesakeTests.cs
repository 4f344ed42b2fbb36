using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A given name asked of a subject («شو قالت خديجة عن الحواجز؟») where another report quotes someone recorded by that name
/// alone: hers is the name that fits best, yet she never speaks of the subject, while the namesake of the older report
/// («خديجة عوينة») does — she is the one meant, not a decline as a subject the person never spoke of. The one the name fits
/// whole keeps a subject she does speak of.
/// </summary>
public sealed class SpeakerQuestionsOfANameHeldWholeByANamesakeTests() : BriefingsAnswerSpec(Battir, Market)
{
    private const string Battir = """
        ---
        id: 2027-01-01-battir
        title: قطاف الباذنجان في بتير
        date: 2027-01-01
        ---

        بدأ موسم قطاف الباذنجان البتيري في مدرجات القرية، ويعمل فيه الأهالي منذ الفجر حتى المساء.

        وتقول خديجة عوينة، مديرة التعاونية النسائية، إن أكبر مشكلة تواجه التعاونية هي الحواجز العسكرية على الطرق.

        وتسقي المدرجات عين ماء قديمة تتوزع مياهها على العائلات.
        """;

    private const string Market = """
        ---
        id: 2027-01-07-market
        title: سوق الخضار في المدينة القديمة
        date: 2027-01-07
        ---

        يزدحم سوق الخضار في المدينة القديمة كل صباح بالباعة والمشترين القادمين من القرى المجاورة.

        وتجلس خديجة عند باب السوق منذ عشرين عامًا. وقالت خديجة إن أسعار الطماطم ارتفعت هذا الشتاء.

        ويفتح السوق أبوابه كل يوم عند الفجر، وتتأخر شاحنات الخضار عند الحواجز في الطريق إليه.
        """;

    [Fact]
    public void The_namesake_who_speaks_of_the_subject_is_meant_when_the_whole_name_belongs_to_one_who_does_not()
    {
        var answer = Ask("شو قالت خديجة عن الحواجز؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains("الحواجز العسكرية", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Passages, p => p.Passage.Text.Contains("أسعار الطماطم", StringComparison.Ordinal));
    }

    [Fact]
    public void The_one_the_name_fits_whole_keeps_a_subject_she_speaks_of()
    {
        var answer = Ask("شو قالت خديجة عن الطماطم؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains("أسعار الطماطم", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_neither_speaks_of_is_declined_as_one_she_never_spoke_of()
    {
        var answer = Ask("شو قالت خديجة عن الشاحنات؟");

        Assert.False(answer.Answered);
        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }
}
