using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A given name alone that several speakers of several briefings share («جاسم») does not say which of them is meant:
/// each is asked of, so the subject beside the name keeps the briefing about it, and the name alone gives the newest
/// briefing's person first, whichever the speakers' order.
/// </summary>
public sealed class SpeakerQuestionsOfAGivenNameManyShareTests() : BriefingsAnswerSpec(
    BriefingMarkdown.OneSection("2026-12-01-taxis", "ويقول سائق الأجرة جاسم المناعي إن الطلب تراجع بعد دخول التطبيقات."),
    BriefingMarkdown.OneSection("2026-12-23-flaring", "واشتكى جاسم عبد الحسين، وهو صياد من قرية السيبة، من أن المياه الملوثة قتلت الأسماك في الأهوار."))
{
    [Fact]
    public void The_subject_beside_a_shared_given_name_keeps_the_person_who_spoke_of_it()
    {
        var answer = Ask("شو قال جاسم عن الأسماك؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["2026-12-23-flaring"], answer.Passages.Select(p => p.Passage.BriefingId));
    }

    [Fact]
    public void The_other_subject_keeps_the_other_person()
    {
        var answer = Ask("ماذا قال جاسم عن التطبيقات؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(["2026-12-01-taxis"], answer.Passages.Select(p => p.Passage.BriefingId));
    }

    [Fact]
    public void The_given_name_alone_gives_every_holder_the_newest_first()
    {
        var answer = Ask("ماذا قال جاسم؟");

        Assert.Equal(["2026-12-23-flaring", "2026-12-01-taxis"], answer.Passages.Select(p => p.Passage.BriefingId));
    }
}
