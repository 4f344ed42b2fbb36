using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Strips the article with any attached conjunction or preposition («وال»، «بال»، «لل»). A leading «و» is
/// nearly always the conjunction, so it is stripped, but the whole word is kept beside it («وزير»). A single
/// «ب ل ك ف» may be a preposition («بموسكو») or part of the word («بوتين»، «فرنسا»), so the word is kept and its
/// stripped form is added at the same position. Both sides of the search see both forms, so a question and a
/// passage meet whichever way each wrote the word.
/// </summary>
public sealed class ArabicPrefixFilter : TokenFilter
{
    private static readonly string[] ArticlePrefixes = ["وبال", "وكال", "وفال", "ولل", "وال", "بال", "كال", "فال", "لل", "ال"];

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _pending;
    private State? _state;

    public ArabicPrefixFilter(TokenStream input)
        : base(input)
    {
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

        var (primary, alternative) = Forms(_term.ToString());
        _term.SetEmpty().Append(primary);
        if (alternative is not null)
        {
            _pending = alternative;
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

    /// <summary>The form a word is indexed under, and the other form it may stand for.</summary>
    internal static (string Primary, string? Alternative) Forms(string word)
    {
        var stripped = StripArticle(word);
        if (stripped != word)
        {
            return (stripped, null);
        }

        if (word.Length >= 4 && word[0] == 'و')
        {
            return (word[1..], word);
        }

        if (word.Length >= 5 && word[0] is 'ب' or 'ل' or 'ك' or 'ف')
        {
            return (word, word[1..]);
        }

        // The future particle on a present-tense verb («سترد»، «سيقول») meets the bare verb («ترد»).
        if (word.Length >= 4 && word[0] == 'س' && word[1] is 'ي' or 'ت' or 'ن' or 'ا')
        {
            return (word, word[1..]);
        }

        return (word, null);
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
