using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Strips the article and attached conjunctions and prepositions («وال»، «بال»، «لل»، «و»).
/// A single «ب ل ك ف» may be part of the word itself («بيت»، «فرنسا»), so at index time such a token is kept
/// and its stripped form is added at the same position; a query then matches either spelling.
/// </summary>
public sealed class ArabicPrefixFilter : TokenFilter
{
    private static readonly string[] ArticlePrefixes = ["وبال", "وكال", "وفال", "ولل", "وال", "بال", "كال", "فال", "لل", "ال"];

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private readonly bool _addAlternatives;
    private string? _pending;
    private State? _state;

    public ArabicPrefixFilter(TokenStream input, bool addAlternatives)
        : base(input)
    {
        _addAlternatives = addAlternatives;
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending);
            _position.PositionIncrement = 0;
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var word = _term.ToString();
        var stripped = StripArticle(word);
        if (stripped != word)
        {
            _term.SetEmpty().Append(stripped);
            return true;
        }

        if (word.Length >= 4 && word[0] == 'و')
        {
            word = word[1..];
            _term.SetEmpty().Append(word);
        }

        if (_addAlternatives && word.Length >= 5 && word[0] is 'ب' or 'ل' or 'ك' or 'ف')
        {
            _pending = word[1..];
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _state = null;
    }

    internal static string StripArticle(string word)
    {
        foreach (var prefix in ArticlePrefixes)
        {
            if (word.Length - prefix.Length >= 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                return word[prefix.Length..];
            }
        }

        return word;
    }
}
