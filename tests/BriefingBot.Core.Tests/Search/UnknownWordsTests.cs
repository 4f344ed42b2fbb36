using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// What is found for a word the index does not know (its close spellings, its family) is remembered per index reader:
/// asked again it is the same, and after a commit that brings the word's spelling or a relative of it, the new
/// briefing's passage is found.
/// </summary>
public sealed class UnknownWordsTests
{
    private static readonly Briefing Weather = Indexes.Briefing(
        "2026-11-20-weather",
        new DateOnly(2026, 11, 20),
        "تساقطت الثلوج على المرتفعات الشمالية طوال الليل.",
        "وتتوقع الأرصاد أمطارا غزيرة في نهاية الأسبوع.");

    [Fact]
    public void A_misspelt_word_finds_the_spelling_a_later_briefing_brings()
    {
        using var index = Indexes.Of(Weather);
        Assert.Empty(Search(index, "كوبنهاجن"));
        Assert.Empty(Search(index, "كوبنهاجن"));

        index.Upsert(Indexes.Briefing("2026-11-21-summit", new DateOnly(2026, 11, 21), "اختتمت قمة المناخ في كوبنهاغن أعمالها مساء الجمعة."), "test");

        var hit = Assert.Single(Search(index, "كوبنهاجن"));
        Assert.Contains("كوبنهاغن", hit.Passage.Text, StringComparison.Ordinal);
        Assert.Single(Search(index, "كوبنهاجن"));
    }

    [Fact]
    public void A_plural_written_with_the_article_finds_its_singular_not_a_verb_read_into_it()
    {
        using var index = Indexes.Of(Indexes.Briefing(
            "2026-12-01-budget",
            new DateOnly(2026, 12, 1),
            "تمثل موسكو بوابة قوة جديدة في مواجهة العزلة الدبلوماسية.",
            "وانتقد النائب مهلهل المضف تضخم بند الرواتب في الجهات المستقلة."));

        var hits = Search(index, "ماذا يقول النواب؟");

        Assert.Contains("النائب", hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_word_finds_the_relative_a_later_briefing_brings()
    {
        using var index = Indexes.Of(Weather);
        Assert.Empty(Search(index, "صوّت"));

        index.Upsert(Indexes.Briefing("2026-11-21-vote", new DateOnly(2026, 11, 21), "بدأ التصويت على الدستور الجديد صباح اليوم."), "test");

        var hit = Assert.Single(Search(index, "صوّت"));
        Assert.Contains("التصويت", hit.Passage.Text, StringComparison.Ordinal);
    }

    private static IReadOnlyList<PassageHit> Search(PassageIndex index, string question) =>
        index.Search(new PassageSearch(index.Analyze(question), 3)).Hits;
}
