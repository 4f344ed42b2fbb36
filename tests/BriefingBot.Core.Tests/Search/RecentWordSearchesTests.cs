using BriefingBot.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A question searched again a little deeper with the same words («كم …؟» with no number in its shown passages) reuses
/// the first word search's best hits (<see cref="RecentWordSearches"/>): only where the query (built anew) and the scope
/// are the same and the first search kept as many, and then exactly what a search of its own would give, ties included.
/// </summary>
public sealed class RecentWordSearchesTests
{
    [Fact]
    public void The_same_words_searched_again_with_a_query_built_anew_are_answered_without_a_search()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new CountingSearcher(reader);
        var recent = new RecentWordSearches();

        var first = recent.Search(searcher, Words("common", "rare"), null, (null, null), 66);
        var again = recent.Search(searcher, Words("common", "rare"), null, (null, null), 66);

        Assert.Equal(1, searcher.Searches);
        Assert.Equal(Describe(first), Describe(again));
    }

    [Fact]
    public void The_best_few_of_a_deeper_search_are_what_a_search_for_as_few_gives_ties_included()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new CountingSearcher(reader);
        var recent = new RecentWordSearches();

        recent.Search(searcher, Words("common", "rare"), null, (null, null), 60);
        var few = recent.Search(searcher, Words("common", "rare"), null, (null, null), 24);

        Assert.Equal(1, searcher.Searches);
        var own = searcher.Search(Words("common", "rare"), null, 24);
        Assert.Equal(Describe(own), Describe(few));
        Assert.True(own.ScoreDocs.GroupBy(h => h.Score).Any(g => g.Count() > 1), "the corpus must have tied hits, or the test proves nothing");
    }

    [Fact]
    public void Other_words_another_scope_or_more_hits_than_were_kept_are_searched()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new CountingSearcher(reader);
        var recent = new RecentWordSearches();

        recent.Search(searcher, Words("common", "rare"), null, (null, null), 24);
        recent.Search(searcher, Words("common", "other"), null, (null, null), 24);
        recent.Search(searcher, Words("common", "rare"), null, (new SearchScope("club"), null), 24);
        recent.Search(searcher, Words("common", "rare"), null, (null, "2026-12-03-news"), 24);
        recent.Search(searcher, Words("common", "rare"), null, (null, null), 60);

        Assert.Equal(5, searcher.Searches);
    }

    [Fact]
    public void Hits_rescored_by_the_caller_leave_the_remembered_ones_as_they_were()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new CountingSearcher(reader);
        var recent = new RecentWordSearches();

        var first = recent.Search(searcher, Words("common", "rare"), null, (null, null), 24);
        var expected = Describe(first);
        first.ScoreDocs[0].Score += 100;
        var again = recent.Search(searcher, Words("common", "rare"), null, (null, null), 24);
        again.ScoreDocs[1].Score += 100;

        Assert.Equal(expected, Describe(recent.Search(searcher, Words("common", "rare"), null, (null, null), 24)));
    }

    /// <summary>The word search's shape: one clause per word, the best of its forms (here one form each).</summary>
    private static BooleanQuery Words(params string[] words)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in words)
        {
            query.Add(new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term("text", word)), new TermQuery(new Term("text", word + "s")) }, Occur.SHOULD);
        }

        return query;
    }

    private static string Describe(TopDocs top) =>
        top.TotalHits + ": " + string.Join(' ', top.ScoreDocs.Select(h => h.Doc + "@" + h.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Short passages of few words, many alike: equal scores are common, as in a briefing's index.</summary>
    private static RAMDirectory Corpus()
    {
        var directory = new RAMDirectory();
        var random = new Random(20261203);
        string[] words = ["common", "other", "rare", "filler", "commons"];
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        for (var i = 0; i < 400; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(2, 5)).Select(_ => words[random.Next(words.Length)]));
            writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });
        }

        writer.Commit();
        return directory;
    }

    private sealed class CountingSearcher(IndexReader reader) : IndexSearcher(reader)
    {
        public int Searches { get; private set; }

        public override TopDocs Search(Query query, Filter? filter, int n)
        {
            Searches++;
            return base.Search(query, filter, n);
        }
    }
}
