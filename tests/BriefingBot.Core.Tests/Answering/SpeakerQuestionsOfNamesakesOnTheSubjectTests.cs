using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A name a question gives that calls people in several briefings («خديجة»، «الشامي»): when the one whose name fits best
/// never speaks of the subject the question names and a namesake does, the namesake is the one meant. A full name keeps
/// its person (a namesake must fit the name as well), and a subject no namesake speaks of is still declined.
/// </summary>
public sealed class SpeakerQuestionsOfNamesakesOnTheSubjectTests() : BriefingsAnswerSpec(Battir, Train, Mokha)
{
    private const string Battir = """
        ---
        id: 2027-01-01-battir
        title: قطاف الباذنجان في بتير
        date: 2027-01-01
        ---

        وتقول خديجة عوينة، مديرة التعاونية النسائية، إن أكبر مشكلة تواجه التعاونية هي الحواجز العسكرية على الطرق.

        ويقول محمود الشامي، صاحب معصرة في القرية، إن المكينة الجديدة تعصر في ساعة ما كان يعصره الحجر في يوم.

        وتسقي المدرجات عين ماء قديمة تتوزع مياهها على العائلات.
        """;

    private const string Train = """
        ---
        id: 2027-01-05-train
        title: قطار الصحراء
        date: 2027-01-05
        ---

        وتقول خديجة بوزيان، وهي تاجرة تسافر كل أسبوع، إن القطار صار أبطأ من ذي قبل وإن رحلاتها تطول.

        ويمر القطار كل يوم عند الظهر في المحطة الصغيرة.
        """;

    private const string Mokha = """
        ---
        id: 2027-01-09-mokha
        title: ميناء المخا
        date: 2027-01-09
        ---

        ويقول النوخذة عبده الشامي إن البحر لا يتغير، وإن الرحلة من بربرة تستغرق يومين إذا كانت الريح مواتية.

        ويقول مدير الميناء إن الأرصفة ستتسع خلال عامين.
        """;

    [Fact]
    public void A_given_name_asked_of_a_subject_is_the_namesake_who_speaks_of_it()
    {
        var answer = Ask("شو قالت خديجة عن الحواجز؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains("الحواجز العسكرية", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_surname_asked_of_a_subject_is_the_namesake_who_speaks_of_it()
    {
        var answer = Ask("شو قال الشامي عن المكينة؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains("المكينة الجديدة", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_namesake_who_fits_and_speaks_of_the_subject_keeps_it()
    {
        var answer = Ask("شو قالت خديجة عن القطار؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains("القطار صار أبطأ", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_name_keeps_its_person_though_a_namesake_speaks_of_the_subject()
    {
        var answer = Ask("ماذا قالت خديجة بوزيان عن الحواجز؟");

        Assert.False(answer.Answered);
    }

    [Fact]
    public void A_subject_no_namesake_speaks_of_is_still_declined()
    {
        var answer = Ask("ماذا قالت خديجة عن الحافلات؟");

        Assert.False(answer.Answered);
        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }

    [Fact]
    public void Someone_else_who_speaks_of_the_subject_is_no_namesake()
    {
        var answer = Ask("ماذا قال الشامي عن الأرصفة؟");

        Assert.False(answer.Answered);
    }
}
