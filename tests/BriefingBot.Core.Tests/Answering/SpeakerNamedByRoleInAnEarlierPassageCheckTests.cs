using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A question naming someone by role («ماذا اقترحت الباحثة …؟») is answered by a passage of theirs that names them by
/// surname alone, the role being said in their first passage: news names a person in full once. Someone else's role is
/// still no match.
/// </summary>
public sealed class SpeakerNamedByRoleInAnEarlierPassageCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2027-01-02-matmata",
        new DateOnly(2027, 1, 2),
        "انهارت سبعة عشر بيتًا من البيوت الحفرية في مطماطة خلال أمطار الخريف.",
        "وقال المهندس المكلف بالأشغال في البلدية، كمال الطرابلسي، إن الطريق إلى مطماطة الجديدة سيعبد خلال الصيف.",
        "وتقول الباحثة في التراث المعماري بجامعة قابس، الدكتورة سلمى الزواري، إن البيوت الحفرية تمثل نمطًا معماريًا أمازيغيًا نادرًا.",
        "وأوضحت الزواري أن نصف البيوت المهجورة قد يختفي خلال عشر سنوات، مقترحة تشجيع الشباب على ترميمها بقروض ميسرة بدل هدمها.");

    [Fact]
    public void A_role_said_in_the_speakers_first_passage_names_her_in_the_next()
    {
        var answer = Ask("ماذا اقترحت الباحثة بدلا من هدم البيوت؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وأوضحت الزواري", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_speakers_role_is_no_match()
    {
        var answer = Ask("ماذا اقترح المهندس بدلا من هدم البيوت؟");

        Assert.Equal(AnswerOutcome.NothingRelevant, answer.Outcome);
        Assert.Equal(DeclineReason.SpeakerNotInAnswer, answer.Declined);
    }
}
