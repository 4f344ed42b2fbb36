using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A speaker the report describes after the name, by a relative clause («الذي يملك بستانًا») or a noun the lexicon did
/// not hold as a title («المرشد السياحي»), is found when asked for by that description as a noun: «صاحب البستان»,
/// «العاملة في التعاونية», «المرشد السياحي».
/// </summary>
public sealed class SpeakerQuestionsOfADescribedRoleTests() : BriefingsAnswerSpec(Argan)
{
    private const string Argan = """
        ---
        id: 2026-12-13-argan
        title: زيت الأركان في سنة الجفاف
        date: 2026-12-13
        ---

        ## التعاونيات

        تراجع إنتاج زيت الأركان هذا الموسم إلى النصف بسبب الجفاف.

        "هذا عمل لا تتقنه الآلة"، تقول نعيمة العلوي، التي تعمل في التعاونية منذ خمسة عشر عامًا، وتتقاضى ستين درهمًا عن كل كيلوغرام.

        واشتكى كاظم العيداني، الذي يملك بستانًا قرب تمنار، من أن الشركات الكبرى تشتري الثمار بأسعار لا تقدر عليها التعاونيات.

        ## الرعاة

        ويقول سعيد بوزيد، المرشد السياحي على الطريق بين مراكش والصويرة، إن الرعاة صاروا يربطون الماعز فوق الأشجار.
        """;

    [Theory]
    [InlineData("ماذا قال صاحب البستان؟", "كاظم العيداني")]
    [InlineData("ماذا قالت العاملة في التعاونية؟", "نعيمة العلوي")]
    [InlineData("ماذا قال المرشد السياحي؟", "سعيد بوزيد")]
    public void The_description_asked_as_a_noun_finds_the_speaker(string question, string speaker)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.All(answer.Passages, p => Assert.Equal(speaker, p.Passage.Speaker));
    }
}
