using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// The words of a question are often each said by several briefings, yet only the briefing it asks about says them all,
/// spread over its paragraphs: «السودان» and «القطار» of a railway briefing, where a gum-arabic briefing says «السودان»
/// and «تصدير» in the one paragraph that passes the railway's answer. A word several briefings say names no subject
/// (<see cref="SubjectWordRescorer"/> takes a word of one briefing only), but the words together do. Among the briefings
/// of the word search's first <see cref="SearchTuning.HeldTogetherCandidates"/> hits, the one whose paragraphs hold every
/// question word that any other of them holds, and more, has its hits raised by <see cref="SearchTuning.HeldTogetherWeight"/>
/// of their own score. The whole briefing gains, so its passages keep their order among themselves: the rule chooses
/// between briefings, never between the paragraphs of one. A typo's correction or a family's stand-in is another word
/// than the reader's, and counts for nothing.
/// </summary>
/// <remarks>
/// Containment, not a count: a briefing that holds the most of the words, weighed by rarity, is as often a long one
/// holding many common words (tried: tune lost 31 first places for 17 won). Holding every word another holds, and more,
/// asks that the other briefings name nothing the first does not.
/// A briefing of one passage is never raised: what it holds together is what its one passage holds, which the word
/// search has already weighed, and containment then only prefers the longer text — over stand-alone passages (ARCD's
/// articles cut into overlapping paragraphs, each its own briefing) the rule lifted a long neighbour over the short
/// paragraph that answers (ARCD train R@1 .752 → .743).
/// </remarks>
internal sealed class HeldTogetherRescorer(SearchTuning tuning)
{
    private static readonly Comparison<(int Doc, int Briefing)> ByDoc = (x, y) => x.Doc.CompareTo(y.Doc);

    /// <summary>The hits, those of the briefing holding every question word the others hold, and more, raised by the weight × their score, best first.</summary>
    /// <param name="hits">Best first, ties in <see cref="TieOrder"/>: the candidates are the first few, and a cut among ties by document number would choose after a rebuild otherwise.</param>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<ExpandedTerm> question, TieOrder ties)
    {
        var words = question.Where(t => !t.Fuzzy && !t.Derived && !t.CoverageOnly && t.Variants.Count > 0).ToList();
        if (tuning.HeldTogetherWeight <= 0 || words.Count < 2 || hits.Length < 2)
        {
            return hits;
        }

        var candidates = hits.Take(tuning.HeldTogetherCandidates)
            .Select(h => ties.BriefingOf(h.Doc))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (candidates.Count < 2)
        {
            return hits;
        }

        var held = Held(searcher, lookup, candidates, words);
        var best = held.MaxBy(h => h.Value.Words.Count);
        if (best.Value.Passages < 2)
        {
            // One passage holds nothing together: its own score already counts its words.
            return hits;
        }

        if (held.Any(h => h.Key != best.Key && !h.Value.Words.IsProperSubsetOf(best.Value.Words)))
        {
            // Another briefing holds a word the best does not, or as many: the words name no one of them.
            return hits;
        }

        var raised = hits.Select(h => new ScoreDoc(h.Doc, ties.BriefingOf(h.Doc) == best.Key ? h.Score * (1 + tuning.HeldTogetherWeight) : h.Score)).ToArray();
        ties.Sort(raised);
        return raised;
    }

    /// <summary>
    /// For each candidate briefing, the question words (their places in <paramref name="words"/>) that some passage of it
    /// holds, and how many passages it has. Each segment's postings are opened once for all the candidates and walked over
    /// their passages in document order: opened per briefing, the ten candidates' cursors were a third of a question's
    /// garbage. One cursor of each field is reset from term to term (a briefing's id, then each form of each word), where
    /// one was opened for each (ten ids and every form, some 2 KB of buffers apiece): a form's postings are walked over all
    /// the passages before the next form's, which finds the same words.
    /// </summary>
    private static Dictionary<string, Holding> Held(IndexSearcher searcher, TermStatisticsLookup lookup, List<string> briefings, List<ExpandedTerm> words)
    {
        var found = briefings.Select(_ => new bool[words.Count]).ToArray();
        var passageCounts = new int[briefings.Count];
        // Filled by the walk, which alone counts a briefing's passages: the live ones (a term's doc freq also counts
        // the passages of a briefing replaced until its segment merges). Kept from segment to segment.
        var passages = new List<(int Doc, int Briefing)>();
        foreach (var segment in searcher.IndexReader.Leaves)
        {
            passages.Clear();
            // One postings cursor serves every candidate of the segment in turn: a briefing's passages are read out whole before the next's.
            DocsEnum? ids = null;
            for (var b = 0; b < briefings.Count; b++)
            {
                if (lookup.Docs(PassageFields.BriefingId, briefings[b], segment, ids) is not { } docs)
                {
                    continue;
                }

                ids = docs;
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    passages.Add((doc, b));
                    passageCounts[b]++;
                }
            }

            if (passages.Count == 0)
            {
                continue;
            }

            passages.Sort(ByDoc);
            DocsEnum? text = null;
            for (var w = 0; w < words.Count; w++)
            {
                foreach (var form in words[w].Variants)
                {
                    if (lookup.Docs(PassageFields.Text, form, segment, text) is not { } docs)
                    {
                        continue;
                    }

                    text = docs;
                    foreach (var (doc, b) in passages)
                    {
                        found[b][w] |= SegmentRescoringWalk.AdvanceTo(docs, doc);
                    }
                }
            }
        }

        return Enumerable.Range(0, briefings.Count).ToDictionary(
            b => briefings[b],
            b => new Holding(Enumerable.Range(0, words.Count).Where(w => found[b][w]).ToHashSet(), passageCounts[b]),
            StringComparer.Ordinal);
    }

    /// <summary>The question words (their places) some passage of a briefing holds, and how many passages it has.</summary>
    private sealed record Holding(HashSet<int> Words, int Passages);
}
