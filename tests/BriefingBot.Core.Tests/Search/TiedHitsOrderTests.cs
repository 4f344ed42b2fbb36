using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// Passages of equal score come in an order of their own, not in the order a rebuild's threads happened to add them:
/// the same question gets the same answer after a restart. Sixty briefings of one day hold the same passage, more than
/// the hits rescored, so the cut itself falls among ties; two hundred hold more than the hits rescored and the margin past
/// them, so the whole tie at the cut must be fetched before it is ordered.
/// </summary>
public sealed class TiedHitsOrderTests
{
    private static readonly Briefing[] SameDay = Enumerable.Range(0, 60)
        .Select(i => Indexes.Briefing($"2026-12-01-b{i:D2}", new DateOnly(2026, 12, 1), "ارتفع سعر الخبز في الأسواق الشعبية."))
        .ToArray();

    [Fact]
    public void Tied_passages_are_ranked_by_briefing_whatever_order_the_index_was_built_in()
    {
        foreach (var order in new[] { SameDay, SameDay.Reverse().ToArray(), SameDay.OrderBy(b => b.Id.GetHashCode(StringComparison.Ordinal)).ToArray() })
        {
            using var index = Indexes.Of(order);

            var found = index.Search(new PassageSearch(index.Analyze("سعر الخبز"), 3));

            Assert.Equal(["2026-12-01-b00", "2026-12-01-b01", "2026-12-01-b02"], found.Hits.Select(h => h.Passage.BriefingId));
        }
    }

    [Fact]
    public void A_tie_wider_than_the_margin_past_the_cut_is_ranked_by_briefing_whatever_order_the_index_was_built_in()
    {
        var many = Enumerable.Range(0, 200)
            .Select(i => Indexes.Briefing($"2026-12-01-c{i:D3}", new DateOnly(2026, 12, 1), "ارتفع سعر الخبز في الأسواق الشعبية."))
            .ToArray();
        foreach (var order in new[] { many, many.Reverse().ToArray(), many.OrderBy(b => b.Id.GetHashCode(StringComparison.Ordinal)).ToArray() })
        {
            using var index = Indexes.Of(order);

            var found = index.Search(new PassageSearch(index.Analyze("سعر الخبز"), 3));

            Assert.Equal(["2026-12-01-c000", "2026-12-01-c001", "2026-12-01-c002"], found.Hits.Select(h => h.Passage.BriefingId));
        }
    }

    [Fact]
    public void Tied_briefings_are_ranked_by_their_ids_bytes_also_past_the_basic_plane()
    {
        // U+FF21 is EF BC A1 in UTF-8 and U+1F600 F0 9F 98 80: bytes (Lucene's order) put the first first, where an
        // ordinal comparison of UTF-16 (D83D DE00 against FF21) puts the second first.
        var wide = Indexes.Briefing("2026-12-01-\uFF21", new DateOnly(2026, 12, 1), "ارتفع سعر الخبز في الأسواق الشعبية.");
        var astral = Indexes.Briefing("2026-12-01-\U0001F600", new DateOnly(2026, 12, 1), "ارتفع سعر الخبز في الأسواق الشعبية.");
        foreach (var order in new[] { new[] { wide, astral }, [astral, wide] })
        {
            using var index = Indexes.Of(order);

            var found = index.Search(new PassageSearch(index.Analyze("سعر الخبز"), 2));

            Assert.Equal([wide.Id, astral.Id], found.Hits.Select(h => h.Passage.BriefingId));
        }
    }
}
