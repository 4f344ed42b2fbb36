using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BriefingBot.Core.Search;

/// <summary>
/// Finds the index spellings of each question term and weighs it by rarity: its forms the index knows, otherwise the
/// nearest spellings of its main form (typos, transliteration variants). Weights are IDF, so rare words count for more.
/// </summary>
/// <param name="concepts">When given (and <see cref="SearchTuning.ConceptWeight"/> is not 0), a word the index lacks is
/// searched as the news words of its concept.</param>
/// <param name="words">The passages' analysis, which reads the halves of a word typed without a space; without it no word is split.</param>
internal sealed class QuestionTermExpander(SearchTuning tuning, ConceptLexicon? concepts = null, Analyzer? words = null)
{
    /// <summary>
    /// Spelling correction keeps the first two letters: typos there are rare, and it keeps the walk of the term
    /// dictionary short on a large index.
    /// </summary>
    private const int FuzzyPrefixLength = 2;

    /// <summary>
    /// The spellings found for words the index does not know, per reader: the same misspelling or unknown word («ماهي»)
    /// comes back question after question, and finding its family or its close spellings is a hundred dictionary
    /// lookups or an automaton walked over the dictionary. Keyed by the reader, so a commit (a new briefing) starts afresh.
    /// </summary>
    private readonly ConditionalWeakTable<IndexReader, UnknownWords> _unknownWords = [];

    /// <summary>The term statistics looked up here are handed to the query, so the dictionary is not searched twice.</summary>
    /// <param name="readersWords">The terms are the asker's own words: a translated question's are a dictionary's senses,
    /// and the news words of their concepts would be guesses.</param>
    public List<ExpandedTerm> Expand(IndexReader reader, TermStatisticsLookup lookup, IReadOnlyList<QueryTerm> terms, bool readersWords = true)
    {
        var standIns = readersWords && tuning.ConceptWeight > 0 ? concepts : null;
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

            var unknown = known.Count > 0 ? null : _unknownWords.GetValue(reader, _ => new UnknownWords());
            if (unknown is not null && tuning.DialectSpellings)
            {
                // A spoken spelling is the word itself, not a guess at it: it weighs as the word would.
                foreach (var spelling in unknown.Dialect(queryTerm.Forms, forms => Respelt(lookup, forms)))
                {
                    Add(lookup, spelling, known, states, ref bestDf);
                }
            }

            if (known.Count > 0)
            {
                result.Add(new ExpandedTerm(queryTerm.Primary, known, states, TermStatisticsLookup.Idf(bestDf, docCount), Fuzzy: false) { CoverageOnly = queryTerm.CoverageOnly });
                continue;
            }

            var text = queryTerm.Primary;
            unknown ??= _unknownWords.GetValue(reader, _ => new UnknownWords());
            // The lexicon's entry for a reader's word («الكهربا»، «البنات») is known; a family read off its letters is a guess
            // («هرب»، «ابنا»), so the concept is tried first.
            if (standIns is not null)
            {
                foreach (var standIn in unknown.Concept(queryTerm.Forms, forms => InIndex(lookup, standIns.OtherWordsOf(forms))))
                {
                    Add(lookup, standIn, known, states, ref bestDf);
                }
            }

            if (known.Count == 0 && tuning.DerivedForms && derivedTerms++ < tuning.MaxFuzzyTerms)
            {
                foreach (var relative in unknown.Family(queryTerm.Forms, queryTerm.Definite, forms => Derived(lookup, forms, queryTerm.Definite)))
                {
                    Add(lookup, relative, known, states, ref bestDf);
                }
            }

            var derived = known.Count > 0;

            if (known.Count == 0 && words is not null && tuning.RunTogetherWords && queryTerm.Typed is { } typed
                && unknown.Halves(typed, _ => RunTogetherWords.Split(typed, half => AnalyzedTerms.MainForm(words, half), lookup)) is { Length: > 0 } halves)
            {
                // The two words as typed, not guesses at a word: each weighs and counts as it would with the space.
                foreach (var half in halves)
                {
                    var state = lookup.Find(PassageFields.Text, half);
                    result.Add(new ExpandedTerm(half, [half], [state], TermStatisticsLookup.Idf(state.DocFreq, docCount), Fuzzy: false));
                }

                continue;
            }

            if (known.Count == 0 && text.Length >= tuning.MinFuzzyLength && text.Length <= tuning.MaxFuzzyLength && tuning.MaxFuzzyExpansions > 0 && fuzzyTerms++ < tuning.MaxFuzzyTerms)
            {
                foreach (var close in unknown.CloseSpellings(text, _ => CloseSpellings(reader, text)))
                {
                    Add(lookup, close, known, states, ref bestDf);
                }
            }

            // A word the index does not know weighs as much as one found in a single passage.
            result.Add(new ExpandedTerm(text, known, states, TermStatisticsLookup.Idf(Math.Max(bestDf, 1), docCount), Fuzzy: true) { Derived = derived, CoverageOnly = queryTerm.CoverageOnly });
        }

