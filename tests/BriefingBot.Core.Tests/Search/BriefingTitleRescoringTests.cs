using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question word found in the title of a passage's briefing rescores the word search's best hits
/// (<see cref="SearchTuning.TitleBoost"/>): a question names the briefing's subject («السردين») that its passages leave to
/// the title, so of two passages saying the same of their own subject, the one whose briefing is about the subject asked
/// comes first.
/// </summary>
public sealed class BriefingTitleRescoringTests
{
    private static readonly Briefing[] Factories =
    [
        new BriefingParser().Parse(
            "ويعمل في المصانع نحو ثلاثين ألف عامل أغلبهم من النساء.",
            new BriefingHeader("sardines", "مصانع تعليب السردين في المغرب تعمل نصف الوقت", new DateOnly(2026, 11, 29))),
        new BriefingParser().Parse(
            "ويعمل في المصانع نحو عشرين ألف عامل أغلبهم من النساء.",
            new BriefingHeader("textiles", "صناعة النسيج في الأردن تبحث عن أسواق جديدة", new DateOnly(2026, 11, 30))),
    ];

    private static string First(SearchTuning tuning, string question)
    {
        using var index = PassageIndex.InMemory(tuning);
        index.Rebuild(Factories, "test");
        return index.Search(new PassageSearch(index.Analyze(question), 2)).Hits[0].Passage.BriefingId;
    }

    [Fact]
    public void A_passage_of_the_briefing_whose_title_names_the_subject_asked_passes_its_twin_in_another_briefing()
    {
        const string question = "كم عاملا في مصانع السردين؟";

        Assert.Equal("textiles", First(SearchTuning.Default with { TitleBoost = 0 }, question));
        Assert.Equal("sardines", First(SearchTuning.Default, question));
    }

    [Fact]
    public void A_question_naming_no_word_of_either_title_keeps_the_word_search_order()
    {
        const string question = "كم عاملا من النساء؟";

        Assert.Equal(First(SearchTuning.Default with { TitleBoost = 0 }, question), First(SearchTuning.Default, question));
    }
}
