using System.Text.RegularExpressions;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// «ما هو X؟» and «من هو X؟» ask what or who X is, as do «ما تعريف X؟»، «ما معنى X؟» and «من هم X؟», and the passage
/// that says it opens with X: a definition names its subject first («السرطان هو مجموعة من الأمراض …»، «مبادرة الحزام
/// والطريق هي …»), where a passage that only mentions X names it on the way. Among the word search's best hits for such a question (at most <see cref="SearchTuning.DefinitionMaxTerms"/>
/// search words: a longer one asks about X, «ما هو سبب …»), a hit whose first word is one of the question's gains
/// <see cref="SearchTuning.DefinitionWeight"/> of its own score. Positions are read at the hits only; the analyser's stop
/// words keep their places, so a passage opening «في …» does not open with its second word.
/// </summary>
internal sealed partial class DefinitionRescorer(SearchTuning tuning)
{
    [GeneratedRegex(@"^\W*(ما|من)\s*(هو|هي|هى|هم)\s+\S|^\W*ما\s*(تعريف|معنى)\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex WhatIs();

    public bool Asks(AnalyzedQuestion question) =>
        tuning.DefinitionWeight > 0 && question.QueryTerms.Count > 0 && question.QueryTerms.Count <= tuning.DefinitionMaxTerms && WhatIs().IsMatch(question.Text);

    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<ExpandedTerm> question, TieOrder ties)
    {
        var words = question.SelectMany(t => t.Variants).Distinct(StringComparer.Ordinal).ToList();
        if (words.Count == 0 || hits.Length < 2)
        {
            return hits;
        }

        return SegmentRescoringWalk.Rescore(searcher, hits, (segment, inSegment) =>
        {
            var cursors = words.Select(w => lookup.Positions(PassageFields.Text, w, segment)).ToArray();
            foreach (var hit in inSegment)
            {
                var target = hit.Doc - segment.DocBase;
                foreach (var cursor in cursors)
                {
                    if (SegmentRescoringWalk.AdvanceTo(cursor, target) && cursor!.NextPosition() == 0)
                    {
                        hit.Score *= 1 + tuning.DefinitionWeight;
                        break;
                    }
                }
            }
        }, ties);
    }
}
