using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// «اسم» after «ما» or «ما هو» only asks for a name (<see cref="NameAskedWord"/>): the word search does not look for it,
/// so a passage that says «اسم» by the way is no hit, while the coverage still counts it.
/// </summary>
public sealed class NameAskedWordTests : IDisposable
{
    private readonly PassageIndex _index = PassageIndex.InMemory();

    public NameAskedWordTests() =>
        _index.Rebuild(
        [
            Indexes.Briefing(
                "oasis", new DateOnly(2026, 12, 31),
                "ويقام مهرجان التمور في الواحة كل خريف منذ عشر سنوات.",
                "وأطلقت البلدية اسم الشهيد على الشارع الرئيسي."),
        ],
        "test");

    public void Dispose() => _index.Dispose();

    private PassageSearchResult Search(string question) => _index.Search(new PassageSearch(_index.Analyze(question), 5));

    private static List<string> Found(PassageSearchResult result) => [.. result.Hits.Select(h => h.Passage.Text)];

    [Theory]
    [InlineData("ما اسم مهرجان التمور؟")]
    [InlineData("ما هو اسم مهرجان التمور؟")]
    [InlineData("وما إسم مهرجان التمور؟")]
    public void A_passage_that_only_says_name_is_no_hit_for_a_name_asked(string question)
    {
        Assert.Equal(["ويقام مهرجان التمور في الواحة كل خريف منذ عشر سنوات."], Found(Search(question)));
    }

    [Fact]
    public void The_name_asked_still_counts_in_the_coverage()
    {
        var result = Search("ما اسم مهرجان التمور؟");

        Assert.Contains(result.Terms, t => !t.InTopHit && t.Term == _index.Analyze("اسم").Terms[0]);
        Assert.True(result.TopCoverage < 1);
    }

    [Fact]
    public void Name_elsewhere_is_searched_for()
    {
        Assert.Contains("وأطلقت البلدية اسم الشهيد على الشارع الرئيسي.", Found(Search("هل تغير اسم الشارع؟")));
    }

    [Fact]
    public void A_question_of_the_name_alone_searches_for_it()
    {
        Assert.NotEmpty(Search("ما اسم؟").Hits);
    }
}
