using BriefingBot.Core.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Tests.Search.Analysis;

/// <summary>A token as the index sees it: its term, where it sits in the original text, and its position increment.</summary>
internal sealed record Token(string Term, int Start, int End, int Increment)
{
    /// <summary>The original text the token's offsets point at: what a highlight of it shows.</summary>
    public string In(string text) => text[Start..End];
}

internal static class Tokens
{
    /// <summary>Every token of <paramref name="text"/> through a tokenizer and the given filters, as Lucene's own tests read a stream.</summary>
    public static List<Token> Through(string text, params Func<TokenStream, TokenStream>[] filters)
    {
        TokenStream stream = new StandardTokenizer(BriefingAnalyzer.Lucene, new StringReader(text));
        foreach (var filter in filters)
        {
            stream = filter(stream);
        }

        using (stream)
        {
            return Read(stream);
        }
    }

    public static List<Token> Of(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        return Read(stream);
    }

    /// <summary>The final offset and position increment a stream reports at its end (what a multi-valued field continues from).</summary>
    public static (int Offset, int Increment) EndOf(TokenStream stream)
    {
        using (stream)
        {
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
            }

            stream.End();
            return (offset.EndOffset, increment.PositionIncrement);
        }
    }

    public static List<Token> Read(TokenStream stream)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<Token>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }

        stream.End();
        return tokens;
    }
}
