using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Reorders the word search's best hits by the concepts the question names (<see cref="ConceptLexicon"/>): a passage
/// holding «واشنطن» gains a little for «كيف سترد أمريكا؟». As Lucene's <c>QueryRescorer</c> does, it adds
/// <see cref="SearchTuning.ConceptWeight"/> × the BM25 score of the other entries to each of the best
/// <see cref="SearchTuning.RescoreDepth"/> hits that lack the question's own word: a few skips in short posting lists,
/// and only for questions that name a concept. Coverage (the answer's confidence) is read before, from the word search's own hits.
/// </summary>
internal sealed class ConceptRescorer(ConceptLexicon lexicon, SearchTuning tuning)
{
    /// <summary>The query of the question's concepts the index knows; null when there is nothing to rescore with.</summary>
    public Query? Query(TermStatisticsLookup lookup, AnalyzedQuestion question)
    {
        // A translated question's words are a dictionary's senses, not the asker's: their concepts would be guesses.
        if (tuning.ConceptWeight <= 0 || question.Translated)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var concept in lexicon.Expand(question))
        {
            // The group's other entries count once, the best of them, and only in a passage without the question's own
            // word: they stand in for it, they do not add to it.
            var stand = new DisjunctionMaxQuery(0f);
            Add(stand, lookup, concept.Words);
            foreach (var pair in concept.Pairs)
            {
                if (WordPairs.Near(lookup, pair) is { } near)
                {
                    stand.Add(near);
                }
            }

            if (stand.Disjuncts.Count == 0)
            {
                continue;
            }

            var clause = new BooleanQuery(disableCoord: true) { { stand, Occur.SHOULD } };
            foreach (var own in concept.OwnWords)
            {
                // With the statistics the lookup already read: a term query without them opens a term-dictionary cursor
                // of its own (frames and buffers, several KB) for every question naming a concept.
                clause.Add(new HitSkippingQuery(new TermQuery(new Term(PassageFields.Text, own), lookup.Find(PassageFields.Text, own))), Occur.MUST_NOT);
            }

            foreach (var pair in concept.OwnPairs)
            {
                if (WordPairs.Near(lookup, pair) is { } near)
                {
                    clause.Add(near, Occur.MUST_NOT);
                }
            }

            query.Add(clause, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>The hits with weight × concept score added to the word score, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, ScoreDoc[] firstPass, Query concepts, TieOrder ties) =>
        HitRescoring.Rescore(searcher, firstPass, concepts, tuning.ConceptWeight, ties);

    private static void Add(DisjunctionMaxQuery query, TermStatisticsLookup lookup, IReadOnlyList<string> words)
    {
        foreach (var text in words)
        {
            var states = lookup.Find(PassageFields.Text, text);
            if (states.DocFreq > 0)
            {
                query.Add(new HitSkippingQuery(new TermQuery(new Term(PassageFields.Text, text), states)));
            }
        }
    }
}
