using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ما رأي سلمى الدريدي في أسعار الصوف؟» asks her opinion of a subject: «في» right after the name opens it as «عن»
/// does, and a subject none of her passages speaks of is declined. «في» after a title says where the title is held
/// («ما رأي الباحث في جامعة القيروان؟»), and is answered with the holder's words.
/// </summary>
public sealed class SpeakerOpinionOnASubjectCheckTests() : BriefingsAnswerSpec(Weavers)
{
    private static readonly Briefing Weavers = Indexes.TitledBriefing(
        "2027-01-09-weavers",
        "نساجات القيروان ينتظرن المنحة الشهرية",
        "أعلن الديوان الوطني للصناعات التقليدية عن منحة شهرية للنساجات المسجلات في ولاية القيروان.",
        "وقال الباحث في جامعة القيروان، كريم الحداد، إن أسعار الصوف تضاعفت في ثلاث سنوات، وإن النساجة لا تسترد ثمنه من التاجر.",
        "وتقول سلمى الدريدي، وهي عاملة في مصنع ملابس بالمنستير، إنها تركت المنسج لأن أجر المصنع أعلى ويشمل الضمان الاجتماعي.");

    [Theory]
    [InlineData("ما رأي سلمى الدريدي في أسعار الصوف؟")]
    [InlineData("ما رأي كريم الحداد في الضمان الاجتماعي؟")]
    [InlineData("شو رأي الدريدي في غلاء الصوف")]
    public void An_opinion_asked_of_a_subject_the_person_never_speaks_of_is_declined(string question)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }

    [Theory]
    [InlineData("ما رأي كريم الحداد في أسعار الصوف؟", "وقال الباحث في جامعة")]
    [InlineData("ما رأي سلمى الدريدي في أجر المصنع؟", "وتقول سلمى الدريدي")]
    // «المنحة» is what the briefing is about (its title): she need not name it.
    [InlineData("ما رأي سلمى الدريدي في المنحة؟", "وتقول سلمى الدريدي")]
    // «في» after the title says where he works: no subject is asked.
    [InlineData("ما رأي الباحث في جامعة القيروان؟", "وقال الباحث في جامعة")]
    public void An_opinion_asked_of_a_subject_spoken_of_or_of_a_title_held_somewhere_is_answered(string question, string passage)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.StartsWith(passage, answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
