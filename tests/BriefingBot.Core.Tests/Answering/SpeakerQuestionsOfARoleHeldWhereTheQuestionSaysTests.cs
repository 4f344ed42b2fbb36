using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قالت أستاذة علوم البحار في جامعة عدن؟» is not asked of the marine scientist of a report on Kuwait that never
/// names Aden, however closely her role matches the title: the place the question names says which briefing is meant.
/// </summary>
public sealed class SpeakerQuestionsOfARoleHeldWhereTheQuestionSaysTests : IDisposable
{
    private static readonly Briefing Kuwait = Indexes.Briefing(
        "2027-01-02-kuwait-desalination",
        new DateOnly(2027, 1, 2),
        "رفعت الكويت إنتاج محطات تحلية المياه هذا الصيف إلى مستوى قياسي.",
        "وقالت أستاذة علوم البحار في جامعة الكويت، منيرة الرشيدي، إن المياه المالحة التي تعيدها المحطات إلى الخليج رفعت ملوحته.");

    private static readonly Briefing Aden = Indexes.Briefing(
        "2027-01-03-aden-salt",
        new DateOnly(2027, 1, 3),
        "تراجع إنتاج الملح في ملاحات عدن إلى نحو تسعة آلاف طن في العام الماضي.",
        "الدكتورة نادية باشراحيل، التي تدرّس علوم البحار في جامعة عدن منذ عشرين عامًا، تقول إن الملاحات حاجز طبيعي يحمي الأحياء المنخفضة من الغرق.");

    private readonly PassageIndex _index = Indexes.Of(Kuwait, Aden);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_role_asked_with_a_place_is_not_answered_with_a_holder_whose_briefing_never_names_it()
    {
        var answer = Indexes.Answerer(_index, null, Kuwait, Aden).Answer(new AnswerRequest("ماذا قالت أستاذة علوم البحار في جامعة عدن؟"));

        Assert.NotEmpty(answer.Passages);
        Assert.Equal(Aden.Id, answer.Passages[0].Passage.BriefingId);
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, answer.Outcome);
    }
}
