using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search;

/// <summary>The index terms the text field's analysis makes of a few fixed words (places, marker words), every form at a position kept.</summary>
internal static class AnalyzedTerms
{
    public static string[] Of(Analyzer analyzer, IEnumerable<string> words)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            using var stream = analyzer.GetTokenStream(PassageFields.Text, word);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
        }

        return [.. terms];
    }
}
