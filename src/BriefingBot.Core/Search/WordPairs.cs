using Lucene.Net.Index;
using Lucene.Net.Search.Spans;

namespace BriefingBot.Core.Search;

/// <summary>
/// Two question words found side by side in a passage's text, read from the word field's positions. The stop words
/// the analyser drops leave gaps in the positions, which <see cref="MaxGap"/> steps over, as a pair of neighbouring
/// words ignores them. Only ever used to rescore a first pass's best hits: a position check over a few dozen
/// passages, where indexing every pair as a term of its own made the index build six times slower.
/// </summary>
internal static class WordPairs
{
    public const char Joiner = '_';

    /// <summary>How many dropped words (stop words) may stand between the two words.</summary>
    public const int MaxGap = 2;

    /// <summary>The pair of two words' main forms, as a question's pairs are written.</summary>
    public static string Pair(string first, string second) => first + Joiner + second;

    /// <summary>The two words of a pair; null when it is not one.</summary>
    public static (string First, string Second)? Split(string pair)
    {
        var joiner = pair.IndexOf(Joiner, StringComparison.Ordinal);
        return joiner <= 0 || joiner == pair.Length - 1 ? null : (pair[..joiner], pair[(joiner + 1)..]);
    }

    /// <summary>The query matching the pair's words in order, at most <see cref="MaxGap"/> positions apart; null when the index lacks either word.</summary>
    public static SpanNearQuery? Near(TermStatisticsLookup lookup, string pair)
    {
        if (Split(pair) is not var (first, second))
        {
            return null;
        }

        if (lookup.Find(PassageFields.Text, first).DocFreq == 0 || lookup.Find(PassageFields.Text, second).DocFreq == 0)
        {
            return null;
        }

        return new SpanNearQuery(
            [new HitSpanTermQuery(new Term(PassageFields.Text, first)), new HitSpanTermQuery(new Term(PassageFields.Text, second))],
            MaxGap,
            inOrder: true);
    }
}
