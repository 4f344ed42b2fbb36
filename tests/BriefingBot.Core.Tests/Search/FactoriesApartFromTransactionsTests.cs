using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// «المعامل» (factories, the plural of «معمل») is not «المعاملات» (transactions): the analyser keeps the verbal noun's
/// «ة» (analyser 17), so a reader's «معامل» finds the briefing's «المصانع» through the lexicon, not a bank's transactions.
/// </summary>
public sealed class FactoriesApartFromTransactionsTests
{
    private static readonly Briefing Town = Indexes.Briefing(
        "2026-12-30-town",
        new DateOnly(2026, 12, 30),
        "وتستقبل مصانع العصائر في المنطقة الصناعية نحو مئتي ألف طن من الفاكهة كل عام.",
        "وارتفعت قيمة المعاملات المصرفية الإلكترونية إلى نحو مئتي ألف عملية كل عام.");

    [Fact]
    public void A_readers_factories_find_the_factories_passage_not_the_transactions()
    {
        using var index = Indexes.Of(Town);

        var found = index.Search(new PassageSearch(index.Analyze("كم طنا تستقبل المعامل كل عام؟"), 2));

        Assert.Contains("مصانع العصائر", found.Hits[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_on_transactions_still_finds_them_in_the_singular()
    {
        using var index = Indexes.Of(Town);

        var found = index.Search(new PassageSearch(index.Analyze("ما قيمة المعاملة المصرفية؟"), 2));

        Assert.Contains("المعاملات", found.Hits[0].Passage.Text, StringComparison.Ordinal);
    }
}
