using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Builds the Lucene query for a question's expanded terms: one clause per question term, the best of its forms and
/// fields (a term counts once however many spellings match); pairs of neighbouring words rescore its best hits
/// after (<see cref="PairRescorer"/>). A form absent from the speaker or section field gets no sub-clause there: it could not score, and a term left
/// with one clause is a plain term query, which Lucene scores much faster than a disjunction. Clauses of common
/// words are set apart (<see cref="WithCommonTerms"/>).
/// </summary>
internal sealed class PassageQueryBuilder(SearchTuning tuning)
{
    /// <param name="passages">How many passages the index holds: what makes a word common.</param>
    public BooleanQuery Build(TermStatisticsLookup lookup, IReadOnlyList<ExpandedTerm> expanded, int passages)
    {
        var commonCutoff = CommonTermCutoff(passages);
        var distinctive = new BooleanQuery(disableCoord: true);
        var common = new List<Query>();
        void Place(Query clause, int docFreq)
        {
            if (docFreq > commonCutoff)
            {
                common.Add(clause);
            }
            else
            {
                distinctive.Add(clause, Occur.SHOULD);
            }
        }

        var clauses = new List<Query>();
        foreach (var term in expanded)
        {
            if (term.Variants.Count == 0)
            {
                continue;
            }

            var boost = term.Fuzzy ? tuning.FuzzyBoost : 1f;
            clauses.Clear();
            for (var i = 0; i < term.Variants.Count; i++)
            {
                var variant = term.Variants[i];
                clauses.Add(new TermQuery(new Term(PassageFields.Text, variant), term.States[i]) { Boost = boost });
                AddIfPresent(clauses, lookup, PassageFields.SpeakerText, variant, boost * tuning.SpeakerBoost);
                AddIfPresent(clauses, lookup, PassageFields.SectionText, variant, boost * tuning.SectionBoost);
            }

            Place(clauses.Count == 1 ? clauses[0] : BestOf(clauses), term.States.Max(s => s.DocFreq));
        }

        return WithCommonTerms(distinctive, common);
    }

    /// <summary>One term's forms and fields: the best of them counts, the others a little (tie-breaker 0.1).</summary>
    private static DisjunctionMaxQuery BestOf(List<Query> clauses)
    {
        var best = new DisjunctionMaxQuery(0.1f);
        clauses.ForEach(best.Add);
        return best;
    }

    /// <summary>
    /// Passages must contain a distinctive word when the question has one; common words then only add to
    /// the scores of those passages, which Lucene computes by skipping through their long posting lists. The scores
    /// of the passages kept are exactly those of one flat disjunction: coordination is off and BM25 has no query norm.
    /// </summary>
    private static BooleanQuery WithCommonTerms(BooleanQuery distinctive, List<Query> common)
    {
        if (common.Count == 0)
        {
            return distinctive;
        }

        var query = new BooleanQuery(disableCoord: true);
        if (distinctive.Clauses.Count > 0)
        {
            query.Add(distinctive, Occur.MUST);
        }

        foreach (var clause in common)
        {
            query.Add(clause, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>Document frequency above which a word is common in an index of <paramref name="passages"/> passages.</summary>
    private int CommonTermCutoff(int passages) =>
        passages < tuning.CommonTermMinPassages
            ? int.MaxValue
            : (int)(passages * tuning.CommonTermShare);

    private static void AddIfPresent(List<Query> clauses, TermStatisticsLookup lookup, string field, string text, float boost)
    {
        if (boost > 0 && Present(lookup, field, text) is { } query)
        {
            query.Boost = boost;
            clauses.Add(query);
        }
    }

    /// <summary>A term query carrying the statistics already looked up, or null when no passage has the term in this field.</summary>
    private static TermQuery? Present(TermStatisticsLookup lookup, string field, string text)
    {
        var states = lookup.Find(field, text);
        return states.DocFreq == 0 ? null : new TermQuery(new Term(field, text), states);
    }
}
