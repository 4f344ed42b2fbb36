using BriefingBot.Benchmarks.Quality;

namespace BriefingBot.Benchmarks.Tests.Quality;

public sealed class PlainArabicBm25RetrieverTests : IDisposable
{
    private readonly TinyBenchmarkData _data = new();

    [Fact]
    public void A_question_made_of_a_passages_words_ranks_that_passage_first()
    {
        using var retriever = new PlainArabicBm25Retriever();
        retriever.Index(_data.Passages, includeTitle: false);

        var firstRanked = _data.Questions.Count(q => retriever.Rank(q.Question, 10).FirstOrDefault() == q.Gold[0]);

        Assert.True(firstRanked >= _data.Questions.Count * 0.8, $"{firstRanked} of {_data.Questions.Count} ranked first");
    }

    [Fact]
    public void A_question_of_only_stop_words_ranks_nothing()
    {
        using var retriever = new PlainArabicBm25Retriever();
        retriever.Index(_data.Passages, includeTitle: false);

        Assert.Empty(retriever.Rank("من في على", 10));
    }

    [Fact]
    public void Ranking_before_indexing_is_refused()
    {
        using var retriever = new PlainArabicBm25Retriever();

        Assert.Throws<InvalidOperationException>(() => retriever.Rank("موسكو", 10));
    }

    public void Dispose() => _data.Dispose();
}
