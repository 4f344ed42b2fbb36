using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question word that the briefing's title names and several of its best hits hold is its subject beyond doubt: it
/// chooses which of its paragraphs answers less than a word its paragraphs merely share (<see cref="SharedWordRescorer"/>,
/// <see cref="SearchTuning.TitleWordSubjectShare"/>), on a real index. The lede repeats the title's words and so passes
/// the paragraph that says what is asked, which names the subject only as «الشركة».
/// </summary>
public sealed class TitleWordSubjectTests
{
    private static readonly Briefing[] Stories =
    [
        Indexes.TitledBriefing(
            "2026-12-12-potash", "البوتاس الأردني: إنتاج قياسي من البحر الميت وأسعار تتراجع في الأسواق الآسيوية",
            "أعلنت شركة البوتاس العربية يوم الخميس أنها أنتجت نحو ثلاثة ملايين طن من البوتاس خلال الأشهر الأحد عشر الأولى من العام، وهو أعلى إنتاج في تاريخها.",
            "وتصدرت الهند قائمة مستوردي البوتاس الأردني هذا العام بنحو خمسة وثلاثين في المئة من الصادرات، تلتها الصين بعشرين في المئة.",
            "وبلغ صافي أرباح الشركة في الأشهر التسعة الأولى من العام مئتين وستين مليون دينار، مقابل ثلاثمئة وعشرة ملايين دينار في الفترة نفسها من العام الماضي، إذ عوضت زيادة الكميات المبيعة جزءًا فقط من أثر انخفاض الأسعار."),
        Indexes.TitledBriefing("2026-12-11-bank", "مصرف الخليج يوزع أرباحه", "وارتفعت أرباح المصرف هذا العام بعد زيادة القروض."),
        Indexes.TitledBriefing("2026-12-10-cement", "الإسمنت العربي", "وقالت شركة الإسمنت العربية إن أرباحها تراجعت مع ركود البناء."),
        Indexes.TitledBriefing("2026-12-09-dates", "تمور الأحساء", "وتصدر شركة التمور العربية إنتاجها إلى آسيا."),
        Indexes.TitledBriefing("2026-12-08-phones", "شركة الاتصالات", "وخسرت شركة الاتصالات ربع مشتركيها."),
        Indexes.TitledBriefing("2026-12-07-airline", "الطيران العربي", "وأعلنت الشركة العربية للطيران رحلات جديدة إلى آسيا."),
    ];

    private static List<(string Passage, float Score)> Ranked(SearchTuning tuning, string question)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(Stories, "test");
        return [.. index.Search(new PassageSearch(index.Analyze(question), 5)).Hits.Select(h => ($"{h.Passage.BriefingId}/{h.Passage.Ordinal}", h.Score))];
    }

    private const string Question = "ما صافي أرباح البوتاس العربية؟";

    [Fact]
    public void The_paragraph_that_says_what_is_asked_passes_the_lede_that_repeats_the_title()
    {
        Assert.Equal("2026-12-12-potash/1", Ranked(SearchTuning.Default with { TitleWordSubjectShare = 0 }, Question)[0].Passage);
        Assert.Equal("2026-12-12-potash/3", Ranked(SearchTuning.Default, Question)[0].Passage);
    }

    [Fact]
    public void Only_which_of_the_briefings_passages_answers_changes_not_the_places_or_scores_of_the_ranking()
    {
        var before = Ranked(SearchTuning.Default with { TitleWordSubjectShare = 0 }, Question);
        var after = Ranked(SearchTuning.Default, Question);
        Assert.Equal(before.Select(h => h.Score), after.Select(h => h.Score));
        Assert.Equal(before.Select(h => h.Passage.Split('/')[0]), after.Select(h => h.Passage.Split('/')[0]));
    }
}
