using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A person asked of a subject they never name, which the passage right before theirs reports («ويُرجع الخبير … ذلك إلى
/// …» explains what the passage before it says): their words are the answer; a subject named nowhere near them is not.
/// </summary>
public sealed class SpeakerOnASubjectTheirPassageExplainsTests() : BriefingsAnswerSpec(
    BriefingMarkdown.OneSection(
        "2026-12-09-chad-camps",
        "وصل عدد اللاجئين السودانيين في شرق تشاد إلى ستمئة ألف لاجئ منذ بداية الحرب.\n\nوارتفعت معدلات سوء التغذية بين الأطفال في مخيمات شرق تشاد إلى أعلى مستوى منذ بداية الحرب.\n\nويُرجع الخبير في الأمن الغذائي، آدم حسب الله، ذلك إلى تزامن خفض الحصص مع موسم الجفاف.\n\nوتعمل في المخيمات حافلات قليلة تنقل المرضى إلى مستشفى أدري."))
{
    [Fact]
    public void The_subject_the_passage_before_theirs_reports_is_what_they_speak_of()
    {
        var answer = Ask("ماذا قال حسب الله عن سوء التغذية؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal("آدم حسب الله", answer.Speaker);
    }

    [Fact]
    public void A_subject_named_only_after_their_passage_is_still_not_spoken_of()
    {
        var answer = Ask("ماذا قال حسب الله عن الحافلات؟");

        Assert.Equal(DeclineReason.TopicNotSpoken, answer.Declined);
    }
}
