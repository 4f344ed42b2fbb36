using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Lets the other forms of a question word's verb stand in for it in the word search's best
/// <see cref="SearchTuning.RescoreDepth"/> hits: «ماذا ينقص المستشفيات؟» is answered by a passage saying «نقص حاد»,
/// «تجدد ملاعبها» by «توسعة وتجديد»، «من قاطع» by «مقاطعة» (<see cref="DerivedForms.OfVerb"/>: persons, tenses, verbal
/// noun and participles), and a noun by its other number: «ما مشكلة أحواض السمك» by «الأسماك»، «كم سعر الليلة في فندق» by
/// «فنادق» (<see cref="DerivedForms.OfPlural"/>: broken plurals). News writing names an action by its verbal noun where a
/// reader asks with the verb, and a kind of thing in the plural where a reader asks in the singular; the light stemmer
/// keeps them apart. For each question word the index knows, a hit without the word itself gains
/// <see cref="SearchTuning.FamilyWeight"/> × the BM25 score of the best of the family's words it has: they stand in for
/// the word, never add to it. The postings are read only at the hits, through the question's own term cursors, as
/// <see cref="PairRescorer"/> reads positions (a Lucene query opens a term cursor per word and segment: measured about a fifth
/// more CPU per question at 100k passages), and the word's own postings only at a hit that has one of its family. A word the
/// index does not know is already searched as its family (<see cref="QuestionTermExpander"/>). Coverage (the answer's
/// confidence) is read before, from the word search's own hits.
/// </summary>
internal sealed class WordFamilyRescorer(SearchTuning tuning)
{
    /// <summary>
    /// The index words of each question word's family, per reader: a word's family is a few dozen spellings to look up,
    /// most of them absent, and the same words come back question after question. Keyed by the reader, so a commit (a
    /// new briefing) starts afresh.
    /// </summary>
    private readonly ConditionalWeakTable<IndexReader, KnownFamilies> _known = [];

    /// <summary>The question words the index knows whose family it has too; empty when there is nothing to rescore with.</summary>
    public IReadOnlyList<WordFamily> Families(IndexReader reader, TermStatisticsLookup lookup, AnalyzedQuestion question)
    {
        // A translated question's words are a dictionary's senses, not the asker's: their families would be guesses.
        if ((tuning.FamilyWeight <= 0 && tuning.PluralWeight <= 0) || question.Translated)
        {
            return [];
        }

        var ownForms = question.QueryTerms.SelectMany(t => t.Forms).ToHashSet(StringComparer.Ordinal);
        var known = _known.GetValue(reader, _ => new KnownFamilies());
        var families = new List<WordFamily>();
        foreach (var term in question.QueryTerms)
        {
            var own = term.Forms.Where(f => lookup.Find(PassageFields.Text, f).DocFreq > 0).ToArray();
            if (own.Length == 0)
            {
                continue;
            }

            var relatives = term.Forms.SelectMany(f => known.Of(f, lookup)).Where(r => !ownForms.Contains(r.Word)).DistinctBy(r => r.Word, StringComparer.Ordinal).ToArray();
            if (relatives.Length > 0)
            {
                // A broken plural or singular is weighed apart from a verb's forms: another number names the same things,
                // but a plural pattern read in a word of another sense («مزرعة» / «مزارع» of farmers) misleads more often.
                var weighted = relatives.Select(r => (r.Plural ? tuning.PluralWeight : tuning.FamilyWeight) * TermStatisticsLookup.Idf(lookup.Find(PassageFields.Text, r.Word).DocFreq, reader.MaxDoc)).ToArray();
                families.Add(new WordFamily(own, [.. relatives.Select(r => r.Word)], weighted));
            }
        }

        return families;
    }

    /// <summary>The hits with weight × the best stand-in's BM25 score added for each word they lack, best first.</summary>
    public ScoreDoc[] Rescore(IndexSearcher searcher, TermStatisticsLookup lookup, ScoreDoc[] firstPass, IReadOnlyList<WordFamily> families, TieOrder ties)
    {
        if (families.Count == 0)
        {
            return SegmentRescoringWalk.Rescore(searcher, firstPass, null, ties);
        }

        var averageLength = Bm25Lengths.Average(searcher);
        return SegmentRescoringWalk.Rescore(searcher, firstPass, (segment, hits) => RescoreIn(segment, lookup, hits, families, averageLength), ties);
    }

    private void RescoreIn(AtomicReaderContext leaf, TermStatisticsLookup lookup, Span<ScoreDoc> hits, IReadOnlyList<WordFamily> families, float averageLength)
    {
        var norms = leaf.AtomicReader.GetNormValues(PassageFields.Text);
        // Counts, not bare postings: a stand-in's BM25 score needs how often the hit has it.
        var relatives = families.Select(f => f.Relatives.Select(w => lookup.Counts(PassageFields.Text, w, leaf)).ToArray()).ToArray();

        // The word's own cursors are opened only once a hit has one of its family: most hits have none.
        var own = new DocsEnum?[families.Count][];
        foreach (var hit in hits)
        {
            var target = hit.Doc - leaf.DocBase;
            for (var f = 0; f < families.Count; f++)
            {
                var best = 0f;
                for (var r = 0; r < relatives[f].Length; r++)
                {
                    if (relatives[f][r] is { } cursor && SegmentRescoringWalk.AdvanceTo(cursor, target))
                    {
                        var saturation = Bm25Lengths.Saturation(tuning, norms, target, averageLength);
                        best = Math.Max(best, families[f].WeightedIdf[r] * cursor.Freq * (tuning.K1 + 1) / (cursor.Freq + saturation));
                    }
                }

                if (best > 0)
                {
                    own[f] ??= [.. families[f].Own.Select(w => lookup.Docs(PassageFields.Text, w, leaf))];
                    if (!own[f].Any(cursor => SegmentRescoringWalk.AdvanceTo(cursor, target)))
                    {
                        hit.Score += best;
                    }
                }
            }
        }
    }

    /// <summary>One reader's words and the members of their verb's family and broken plurals it has; bounded, so odd input cannot grow it without end.</summary>
    private sealed class KnownFamilies
    {
        private const int MaxWords = 16384;

        private readonly ConcurrentDictionary<string, (string Word, bool Plural)[]> _families = new(StringComparer.Ordinal);

        public (string Word, bool Plural)[] Of(string form, TermStatisticsLookup lookup)
        {
            if (_families.TryGetValue(form, out var known))
            {
                return known;
            }

            var verb = DerivedForms.OfVerb(form);
            var found = verb.Select(w => (Word: w, Plural: false)).Concat(DerivedForms.OfPlural(form).Except(verb, StringComparer.Ordinal).Select(w => (Word: w, Plural: true)))
                .Where(r => lookup.Find(PassageFields.Text, r.Word).DocFreq > 0).ToArray();
            if (_families.Count < MaxWords)
            {
                _families.TryAdd(form, found);
            }

            return found;
        }
    }
}

/// <summary>
/// A question word's forms the index knows, the index words of its verb's family and broken plurals, and each one's
/// rarity (BM25 idf) times its weight (<see cref="SearchTuning.FamilyWeight"/> or <see cref="SearchTuning.PluralWeight"/>).
/// </summary>
internal sealed record WordFamily(string[] Own, string[] Relatives, float[] WeightedIdf);
