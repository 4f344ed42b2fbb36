using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Builds the Lucene queries for a question's expanded terms. The word search: one clause per question term on the
/// passage text, the best of its forms (a term counts once however many spellings match), common words set apart
/// (<see cref="WithCommonTerms"/>). The field query: the same terms on the speaker name and section heading, which
/// rescores the word search's best hits rather than joining it: as sub-clauses of every term they made the search a
/// third slower at a million passages, and rescoring ranked as well (docs/search-quality.md). Pairs of neighbouring
/// words rescore those hits too (<see cref="PairRescorer"/>).
/// </summary>
internal sealed class PassageQueryBuilder(SearchTuning tuning)
{
    /// <param name="passages">How many passages the index holds: what makes a word common.</param>
    public PassageQueries Build(TermStatisticsLookup lookup, IReadOnlyList<ExpandedTerm> expanded, int passages)
    {
        var commonCutoff = CommonTermCutoff(passages);
        var distinctive = new BooleanQuery(disableCoord: true);
        var common = new List<Query>();
        var fields = new BooleanQuery(disableCoord: true);
        var clauses = new List<Query>();
        foreach (var term in expanded)
        {
            if (term.Variants.Count == 0 || term.CoverageOnly)
            {
                continue;
            }

            var boost = term.Fuzzy ? tuning.FuzzyBoost : 1f;
            clauses.Clear();
            for (var i = 0; i < term.Variants.Count; i++)
            {
                clauses.Add(new TermQuery(new Term(PassageFields.Text, term.Variants[i]), term.States[i]) { Boost = boost });
            }

            var words = OneOf(clauses);
            if (term.States.Max(s => s.DocFreq) > commonCutoff)
            {
                common.Add(words);
            }
            else
            {
                distinctive.Add(words, Occur.SHOULD);
            }

            clauses.Clear();
            foreach (var variant in term.Variants)
            {
                AddIfPresent(clauses, lookup, PassageFields.SpeakerText, variant, boost * tuning.SpeakerBoost);
                AddIfPresent(clauses, lookup, PassageFields.SectionText, variant, boost * tuning.SectionBoost);
                AddIfPresent(clauses, lookup, PassageFields.TitleText, variant, boost * tuning.TitleBoost);
            }

            if (clauses.Count > 0)
            {
                fields.Add(OneOf(clauses), Occur.SHOULD);
            }
        }

        return new PassageQueries(WithCommonTerms(distinctive, common), fields.Clauses.Count == 0 ? null : fields);
    }

    /// <summary>One term's forms (or fields): the best of them counts, the others a little (tie-breaker 0.1).</summary>
    private static Query OneOf(List<Query> clauses)
    {
        if (clauses.Count == 1)
        {
            return clauses[0];
        }

        var best = new DisjunctionMaxQuery(0.1f);
        clauses.ForEach(best.Add);
        return best;
    }

    /// <summary>
    /// Passages must contain a distinctive word when the question has one; common words then only add to the scores of
    /// those passages, which Lucene computes by skipping through their long posting lists. The scores of the passages
    /// kept are exactly those of one flat disjunction: coordination is off and BM25 has no query norm.
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
        if (boost <= 0)
        {
            return;
        }

        var states = lookup.Find(field, text);
        if (states.DocFreq > 0)
        {
            clauses.Add(new TermQuery(new Term(field, text), states) { Boost = boost });
        }
    }
}

/// <summary>The word search, and the speaker and section query that rescores its best hits (null when no field has a question word).</summary>
internal sealed record PassageQueries(BooleanQuery Words, Query? Fields);
