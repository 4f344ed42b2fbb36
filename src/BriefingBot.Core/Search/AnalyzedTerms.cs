using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search;

/// <summary>The index terms the text field's analysis makes of a few fixed words (places, marker words), every form at a position kept.</summary>
internal static class AnalyzedTerms
{
    public static string[] Of(Analyzer analyzer, IEnumerable<string> words) => Of(analyzer, words, wordsAsWritten: false);

    /// <summary>
    /// The index terms of <paramref name="words"/>; with <paramref name="wordsAsWritten"/>, only the form each word is
    /// indexed under, not the other reading a glued letter may have: a marker «بسبب» is not the noun «سبب», nor «بفعل» «فعل».
    /// </summary>
    public static string[] Of(Analyzer analyzer, IEnumerable<string> words, bool wordsAsWritten)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            using var stream = analyzer.GetTokenStream(PassageFields.Text, word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (!wordsAsWritten || position.PositionIncrement > 0)
                {
                    terms.Add(term.ToString());
                }
            }

            stream.End();
        }

        return [.. terms];
    }

    /// <summary>The main form the analysis gives a single word: empty for a stop word, null for none or several words.</summary>
    public static string? MainForm(Analyzer analyzer, string word)
    {
        using var stream = analyzer.GetTokenStream(PassageFields.Text, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        string? main = null;
        var positions = 0;
        while (stream.IncrementToken())
        {
            if (increment.PositionIncrement > 0 || positions == 0)
            {
                positions++;
                main ??= term.ToString();
            }
        }

        stream.End();
        return positions switch { 0 => string.Empty, 1 => main, _ => null };
    }
}
