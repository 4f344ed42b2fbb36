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
    /// <summary>
    /// The spans of <paramref name="terms"/> in <paramref name="text"/>; when <paramref name="found"/> is given, the terms
    /// met are added to it, so one analysis of a hit serves both highlighting and the coverage check.
    /// </summary>
    public IReadOnlyList<TextSpan> Find(string text, HashSet<string> terms, HashSet<string>? found = null)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return [];
        }

        // Tokens are compared as spans of the term buffer: a passage has ~100 tokens, and a string for each is garbage.
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var spans = new List<TextSpan>();
        using var stream = analyzer.GetTokenStream(PassageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (lookup.TryGetValue(term.Buffer.AsSpan(0, term.Length), out var matched))
            {
                found?.Add(matched);
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

    /// <summary>Every token of <paramref name="text"/> with where it stands: analysed once, then matched against several sets of terms.</summary>
    public AnalyzedPassage Analyze(string text)
    {
        var tokens = new List<(string Form, TextSpan Span)>();
        using var stream = analyzer.GetTokenStream(PassageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), new TextSpan(offset.StartOffset, offset.EndOffset - offset.StartOffset)));
        }

        stream.End();
        return new AnalyzedPassage(tokens);
    }
}

/// <summary>
/// A passage's tokens as the highlighter reads them, kept so that several checks of one passage («is the attribute
/// near its subject?», «does it name both things compared?») analyse it once: <see cref="Find"/> gives exactly what
/// <see cref="MatchHighlighter.Find"/> gives for the same text.
/// </summary>
public sealed class AnalyzedPassage
{
    private readonly List<(string Form, TextSpan Span)> _tokens;

    internal AnalyzedPassage(List<(string Form, TextSpan Span)> tokens) => _tokens = tokens;

    /// <summary>The spans of <paramref name="terms"/> in the passage, one per position.</summary>
    public IReadOnlyList<TextSpan> Find(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return [];
        }

        var wanted = terms.ToHashSet(StringComparer.Ordinal);
        var spans = new List<TextSpan>();
        foreach (var (form, span) in _tokens)
        {
            if (wanted.Contains(form) && (spans.Count == 0 || spans[^1].Start != span.Start))
            {
                spans.Add(span);
            }
        }

        return spans;
    }
}
