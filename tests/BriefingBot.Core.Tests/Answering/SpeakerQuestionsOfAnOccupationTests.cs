using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// An occupation asked as a speaker («ماذا قال مربي الأبقار؟») is every speaker the briefings know by it: the one quoted
/// unnamed by that occupation, and a named one whom another briefing calls by its noun alone («يقول المربي»).
/// </summary>
public sealed class SpeakerQuestionsOfAnOccupationTests() : BriefingsAnswerSpec(Farms, Jobs)
{
    private const string Farms = """
        ---
        id: 2026-12-01-farms
        title: المزارع في الصحراء
        date: 2026-12-01
        ---

        ## المربون

        أما جاره سالم الهاجري، فاتجه إلى تربية الأبقار الحلوب. يقول المربي إن الأعلاف المستوردة تلتهم أكثر من نصف دخله.

        "نبيع الحليب لمصنع الألبان بسعر ثابت"، يضيف الهاجري.

        ## الدواجن

        ويقول مربي الدواجن منصور العلي إن الشركات الكبرى تستحوذ على العقود.
        """;

    private const string Jobs = """
        ---
        id: 2026-12-05-jobs
        title: وظائف الشباب
        date: 2026-12-05
        ---

        ## الزراعة

        يقول مربي الأبقار الذي يملك مزرعة قرب المفرق إنه يبحث منذ شهور عن عامل واحد يقبل العمل في الحظيرة.
        """;

    [Fact]
    public void An_occupation_asked_brings_the_speaker_called_by_its_noun_as_well_as_the_unnamed_one()
    {
        var answer = Ask("ماذا قال مربي الأبقار؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains(answer.Passages, p => p.Passage.Speaker == "مربي الأبقار");
        Assert.Contains(answer.Passages, p => p.Passage.Speaker == "سالم الهاجري");
    }

    [Fact]
    public void Another_trade_of_the_same_noun_is_not_brought()
    {
        var answer = Ask("ماذا قال مربي الأبقار؟");

        Assert.DoesNotContain(answer.Passages, p => p.Passage.Speaker == "منصور العلي");
    }
}
