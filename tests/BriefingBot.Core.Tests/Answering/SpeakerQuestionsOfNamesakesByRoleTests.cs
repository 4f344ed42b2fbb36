using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// One full name quoted in two briefings in two different roles is two people the index keeps as one speaker: a question
/// that names one of the roles («ماذا قال رئيس بعثة صندوق النقد إلى لبنان؟») is answered from the briefing where that
/// role is held, while the name alone still gives both.
/// </summary>
public sealed class SpeakerQuestionsOfNamesakesByRoleTests() : BriefingsAnswerSpec(Lebanon, Ai)
{
    private const string Lebanon = """
        ---
        id: 2026-11-16-lebanon
        title: الودائع المجمدة
        date: 2026-11-16
        ---

        ## الصندوق

        قال رئيس بعثة صندوق النقد الدولي إلى لبنان، ماركوس فيلدمان، إن الخطة لا تكفي.

        وأضاف فيلدمان أن المصارف يجب أن تعترف بخسائرها.
        """;

    private const string Ai = """
        ---
        id: 2026-11-28-ai
        title: الذكاء الاصطناعي
        date: 2026-11-28
        ---

        ## القوانين

        ويرى الباحث في معهد ماكس بلانك، ماركوس فيلدمان، أن القوانين الأوروبية متأخرة.
        """;

    [Theory]
    [InlineData("ماذا قال رئيس بعثة صندوق النقد إلى لبنان؟", "2026-11-16-lebanon", 2)]
    [InlineData("ماذا قال الباحث في معهد ماكس بلانك؟", "2026-11-28-ai", 1)]
    public void A_role_asked_of_is_answered_from_the_briefing_where_it_is_held(string question, string briefing, int count)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(count, answer.Passages.Count);
        Assert.All(answer.Passages, p => Assert.Equal(briefing, p.Passage.BriefingId));
    }

    [Fact]
    public void The_name_alone_gives_both()
    {
        var answer = Ask("ماذا قال ماركوس فيلدمان؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(3, answer.Passages.Count);
    }
}
