using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// An office several briefings quote a holder of, asked with a subject («ماذا قال وزير الزراعة عن تعويض الأشجار
/// المصابة؟»): the holder who speaks of the subject is meant, though another's title is closer to the words asked.
/// </summary>
public sealed class SpeakerQuestionsOfAnOfficeOnASubjectTests() : BriefingsAnswerSpec(
    BriefingMarkdown.OneSection("2026-12-31-oman-lime", "وقال وزير الثروة الزراعية والسمكية، يوسف بن راشد المعمري، إن الوزارة ستلزم أصحاب المزارع بإزالة الأشجار المصابة، مع تعويض عن كل شجرة تزال."),
    BriefingMarkdown.OneSection("2026-12-14-lebanon-apples", "وقال وزير الزراعة وليد عساف في مؤتمر صحفي في بيروت إن الوزارة تفاوض على تصدير التفاح."))
{
    [Fact]
    public void The_holder_who_speaks_of_the_subject_is_answered_over_a_closer_title()
    {
        var answer = Ask("ماذا قال وزير الزراعة عن تعويض الأشجار المصابة؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("يوسف بن راشد المعمري", answer.Speaker);
    }

    [Fact]
    public void The_closest_title_is_answered_when_it_speaks_of_the_subject()
    {
        var answer = Ask("ماذا قال وزير الزراعة عن تصدير التفاح؟");

        Assert.Equal("وليد عساف", answer.Speaker);
    }
}
