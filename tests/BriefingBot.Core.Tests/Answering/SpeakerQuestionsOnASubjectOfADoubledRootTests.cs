using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «الشعيبي شو قال عن الغش؟» of a man who speaks of «بهارات مغشوشة»: «الغش» is a doubled root's verbal noun, two letters
/// once its shadda is gone; its participle is the same subject, so he is not declined as never speaking of it. A subject
/// he never speaks of («الحج») still is.
/// </summary>
public sealed class SpeakerQuestionsOnASubjectOfADoubledRootTests : IDisposable
{
    private static readonly Briefing Spices = Indexes.Briefing(
        "2027-01-20-spice-market",
        new DateOnly(2027, 1, 20),
        "في سوق البهارات القديم ما زالت ثلاثون عطارة تفتح أبوابها كل صباح.",
        "ويقول المهندس وضاح الشعيبي، مدير إدارة حماية المستهلك، إن المكتب سجل العام الماضي مئة مخالفة لبهارات مغشوشة بنشارة الخشب.");

    private readonly PassageIndex _index = Indexes.Of(Spices);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Spices).Answer(new AnswerRequest(question));

    [Fact]
    public void A_participle_of_the_doubled_root_speaks_of_the_subject()
    {
        var answer = Ask("الشعيبي شو قال عن الغش؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(Spices.Passages[1].Id, answer.Passages[0].Passage.Id);
    }

    [Fact]
    public void A_subject_never_spoken_of_is_still_declined()
    {
        var answer = Ask("الشعيبي شو قال عن الحج؟");

        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }
}
