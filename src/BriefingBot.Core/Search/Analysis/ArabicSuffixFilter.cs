using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Light suffix stemming: attached pronouns, dual and plural endings and the (folded) taa marbuta.
/// A taa marbuta that turned into «ت» before a pronoun («عاصمتها») is folded back, so it meets «عاصمة».
/// A final alef goes too («شمالا»، «أمريكا»). Every step removes trailing letters, so stemming only shortens
/// the term buffer.
/// </summary>
public sealed class ArabicSuffixFilter : TokenFilter
{
    private static readonly string[] Pronouns = ["هما", "كما", "كم", "كن", "هم", "هن", "ها", "نا", "ه", "ي", "ك"];
    private static readonly string[] Endings = ["ات", "ان", "ون", "ين", "يه", "يا", "ه", "ي"];
    private static readonly string[] SecondEndings = ["ان", "ي"];

    private readonly ICharTermAttribute _term;

    public ArabicSuffixFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        _term.Length = Stem(_term.Buffer.AsSpan(0, _term.Length));
        return true;
    }

    /// <summary>The length of the stem: how many leading letters of <paramref name="word"/> it keeps.</summary>
    internal static int Stem(ReadOnlySpan<char> word)
    {
        var length = word.Length;
        if (length < 4 || !char.IsLetter(word[0]) || word[0] < '\u0600')
        {
            return length;
        }

        var pronounStripped = false;
        foreach (var pronoun in Pronouns)
        {
            if (pronoun.Length > 1 && length - pronoun.Length >= 3 && word[..length].EndsWith(pronoun, StringComparison.Ordinal))
            {
                length -= pronoun.Length;
                if (length >= 4 && word[length - 1] == 'ت')
                {
                    return length - 1;
                }

                pronounStripped = true;
                break;
            }
        }

        // An adverbial accusative written without its tanween («شمالا») and a final alef of a loanword
        // («أمريكا») both meet the bare form this way.
        if (!pronounStripped && length >= 4 && word[length - 1] == 'ا' && word[length - 2] != 'ا')
        {
            length--;
        }

        foreach (var ending in Endings)
        {
            if (length - ending.Length >= 3 && word[..length].EndsWith(ending, StringComparison.Ordinal))
            {
                length -= ending.Length;
                return ending is "ه" or "ات" ? StripAdjectiveEnding(word[..length]) : length;
            }
        }

        return length;
    }

    /// <summary>A feminine or plural ending may sit on an adjective ending of its own («قلقانة» → «قلقان» → «قلق»).</summary>
    private static int StripAdjectiveEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in SecondEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word.Length - ending.Length;
            }
        }

        return word.Length;
    }
}
