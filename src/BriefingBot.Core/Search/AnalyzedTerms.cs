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
}
