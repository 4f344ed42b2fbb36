using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «وش قال الرجل اللي يحرس النقوش؟»: the dialect «اللي» is a frame word, so the name run stopped at it and the question was
/// asked of the asker's «الرجل» (a word for anyone), which no passage names the guard by («حمود الرمالي، الذي يحرس واجهات الجبل»), and the
/// speaker check declined it. The clause's verb says who is meant (QuestionShape, rule «a description after the dialect
/// «اللي»»).
/// </summary>
public sealed class SpeakerQuestionsOfAPersonDescribedAfterTheDialectRelativeTests
{
    [Theory]
    [InlineData("وش قال الرجل اللي يحرس النقوش؟", "يحرس")]
    [InlineData("شو قالت البنت اللي تشرح الجبل للزوار؟", "تشرح")]
    public void The_verb_after_the_dialect_relative_names_the_person_asked_of(string question, string verb)
    {
        Assert.Equal([verb], QuestionShape.Of(question).SaidByName);
    }

    [Theory]
    [InlineData("وش قال الحارس عن النقوش؟", "الحارس")]
    [InlineData("وش قال الحارس اللي يسهر على النقوش؟", "الحارس")]
    public void A_title_or_a_name_run_with_no_relative_after_it_stays_what_is_asked_of(string question, string title)
    {
        Assert.Equal([title], QuestionShape.Of(question).SaidByName);
    }
}
