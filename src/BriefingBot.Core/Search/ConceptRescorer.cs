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
            Add(stand, lookup, PassageFields.Text, concept.Words);
            Add(stand, lookup, PassageFields.Pairs, concept.Pairs);
            if (stand.Disjuncts.Count == 0)
            {
                continue;
            }

            var clause = new BooleanQuery(disableCoord: true) { { stand, Occur.SHOULD } };
            concept.OwnWords.ToList().ForEach(w => clause.Add(new TermQuery(new Term(PassageFields.Text, w)), Occur.MUST_NOT));
            concept.OwnPairs.ToList().ForEach(p => clause.Add(new TermQuery(new Term(PassageFields.Pairs, p)), Occur.MUST_NOT));
            query.Add(clause, Occur.SHOULD);
        }

        return query.Clauses.Count == 0 ? null : query;
    }

    /// <summary>How many hits the word search fetches for <paramref name="wanted"/> when they are to be rescored.</summary>
    public int Depth(int wanted) => Math.Max(wanted, tuning.RescoreDepth);

    /// <summary>
    /// The hits with weight × concept score added to the word score, best first (what Lucene's <c>QueryRescorer</c>
    /// does; its Lucene.Net port fails on a segment where the concepts match nothing, so it is done here: one scorer per
    /// segment, advanced through the hits in document order).
    /// </summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TopDocs firstPass, Query concepts)
    {
        var hits = firstPass.ScoreDocs.Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        if (hits.Length < 2)
        {
            return hits;
        }

        var weight = searcher.CreateNormalizedWeight(concepts);
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        var docBase = 0;
        var end = 0;
        Scorer? scorer = null;
        foreach (var hit in hits)
        {
            while (hit.Doc >= end)
            {
                var context = leaves[++leaf];
                docBase = context.DocBase;
                end = docBase + context.Reader.MaxDoc;
                scorer = weight.GetScorer(context, context.AtomicReader.LiveDocs);
            }

            if (scorer is null)
            {
                continue;
            }

            var target = hit.Doc - docBase;
            var current = scorer.DocID;
            if (current < target)
            {
                current = scorer.Advance(target);
            }

            if (current == target)
            {
                hit.Score += tuning.ConceptWeight * scorer.GetScore();
            }
        }

        return [.. hits.OrderByDescending(h => h.Score)];
    }

    private static void Add(DisjunctionMaxQuery query, TermStatisticsLookup lookup, string field, IReadOnlyList<string> terms)
    {
        foreach (var text in terms)
        {
            var states = lookup.Find(field, text);
            if (states.DocFreq > 0)
            {
                query.Add(new TermQuery(new Term(field, text), states));
            }
        }
    }
}
