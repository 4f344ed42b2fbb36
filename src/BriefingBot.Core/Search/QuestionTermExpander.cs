using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Finds the index spellings of each question term and weighs it by rarity: its forms the index knows, otherwise the
/// nearest spellings of its main form (typos, transliteration variants). Weights are IDF, so rare words count for more.
/// </summary>
internal sealed class QuestionTermExpander(SearchTuning tuning)
{
    /// <summary>
    /// Spelling correction keeps the first two letters: typos there are rare, and it keeps the walk of the term
    /// dictionary short on a large index.
    /// </summary>
    private const int FuzzyPrefixLength = 2;

    /// <summary>The term statistics looked up here are handed to the query, so the dictionary is not searched twice.</summary>
    public List<ExpandedTerm> Expand(IndexReader reader, TermStatisticsLookup lookup, IReadOnlyList<QueryTerm> terms)
    {
        var docCount = Math.Max(reader.NumDocs, 1);
        var result = new List<ExpandedTerm>(terms.Count);
        var fuzzyTerms = 0;
        var derivedTerms = 0;
        foreach (var queryTerm in terms)
        {
            var known = new List<string>(queryTerm.Forms.Count);
            var states = new List<TermContext>(queryTerm.Forms.Count);
            var bestDf = 0;
            foreach (var form in queryTerm.Forms)
            {
                var state = lookup.Find(PassageFields.Text, form);
                if (state.DocFreq > 0)
                {
                    known.Add(form);
                    states.Add(state);
                    bestDf = Math.Max(bestDf, state.DocFreq);
                }
            }

            if (known.Count > 0)
            {
                result.Add(new ExpandedTerm(queryTerm.Primary, known, states, TermStatisticsLookup.Idf(bestDf, docCount), Fuzzy: false));
                continue;
            }

            var text = queryTerm.Primary;
            if (tuning.DerivedForms && derivedTerms++ < tuning.MaxFuzzyTerms)
            {
                AddDerived(lookup, queryTerm, known, states, ref bestDf);
            }

            var derived = known.Count > 0;

            if (known.Count == 0 && text.Length >= tuning.MinFuzzyLength && text.Length <= tuning.MaxFuzzyLength && tuning.MaxFuzzyExpansions > 0 && fuzzyTerms++ < tuning.MaxFuzzyTerms)
            {
                var term = new Term(PassageFields.Text, text);
                var edits = text.Length >= tuning.MinTwoEditLength ? 2 : 1;
                var fuzzy = new FuzzyQuery(term, edits, prefixLength: FuzzyPrefixLength, maxExpansions: tuning.MaxFuzzyExpansions, transpositions: true);
                if (fuzzy.Rewrite(reader) is BooleanQuery rewritten)
                {
                    foreach (var clause in rewritten.Clauses)
                    {
                        if (clause.Query is TermQuery tq)
                        {
                            var state = lookup.Find(PassageFields.Text, tq.Term.Text);
                            known.Add(tq.Term.Text);
                            states.Add(state);
                            bestDf = Math.Max(bestDf, state.DocFreq);
                        }
                    }
                }
            }

            // A word the index does not know weighs as much as one found in a single passage.
            result.Add(new ExpandedTerm(text, known, states, TermStatisticsLookup.Idf(Math.Max(bestDf, 1), docCount), Fuzzy: true) { Derived = derived });
        }

        return result;
    }

    /// <summary>
    /// The index's words of the unknown word's family (<see cref="DerivedForms"/>: «التصويت» for «صوّت»): another form
    /// of the same word, searched and counted as the word itself is, at a typo correction's lower weight. Tried before
    /// a typo correction, which would find the nearest spelling whatever its meaning («تحرير» for «تحضير»).
    /// </summary>
    private void AddDerived(TermStatisticsLookup lookup, QueryTerm term, List<string> known, List<TermContext> states, ref int bestDf)
    {
        foreach (var form in term.Forms)
        {
            foreach (var derived in DerivedForms.Of(form))
            {
                if (known.Count >= tuning.MaxFuzzyExpansions)
                {
                    return;
                }

                if (known.Contains(derived))
                {
                    continue;
                }

                var state = lookup.Find(PassageFields.Text, derived);
                if (state.DocFreq > 0)
                {
                    known.Add(derived);
                    states.Add(state);
                    bestDf = Math.Max(bestDf, state.DocFreq);
                }
            }
        }
    }
}
