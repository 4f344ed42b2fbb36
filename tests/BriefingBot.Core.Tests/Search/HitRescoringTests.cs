using BriefingBot.Core.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// Rescoring a first pass's hits reads a common word's postings by skipping from hit to hit
/// (<see cref="HitSkippingQuery"/>, <see cref="HitSpanTermQuery"/>), and must add to every hit exactly what Lucene's own
/// term and span queries add under the hit filter: same hits found, same scores to the last bit.
/// </summary>
public sealed class HitRescoringTests
{
    private const int Passages = 3000;

    [Fact]
    public void A_word_pair_read_only_at_the_hits_adds_what_lucenes_filtered_span_adds()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var hits = Hits(reader.MaxDoc);

        var expected = HitRescoring.Rescore(searcher, hits, Near(t => new SpanTermQuery(t), "common", "rare"), 1f, new TieOrder(searcher.IndexReader));
        var actual = HitRescoring.Rescore(searcher, hits, Near(t => new HitSpanTermQuery(t), "common", "rare"), 1f, new TieOrder(searcher.IndexReader));

        Assert.Equal(Describe(expected), Describe(actual));
        Assert.True(Gained(hits, actual) > 3, "the pair must be found at some hits, or the test proves nothing");
    }

    [Fact]
    public void A_stand_in_word_skipping_the_hit_filter_adds_what_the_filtered_word_adds_where_the_own_word_is_missing()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var hits = Hits(reader.MaxDoc);

        var expected = HitRescoring.Rescore(searcher, hits, StandIn(q => q, "other"), 0.5f, new TieOrder(searcher.IndexReader));
        var actual = HitRescoring.Rescore(searcher, hits, StandIn(q => new HitSkippingQuery(q), "other"), 0.5f, new TieOrder(searcher.IndexReader));

        Assert.Equal(Describe(expected), Describe(actual));
        Assert.True(Gained(hits, actual) > 3, "the stand-in must score at some hits, or the test proves nothing");
    }

    [Fact]
    public void A_pair_and_words_under_one_stand_in_add_what_lucenes_filtered_queries_add()
    {
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var hits = Hits(reader.MaxDoc);

        var expected = HitRescoring.Rescore(searcher, hits, Mixed(q => q, t => new SpanTermQuery(t)), 0.5f, new TieOrder(searcher.IndexReader));
        var actual = HitRescoring.Rescore(searcher, hits, Mixed(q => new HitSkippingQuery(q), t => new HitSpanTermQuery(t)), 0.5f, new TieOrder(searcher.IndexReader));

        Assert.Equal(Describe(expected), Describe(actual));
    }

    [Fact]
    public void A_word_skipping_between_hits_stops_at_exactly_the_hits_the_filtered_word_stops_at()
    {
        // Where a clause stands decides the order in which a disjunction adds its clauses' scores: stopping anywhere
        // else could change a sum in its last bit, and with it a tie between two copies of one passage.
        using var directory = Corpus();
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var hits = Hits(reader.MaxDoc);

        foreach (var word in new[] { "common", "other", "own", "rare", "absent" })
        {
            var filtered = Stops(searcher, hits, new TermQuery(new Term("text", word)));
            var skipping = Stops(searcher, hits, new HitSkippingQuery(new TermQuery(new Term("text", word))));

            Assert.Equal(filtered, skipping);
        }

        Assert.Equal(Stops(searcher, hits, Near(t => new SpanTermQuery(t), "own", "rare")), Stops(searcher, hits, Near(t => new HitSpanTermQuery(t), "own", "rare")));
    }

    [Fact]
    public void Moved_by_steps_and_skips_in_any_mix_over_segments_with_deletions_words_and_pairs_stop_where_the_filtered_ones_stop()
    {
        using var directory = Corpus();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            writer.DeleteDocuments(new Term("text", "own"));
            writer.AddDocument(new Document { new TextField("text", "single common rare", Field.Store.NO) });
            writer.Commit();
        }

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var live = Enumerable.Range(0, reader.MaxDoc).Where(d => MultiFields.GetLiveDocs(reader)?.Get(d) ?? true).ToArray();
            var hits = live.OrderBy(_ => random.Next()).Take(random.Next(2, 60)).Select(d => new ScoreDoc(d, 1f)).ToArray();
            foreach (var word in new[] { "common", "other", "rare", "single", "filler" })
            {
                var a = Walk(searcher, hits, new TermQuery(new Term("text", word)), seed);
                var b = Walk(searcher, hits, new HitSkippingQuery(new TermQuery(new Term("text", word))), seed);
                Assert.Equal(a, b);
            }

            var c = Walk(searcher, hits, Mixed(q => q, t => new SpanTermQuery(t)), seed);
            var d = Walk(searcher, hits, Mixed(q => new HitSkippingQuery(q), t => new HitSpanTermQuery(t)), seed);
            Assert.Equal(c, d);
        }
    }

    /// <summary>The passages a scorer stops at under each segment's hit filter, moved by a seeded mix of steps and skips to a hit.</summary>
    private static List<(int, float)> Walk(IndexSearcher searcher, ScoreDoc[] hits, Query query, int seed)
    {
        var random = new Random(seed);
        var weight = searcher.CreateNormalizedWeight(query);
        var stops = new List<(int, float)>();
        var inDocOrder = hits.OrderBy(h => h.Doc).ToArray();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var inLeaf = inDocOrder.Where(h => h.Doc >= leaf.DocBase && h.Doc < leaf.DocBase + leaf.Reader.MaxDoc).ToArray();
            if (inLeaf.Length == 0 || weight.GetScorer(leaf, HitDocs.In(inLeaf, leaf)) is not { } scorer)
            {
                continue;
            }

            var doc = -1;
            while (true)
            {
                if (random.Next(2) == 0)
                {
                    doc = scorer.NextDoc();
                }
                else
                {
                    var targets = inLeaf.Select(h => h.Doc - leaf.DocBase).Where(t => t > doc).ToArray();
                    if (targets.Length == 0)
                    {
                        break;
                    }

                    doc = scorer.Advance(targets[random.Next(Math.Min(3, targets.Length))]);
                }

                if (doc == DocIdSetIterator.NO_MORE_DOCS)
                {
                    break;
                }

                stops.Add((leaf.DocBase + doc, scorer.GetScore()));
            }
        }

        return stops;
    }

    /// <summary>Every passage the query's scorer stops at, moving one step at a time, under the hit filter of each segment.</summary>
    private static List<(int Doc, float Score)> Stops(IndexSearcher searcher, ScoreDoc[] hits, Query query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var stops = new List<(int, float)>();
        var inDocOrder = hits.OrderBy(h => h.Doc).ToArray();
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var inLeaf = inDocOrder.Where(h => h.Doc >= leaf.DocBase && h.Doc < leaf.DocBase + leaf.Reader.MaxDoc).ToArray();
            if (weight.GetScorer(leaf, HitDocs.In(inLeaf, leaf)) is not { } scorer)
            {
                continue;
            }

            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                stops.Add((leaf.DocBase + doc, scorer.GetScore()));
            }
        }

        return stops;
    }

    /// <summary>Two segments of passages where «common» is in most, «other» and «own» in many, «rare» in some, in varying neighbourhoods.</summary>
    private static RAMDirectory Corpus()
    {
        var directory = new RAMDirectory();
        var random = new Random(20261202);
        string[] words = ["common", "other", "own", "rare", "filler", "more", "word"];
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)));
        for (var i = 0; i < Passages; i++)
        {
            var length = random.Next(3, 30);
            var text = string.Join(' ', Enumerable.Range(0, length).Select(_ => random.Next(10) switch
            {
                < 4 => "common",
                4 => random.Next(3) == 0 ? "rare" : "filler",
                5 => random.Next(4) == 0 ? "other" : "more",
                6 => random.Next(6) == 0 ? "own" : "word",
                _ => words[random.Next(words.Length)],
            }));
            writer.AddDocument(new Document { new TextField("text", text, Field.Store.NO) });
            if (i == Passages / 2)
            {
                writer.Commit();
            }
        }

        writer.Commit();
        return directory;
    }

    /// <summary>
    /// A first pass of 50 hits spread over the whole index, in pairs of neighbours (a word missing from one hit is then
    /// often next found at the following hit), with made-up scores.
    /// </summary>
    private static ScoreDoc[] Hits(int maxDoc)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, maxDoc / 2).OrderBy(_ => random.Next()).Take(25).SelectMany(d => new[] { 2 * d, (2 * d) + 1 }).Select(d => new ScoreDoc(d, (float)random.NextDouble()))];
    }

    private static SpanNearQuery Near(Func<Term, SpanTermQuery> word, string first, string second) =>
        new([word(new Term("text", first)), word(new Term("text", second))], 2, inOrder: true);

    /// <summary>As a concept's clause: the stand-in counts where the question's own word is missing.</summary>
    private static BooleanQuery StandIn(Func<Query, Query> wrap, string standIn)
    {
        var stand = new DisjunctionMaxQuery(0f) { wrap(new TermQuery(new Term("text", standIn))), wrap(new TermQuery(new Term("text", "rare"))) };
        return new BooleanQuery(disableCoord: true) { { stand, Occur.SHOULD }, { wrap(new TermQuery(new Term("text", "own"))), Occur.MUST_NOT } };
    }

    private static BooleanQuery Mixed(Func<Query, Query> wrap, Func<Term, SpanTermQuery> word)
    {
        var stand = new DisjunctionMaxQuery(0f) { wrap(new TermQuery(new Term("text", "other"))), Near(word, "common", "rare") };
        var clause = new BooleanQuery(disableCoord: true)
        {
            { stand, Occur.SHOULD },
            { wrap(new TermQuery(new Term("text", "own"))), Occur.MUST_NOT },
            { Near(word, "own", "common"), Occur.MUST_NOT },
        };
        return new BooleanQuery(disableCoord: true) { { clause, Occur.SHOULD }, { StandIn(wrap, "more"), Occur.SHOULD } };
    }

    private static int Gained(ScoreDoc[] before, ScoreDoc[] after) =>
        after.Count(a => before.Single(b => b.Doc == a.Doc).Score != a.Score);

    private static string[] Describe(ScoreDoc[] hits) => [.. hits.Select(h => h.Doc + "@" + h.Score.ToString("R", System.Globalization.CultureInfo.InvariantCulture))];
}
