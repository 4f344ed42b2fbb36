using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// «ما هو X؟» (and «ما تعريف / ما معنى X؟»، «من هم X؟») is answered by the passage that opens with X and says what it is (<see cref="DefinitionRescorer"/>), not by a
/// shorter one that only mentions X on the way.
/// </summary>
public sealed class DefinitionRescorerTests
{
    private static readonly string[] Paragraphs =
    [
        "الهيدروجين الأخضر وقود ينتج بتحليل الماء بكهرباء الشمس والرياح.",
        "تراهن موريتانيا على تصدير الهيدروجين الأخضر إلى أوروبا.",
        "تعد موريتانيا من أغنى بلدان المنطقة بالشمس والرياح.",
    ];

    private static PassageHit First(SearchTuning tuning, string question)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild([Indexes.Briefing("2026-12-06-arcd13-hydrogen", new DateOnly(2026, 12, 6), Paragraphs)], "test");
        return index.Search(new PassageSearch(index.Analyze(question), 3)).Hits[0];
    }

    [Theory]
    [InlineData("ما هو الهيدروجين الأخضر؟")]
    [InlineData("ماهو الهيدروجين الأخضر؟")]
    [InlineData("ما تعريف الهيدروجين الأخضر؟")]
    [InlineData("ما معنى الهيدروجين الأخضر؟")]
    public void A_what_is_question_ranks_the_passage_opening_with_its_subject_first(string question)
    {
        Assert.StartsWith("تراهن", First(SearchTuning.Default with { DefinitionWeight = 0 }, question).Passage.Text, StringComparison.Ordinal);

        Assert.StartsWith("الهيدروجين", First(SearchTuning.Default, question).Passage.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ما هو الهيدروجين الأخضر؟", true)]
    [InlineData("- من هي نادية مراد؟", true)]
    [InlineData("ما تعريف السرطان؟", true)]
    [InlineData("ما معنى كلمة ني؟", true)]
    [InlineData("من هم الحوثيون؟", true)]
    [InlineData("ما تعريف الأمم المتحدة للاجئ الذي يعبر الحدود بحثًا عن العمل؟", false)]
    [InlineData("ما هي أهم الدول التي تستورد الهيدروجين الأخضر من موريتانيا؟", false)]
    [InlineData("هل الهيدروجين الأخضر نظيف؟", false)]
    [InlineData("كم يكلف الهيدروجين الأخضر؟", false)]
    public void Only_a_short_what_or_who_is_question_asks_for_a_definition(string question, bool asks)
    {
        using var index = PassageIndex.InMemory();

        Assert.Equal(asks, new DefinitionRescorer(SearchTuning.Default).Asks(index.Analyze(question)));
    }
}
