using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News names who built a thing by whichever verb of building it chose («السدود التي أقامتها تركيا»، «شيدتها مجموعة
/// عمران»): a question asking it by another verb («من بنى …؟») is answered there, and only where the verb stands beside
/// the thing built, in its sentence.
/// </summary>
public sealed class BuilderNamedByAnyVerbCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-12-builders",
        new DateOnly(2026, 12, 12),
        "ويعزو المسؤولون جزءًا كبيرًا من الأزمة إلى السدود التي أقامتها تركيا على منابع النهرين، وأكبرها سد أتاتورك على الفرات.",
        "وافتتحت ثلاثة فنادق جديدة هذا العام على شاطئ المغسيل، شيدتها مجموعة عمران الحكومية بكلفة خمسة وأربعين مليون ريال.",
        "واستقبل المطار الجديد مليون مسافر هذا العام. وأقامت البلدية سوقًا شعبية قرب الشاطئ.");

    [Theory]
    [InlineData("من بنى السدود على منابع دجلة والفرات؟")]
    [InlineData("من بنى الفنادق الجديدة على الشاطئ؟")]
    public void A_builder_named_by_another_verb_of_building_answers(string question)
    {
        var answer = Ask(question);

        Assert.True(answer.Answered, answer.Declined?.ToString());
    }

    [Fact]
    public void A_verb_of_building_in_another_sentence_builds_something_else()
    {
        var answer = Ask("من بنى المطار الجديد؟");

        Assert.False(answer.Answered);
    }
}