        return result;
    }

    /// <summary>
    /// The index's words of the unknown word's family (<see cref="DerivedForms"/>: «التصويت» for «صوّت»): another form
    /// of the same word, searched and counted as the word itself is, at a typo correction's lower weight. Tried before
    /// a typo correction, which would find the nearest spelling whatever its meaning («تحرير» for «تحضير»).
    /// </summary>
    private string[] Derived(TermStatisticsLookup lookup, IReadOnlyList<string> forms, bool definite)
    {
        var found = new List<string>();
        foreach (var form in forms)
        {
            foreach (var derived in definite ? DerivedForms.OfNoun(form) : DerivedForms.Of(form))
            {
                if (found.Count >= tuning.MaxFuzzyExpansions)
                {
                    return [.. found];
                }

                if (!found.Contains(derived) && lookup.Find(PassageFields.Text, derived).DocFreq > 0)
                {
                    found.Add(derived);
                }
            }
        }

        return [.. found];
    }

    /// <summary>
    /// The standard spellings of an unknown spoken word that the index has («ذهب» for «دهب»، «تامر» for «ثامر»), a counted
    /// noun without its accusative alef («طن» for «طنا») and a hamza on its other seat («اسماء» for «اسماؤه»).
    /// </summary>
    private string[] Respelt(TermStatisticsLookup lookup, IReadOnlyList<string> forms) =>
        [.. forms.SelectMany(f => DialectSpellings.Of(f).Concat(BareAccusative.Of(f)).Concat(HamzaSeats.Of(f))).Distinct(StringComparer.Ordinal)
            .Where(w => lookup.Find(PassageFields.Text, w).DocFreq > 0).Take(tuning.MaxFuzzyExpansions)];

    /// <summary>
    /// The words of an unknown word's concept that the index has: a reader's word («الكهربا»، «الفلوس») that no briefing
    /// uses is searched and counted as the news words it stands for, as another form of the word would be. Tried before
    /// a family read off the word's letters and a typo correction: both guess, and take what they find whatever it means.
    /// </summary>
    private string[] InIndex(TermStatisticsLookup lookup, IEnumerable<string> words) =>
        [.. words.Where(w => lookup.Find(PassageFields.Text, w).DocFreq > 0).Take(tuning.MaxFuzzyExpansions)];

    /// <summary>The index's nearest spellings of an unknown word (typos, transliteration variants), best first.</summary>
    private string[] CloseSpellings(IndexReader reader, string text)
    {
        var edits = text.Length >= tuning.MinTwoEditLength ? 2 : 1;
        return Search.CloseSpellings.Find(reader, PassageFields.Text, text, edits, FuzzyPrefixLength, tuning.MaxFuzzyExpansions);
    }

    private static void Add(TermStatisticsLookup lookup, string form, List<string> known, List<TermContext> states, ref int bestDf)
    {
        var state = lookup.Find(PassageFields.Text, form);
        known.Add(form);
        states.Add(state);
        bestDf = Math.Max(bestDf, state.DocFreq);
    }

    /// <summary>One reader's unknown words and what was found for them; bounded, so odd input cannot grow it without end.</summary>
    private sealed class UnknownWords
    {
        private const int MaxWords = 4096;

        private readonly ConcurrentDictionary<string, string[]> _families = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string[]> _closeSpellings = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string[]> _concepts = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string[]> _dialect = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string[]> _halves = new(StringComparer.Ordinal);

        public string[] Halves(string text, Func<string, string[]> find) => Remembered(_halves, text, find);

        public string[] Family(IReadOnlyList<string> forms, bool definite, Func<IReadOnlyList<string>, string[]> find) =>
            Remembered(_families, (definite ? "ال\n" : "") + string.Join('\n', forms), _ => find(forms));

        public string[] CloseSpellings(string text, Func<string, string[]> find) => Remembered(_closeSpellings, text, find);

        public string[] Dialect(IReadOnlyList<string> forms, Func<IReadOnlyList<string>, string[]> find) =>
            Remembered(_dialect, string.Join('\n', forms), _ => find(forms));

        public string[] Concept(IReadOnlyList<string> forms, Func<IReadOnlyList<string>, string[]> find) =>
            Remembered(_concepts, string.Join('\n', forms), _ => find(forms));

        private static string[] Remembered(ConcurrentDictionary<string, string[]> found, string key, Func<string, string[]> find)
        {
            if (found.TryGetValue(key, out var known))
            {
                return known;
            }

            var result = find(key);
            if (found.Count < MaxWords)
            {
                found.TryAdd(key, result);
            }

            return result;
        }
    }
}
