using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// The rescorers' walk (<see cref="SegmentRescoringWalk"/>) gives its hits back best first with ties in the stable
/// order (<see cref="TieOrder"/>), not by document number: a rescorer after it that cuts by place (the continuations
/// looked for among the best twenty, the held-together rule's first ten) then cuts the same hits after a rebuild.
/// </summary>
public sealed class SegmentRescoringWalkTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);

    private static readonly Passage[] SameDay = Enumerable.Range(0, 12)
        .Select(i => Indexes.Briefing($"2026-12-01-b{i:D2}", Day, "ارتفع سعر الخبز في الأسواق الشعبية.").Passages[0])
        .ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Hits_left_tied_come_back_ranked_by_briefing_whatever_order_the_index_was_built_in(bool rescored)
    {
        SegmentRescoring? rescoring = rescored ? AddOne : null;
        foreach (var order in new[] { SameDay, SameDay.Reverse().ToArray() })
        {
            using var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
            {
                foreach (var passage in order)
                {
                    writer.AddDocument(PassageDocument.Create(passage, Day, null));
                }
            }

            using var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader);
            var hits = Enumerable.Range(0, reader.MaxDoc).Select(doc => new ScoreDoc(doc, 1f)).ToArray();

            var walked = SegmentRescoringWalk.Rescore(searcher, hits, rescoring, new TieOrder(reader));

            Assert.Equal(SameDay.Select(p => p.BriefingId), walked.Select(h => searcher.Doc(h.Doc).Get(PassageFields.BriefingId)));
        }
    }

    private static void AddOne(AtomicReaderContext segment, Span<ScoreDoc> hits)
    {
        foreach (var hit in hits)
        {
            hit.Score += 1f;
        }
    }
}
