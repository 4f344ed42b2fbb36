using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search;

/// <summary>
/// Finds where a question's terms occur in a passage by re-analysing the passage and keeping the
/// offsets of tokens whose analysed form is one of the matched terms. The offsets come from the
/// tokenizer, so they point into the exact original text.
/// </summary>
public sealed class MatchHighlighter(Analyzer analyzer)
{
    public IReadOnlyList<TextSpan> Find(string text, IReadOnlySet<string> terms)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        var spans = new List<TextSpan>();
        using var stream = analyzer.GetTokenStream(PassageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()))
            {
                var span = new TextSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset);
                if (spans.Count == 0 || spans[^1].Start != span.Start)
                {
                    spans.Add(span);
                }
            }
        }

        stream.End();
        return spans;
    }
}
