using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search;

/// <summary>
/// The index's nearest spellings of a word: exactly the terms a <see cref="FuzzyQuery"/> with transpositions rewrites
/// to, in the same order, found by reading the terms that share the word's first letters and measuring each.
/// <para>
/// Lucene builds a Levenshtein automaton per edit distance, converts it to UTF-8 and determinises it before walking the
/// dictionary: for a two-edit word of 8–12 Arabic letters that is 2–10 ms of CPU, while the terms sharing its first two
/// letters are a few hundred at most in a news index and measured in well under a millisecond. Where the prefix holds
/// more terms than <see cref="MaxScannedTerms"/> (a huge vocabulary), Lucene's own rewrite is used, so the cost stays
/// bounded and the answer is the same either way.
/// </para>
/// </summary>
internal static class CloseSpellings
{
    /// <summary>Terms read under one prefix before handing the word to Lucene's automaton instead.</summary>
    internal const int MaxScannedTerms = 4096;

    /// <summary>
    /// The terms of <paramref name="field"/> within <paramref name="maxEdits"/> (insertions, deletions, substitutions and
    /// swaps of neighbouring letters) of <paramref name="text"/> past its first <paramref name="prefixLength"/> letters,
    /// which must be equal; the <paramref name="maxExpansions"/> most similar (similarity as Lucene's: 1 − edits / the
    /// shorter length; equals by term order), returned in term order as <see cref="FuzzyQuery"/>'s rewrite lists them.
    /// </summary>
    public static string[] Find(IndexReader reader, string field, string text, int maxEdits, int prefixLength, int maxExpansions)
    {
        var word = CodePoints(text);
        if (word is null || maxEdits is < 1 or > 2 || prefixLength < 1 || prefixLength >= word.Length || maxExpansions < 1)
        {
            return Lucene(reader, field, text, maxEdits, prefixLength, maxExpansions);
        }

        var prefix = new BytesRef(string.Concat(word.Take(prefixLength).Select(char.ConvertFromUtf32)));
        var rest = word.AsSpan(prefixLength);
        var found = new List<Candidate>();
        var term = new Int32sRef(16);
        var scanned = 0;
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field)?.GetEnumerator();
            if (terms is null || terms.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                var bytes = terms.Term;
                if (!StringHelper.StartsWith(bytes, prefix))
                {
                    break;
                }

                if (++scanned > MaxScannedTerms)
                {
                    return Lucene(reader, field, text, maxEdits, prefixLength, maxExpansions);
                }

                UnicodeUtil.UTF8toUTF32(bytes, term);
                var edits = Distance(rest, term.Int32s.AsSpan(term.Offset + prefixLength, term.Length - prefixLength), maxEdits);
                if (edits > maxEdits)
                {
                    continue;
                }

                // FuzzyTermsEnum's similarity, in the same float arithmetic, so equal boosts tie as they do there.
                var similarity = edits == 0 ? 1f : 1f - ((float)edits / (float)Math.Min(term.Length, word.Length));
                if (similarity > 0f && !found.Exists(c => c.Term.BytesEquals(bytes)))
                {
                    found.Add(new Candidate(BytesRef.DeepCopyOf(bytes), similarity));
                }
            }
            while (terms.MoveNext());
        }

        // TopTermsRewrite keeps the most similar, the lower term on a tie, and lists the kept ones in term order.
        var order = BytesRef.UTF8SortedAsUnicodeComparer;
        found.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : order.Compare(a.Term, b.Term));
        var kept = found.Take(maxExpansions).ToList();
        kept.Sort((a, b) => order.Compare(a.Term, b.Term));
        return [.. kept.Select(c => c.Term.Utf8ToString())];
    }

    /// <summary>
    /// The edit distance with swaps of neighbouring letters (the restricted, "optimal string alignment" kind Lucene's
    /// automata accept), or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.
    /// </summary>
    internal static int Distance(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 256 ? stackalloc int[width * 3] : new int[width * 3];
        var beforeLast = rows[..width];
        var last = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            last[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(last[j] + 1, current[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, beforeLast[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > max)
            {
                return max + 1;
            }

            var spare = beforeLast;
            beforeLast = last;
            last = current;
            current = spare;
        }

        return Math.Min(last[b.Length], max + 1);
    }

    /// <summary>The word's letters as code points; null when it holds a lone surrogate, which Lucene reads its own way.</summary>
    private static int[]? CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[i + 1]));
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return null;
            }
            else
            {
                points.Add(text[i]);
            }
        }

        return [.. points];
    }

    private static string[] Lucene(IndexReader reader, string field, string text, int maxEdits, int prefixLength, int maxExpansions)
    {
        var fuzzy = new FuzzyQuery(new Term(field, text), maxEdits, prefixLength, maxExpansions, transpositions: true);
        return fuzzy.Rewrite(reader) is BooleanQuery rewritten
            ? [.. rewritten.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(q => q.Term.Text)]
            : [];
    }

    private readonly record struct Candidate(BytesRef Term, float Similarity);
}
