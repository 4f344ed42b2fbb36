using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// A briefing about what the question asks says the question's words in more than one paragraph; a briefing that meets
/// the question by the way says a word of it once («الطقس» in one paragraph of a migrant-boat story, for a question on
/// balloon flights stopped by the weather). Among the word search's best hits, the hits of a briefing two or more of
/// whose best hits hold the same question word gain <see cref="SearchTuning.SaidAgainWeight"/> of their own score. The
/// whole briefing gains, so its passages keep their order among themselves: the rule chooses between briefings, never
/// between the paragraphs of one (raising only the hits that hold the word cost held-out first places). A typo's
/// correction or a family's stand-in is another word than the reader's, and counts for nothing.
/// </summary>
internal sealed class SaidAgainRescorer(SearchTuning tuning)
{
    /// <summary>The hits, those of a briefing that says a question word in two of them raised by the weight × their score, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<ExpandedTerm> question, TieOrder ties)
    {
        var words = question.Where(t => !t.Fuzzy && !t.Derived && t.Variants.Count > 0).ToList();
        if (tuning.SaidAgainWeight <= 0 || words.Count == 0 || hits.Length < 2)
        {
            return hits;
        }

        var holding = new HashSet<(string Briefing, int Word)>();
        var saying = new HashSet<string>(StringComparer.Ordinal);
        var walked = SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            var cursors = words.Select(w => w.Variants.Select(v => lookup.Docs(PassageFields.Text, v, segment)).ToArray()).ToArray();
            foreach (var hit in inSegment)
            {
                var target = hit.Doc - segment.DocBase;
                var briefing = ties.BriefingOf(hit.Doc);
                for (var w = 0; w < cursors.Length; w++)
                {
                    if (SegmentRescoringWalk.AnyAt(cursors[w], target) && !holding.Add((briefing, w)))
                    {
                        saying.Add(briefing);
                    }
                }
            }
        }, ties);
        if (saying.Count == 0)
        {
            return walked;
        }

        foreach (var hit in walked)
        {
            if (saying.Contains(ties.BriefingOf(hit.Doc)))
            {
                hit.Score *= 1 + tuning.SaidAgainWeight;
            }
        }

        ties.Sort(walked);
        return walked;
    }
}
