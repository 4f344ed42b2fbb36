using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Finds the passages that best answer an analysed question: expands its terms, runs the query over the latest
/// commit, orders ties, and reads the hits with their highlights and how much of the question the best of the first
/// <see cref="CoverageDepth"/> hits covers.
/// </summary>
internal sealed class PassageSearcher(IndexStore store, QuestionTermExpander expander, PassageQueryBuilder queries, MatchHighlighter highlighter)
{
    /// <summary>How many of the best hits are checked for how much of the question they cover.</summary>
    private const int CoverageDepth = 3;

    public PassageSearchResult Search(PassageSearch request)
    {
        if (request.Question.IsEmpty || request.Take <= 0)
        {
            return PassageSearchResult.Empty;
        }

        using var lease = store.Lease();
        var searcher = lease.Searcher;
        var reader = searcher.IndexReader;
        var lookup = new TermStatisticsLookup(reader.Context);
        var expanded = expander.Expand(reader, lookup, request.Question.QueryTerms);
        var query = queries.Build(lookup, expanded, request.Question.Pairs, reader.NumDocs);
        if (query.Clauses.Count == 0)
        {
            return new PassageSearchResult([], 0, 0, ExpandedTerm.Matches(expanded, null));
        }

        var filter = CommunityFilter.Create(request.Scope, request.BriefingId);
        // Scoring alone lets Lucene use its fast out-of-order scorer; ties (the same text in two briefings)
        // are then broken by date in the few hits fetched, with enough spare to see a tie across the cut.
        // (Scoring in order would save its 2,048-bucket table per question, but costs a third more CPU: measured.)
        var wanted = request.Skip + request.Take;
        var top = searcher.Search(query, filter, wanted * 2);
        var ranked = TieOrder.Rank(reader, top.ScoreDocs).Take(wanted).ToList();
        var hits = new List<PassageHit>();
        HashSet<string>? bestTerms = null;
        var bestCoverage = -1.0;
        var allVariants = expanded.SelectMany(e => e.Variants).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < ranked.Count; i++)
        {
            var scoreDoc = ranked[i];
            if (i >= CoverageDepth && i < request.Skip)
            {
                continue;
            }

            var passage = PassageDocument.Read(searcher.Doc(scoreDoc.Doc));
            // One analysis of the hit gives both its highlights and which question terms it contains.
            var present = i < CoverageDepth ? new HashSet<string>(StringComparer.Ordinal) : null;
            var highlights = highlighter.Find(passage.Text, allVariants, present);
            if (present is not null)
            {
                var coverage = QuestionCoverage.Of(ExpandedTerm.Matches(expanded, present));
                if (coverage > bestCoverage)
                {
                    bestCoverage = coverage;
                    bestTerms = present;
                }
            }

            if (i >= request.Skip)
            {
                hits.Add(new PassageHit(passage, scoreDoc.Score, highlights));
            }
        }

        var matches = ExpandedTerm.Matches(expanded, bestTerms);
        return new PassageSearchResult(hits, QuestionCoverage.Of(matches), top.TotalHits, matches);
    }
}
