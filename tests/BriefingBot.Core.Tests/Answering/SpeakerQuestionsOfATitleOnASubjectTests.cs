using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A title many hold, asked with a subject («ما رأي الباحثة في مستقبل النخيل؟»، «ماذا قالت الباحثة عن الآبار
/// الجوفية؟»): the holder whose own passages speak of every word of the subject is meant, whichever briefing is newest.
/// A subject no holder speaks of names no one.
/// </summary>
public sealed class SpeakerQuestionsOfATitleOnASubjectTests() : BriefingsAnswerSpec(Palms, Wells)
{
    private const string Palms = """
        ---
        id: 2026-12-01-palms
        title: النخيل في البصرة
        date: 2026-12-01
        ---

        ## مقابلة

        وعن مستقبل النخيل في الجنوب، قالت الباحثة في جامعة البصرة رنا الحسناوي إن نصف البساتين مهدد بالملوحة.
        """;

    private const string Wells = """
        ---
        id: 2026-12-05-wells
        title: المياه في الواحات
        date: 2026-12-05
        ---

        ## الواحات

        وقالت الباحثة في مركز الدراسات الصحراوية سلمى بن علي إن منسوب الآبار الجوفية تراجع عشرة أمتار في عقد.
        """;

    [Theory]
    [InlineData("ما رأي الباحثة في مستقبل النخيل؟", "رنا الحسناوي")]
    [InlineData("ماذا قالت الباحثة عن الآبار الجوفية؟", "سلمى بن علي")]
    public void The_holder_who_speaks_of_the_subject_is_asked_of(string question, string speaker)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(speaker, answer.Speaker);
        Assert.All(answer.Passages, p => Assert.Equal(speaker, p.Passage.Speaker));
    }

    [Fact]
    public void A_subject_no_holder_speaks_of_names_no_one() =>
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, Ask("ماذا قالت الباحثة عن أسعار الذهب؟").Outcome);
}
