using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question word that two or more of one briefing's best hits hold is its subject and no longer decides between them
/// by their lengths (<see cref="SharedWordRescorer"/>), on a real index: the long paragraph that also says what the
/// question asks passes the short one that says only the subject.
/// </summary>
public sealed class SharedWordRescorerTests
{
    /// <summary>An island named in a short paragraph and in a long one about its diving; diving said in other stories too.</summary>
    private static readonly Briefing[] Stories =
    [
        Indexes.Briefing(
            "island", new DateOnly(2027, 1, 3),
            "فرسان.",
            "ويعمل في جزر فرسان اليوم تسعة مراكز للغوص والرحلات البحرية، افتتح ستة منها خلال العامين الماضيين، وتنظم رحلات يومية إلى الجزر غير المأهولة والشعاب المرجانية بأسعار تبدأ من ثلاثمئة ريال للشخص، ويأتي أكثر زبائنها في الشتاء والربيع."),
        Indexes.Briefing("reef", new DateOnly(2027, 1, 2), "ويقصد الزوار الشعاب للغوص في الصيف."),
        Indexes.Briefing("pearls", new DateOnly(2027, 1, 1), "وكان الغوص على اللؤلؤ مهنة أهل الساحل."),
        Indexes.Briefing("sponges", new DateOnly(2026, 12, 31), "ويعيش صيادو الإسفنج من الغوص في الشتاء."),
        Indexes.Briefing("wrecks", new DateOnly(2026, 12, 30), "وتجذب السفن الغارقة هواة الغوص."),
        Indexes.Briefing("lakes", new DateOnly(2026, 12, 29), "ويمنع الغوص في البحيرة."),
        Indexes.Briefing("caves", new DateOnly(2026, 12, 28), "ويحب الشباب الغوص في الكهوف."),
    ];

    private const string Question = "ما مراكز الغوص في فرسان؟";

    private static List<string> Ranked(SearchTuning tuning)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(Stories, "test");
        return [.. index.Search(new PassageSearch(index.Analyze(Question), 5)).Hits.Select(h => $"{h.Passage.BriefingId}/{h.Passage.Ordinal}")];
    }

    [Fact]
    public void A_long_paragraph_that_says_what_is_asked_passes_a_short_one_of_its_briefing_that_says_only_the_subject()
    {
        Assert.Equal("island/1", Ranked(SearchTuning.Default with { SharedWordFlattening = 0 })[0]);
        Assert.Equal("island/2", Ranked(SearchTuning.Default)[0]);
    }

    [Fact]
    public void A_briefing_of_one_hit_keeps_its_score()
    {
        static float Reef(SearchTuning tuning)
        {
            using var index = PassageIndex.InMemory(tuning);
            index.Rebuild(Stories, "test");
            return index.Search(new PassageSearch(index.Analyze(Question), 5)).Hits.Single(h => h.Passage.BriefingId == "reef").Score;
        }

        Assert.Equal(Reef(SearchTuning.Default with { SharedWordFlattening = 0 }), Reef(SearchTuning.Default), 3);
    }
}
