using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// A speaker is introduced in one paragraph — full name, role, where he works — and goes on in the next under his
/// surname alone («وأضاف الشيخ أنه تعلم الحرفة من والده …»، «وأوضحت حسانين أن …»), or in a bare quote after a colon. A
/// question that names him by those words matches the introduction, while what it asks is said in the paragraph after.
/// Among the best hits, a paragraph that goes on from its speaker's previous paragraph (same briefing, the paragraph just
/// before, same speaker), itself a best hit, carries the introduction's words: it gains
/// <see cref="SearchTuning.ContinuationWeight"/> of that paragraph's score, in the share (by the words' IDF) of the
/// question words the introduction holds and it lacks. A continuation that already holds them gains nothing, so the
/// introduction keeps first place when its own words answer. Scores are read before any gain: a chain does not compound.
/// </summary>
internal sealed class ContinuationRescorer(SearchTuning tuning)
{
    /// <summary>How deep in the best hits continuations are looked for: the answer's neighbourhood, not the whole rescoring depth.</summary>
    private const int Depth = 20;

    private static readonly ISet<string> SpeakerOnly = new HashSet<string>(StringComparer.Ordinal) { PassageFields.Speaker };

    /// <summary>The hits, each continuation raised by what it carries of its introduction's score, best first.</summary>
    /// <param name="hits">Best first, ties in <see cref="TieOrder"/> as every rescorer leaves them: continuations are looked for among the first <see cref="Depth"/>, a cut that must not fall by document number.</param>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] hits, IReadOnlyList<ExpandedTerm> question, TieOrder ties)
    {
        var words = question.Where(t => !t.Fuzzy && !t.Derived && t.Variants.Count > 0).ToList();
        if (tuning.ContinuationWeight <= 0 || words.Count == 0 || hits.Length < 2)
        {
            return hits;
        }

        var depth = Math.Min(hits.Length, Depth);
        var at = new Dictionary<(string Briefing, long Ordinal), int>();
        for (var i = 0; i < depth; i++)
        {
            at[(ties.BriefingOf(hits[i].Doc), ties.OrdinalOf(hits[i].Doc))] = i;
        }

        var gains = new float[hits.Length];
        var any = false;
        for (var i = 0; i < depth; i++)
        {
            if (!at.TryGetValue((ties.BriefingOf(hits[i].Doc), ties.OrdinalOf(hits[i].Doc) - 1), out var previous)
                || SpeakerOf(searcher, hits[i].Doc) is not { } speaker
                || !string.Equals(speaker, SpeakerOf(searcher, hits[previous].Doc), StringComparison.Ordinal))
            {
                continue;
            }

            gains[i] = tuning.ContinuationWeight * CarriedShare(searcher, lookup, hits[previous].Doc, hits[i].Doc, words) * hits[previous].Score;
            any |= gains[i] > 0;
        }

        if (!any)
        {
            return hits;
        }

        var rescored = new ScoreDoc[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            rescored[i] = new ScoreDoc(hits[i].Doc, hits[i].Score + gains[i]);
        }

        ties.Sort(rescored);
        return rescored;
    }

    /// <summary>Of the question words the introduction holds (by IDF), the share the continuation lacks.</summary>
    private static float CarriedShare(IndexSearcher searcher, TermStatisticsLookup lookup, int introduction, int continuation, List<ExpandedTerm> words)
    {
        float held = 0, carried = 0;
        foreach (var word in words)
        {
            if (!Holds(searcher, lookup, introduction, word))
            {
                continue;
            }

            held += word.Weight;
            if (!Holds(searcher, lookup, continuation, word))
            {
                carried += word.Weight;
            }
        }

        return held > 0 ? carried / held : 0;
    }

    private static bool Holds(IndexSearcher searcher, TermStatisticsLookup lookup, int doc, ExpandedTerm word)
    {
        var leaves = searcher.IndexReader.Leaves;
        var segment = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return word.Variants.Any(v => SegmentRescoringWalk.AdvanceTo(lookup.Docs(PassageFields.Text, v, segment), doc - segment.DocBase));
    }

    /// <summary>The passage's own speaker (the first stored; the others are people it quotes), or null.</summary>
    private static string? SpeakerOf(IndexSearcher searcher, int doc) => searcher.Doc(doc, SpeakerOnly).Get(PassageFields.Speaker);
}
