using BriefingBot.Core.Answering;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A Maghreb family name with «بن» is written spaced and glued alike («بن عيسى / بنعيسى»): a question writing it the other
/// way finds the person whose given name it also names, not another who shares the glued spelling.
/// </summary>
public sealed class SpeakerQuestionsOfAMaghrebBinNameTests() : BriefingsAnswerSpec(Algiers, Rabat)
{
    private const string Algiers = """
        ---
        id: 2026-12-30-algiers-casbah
        title: قصبة الجزائر تنهار
        date: 2026-12-30
        ---

        ## الحكومة

        قالت وزيرة الثقافة نوال بن عيسى إن الوزارة رصدت أربعة مليارات دينار لتدعيم البيوت.

        وتابعت بن عيسى أن الوزارة ستتولى متابعة الورشات المتوقفة.
        """;

    private const string Rabat = """
        ---
        id: 2026-12-15-morocco-sardines
        title: مصانع السردين في المغرب
        date: 2026-12-15
        ---

        ## المصانع

        وقال رئيس جمعية مصنعي السردين مصطفى بنعيسى إن المصانع تعمل بنصف طاقتها.
        """;

    [Theory]
    [InlineData("ماذا قالت نوال بنعيسى؟", "نوال بن عيسى")]
    [InlineData("ماذا قال مصطفى بن عيسى؟", "مصطفى بنعيسى")]
    public void A_given_name_with_the_family_name_spelt_the_other_way_finds_that_person(string question, string speaker)
    {
        var answer = Ask(question);

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(speaker, answer.Speaker);
    }
}
