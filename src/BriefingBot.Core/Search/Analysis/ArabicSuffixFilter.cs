using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Light suffix stemming: attached pronouns, dual and plural endings and the (folded) taa marbuta.
/// A taa marbuta that turned into «ت» before a pronoun («عاصمتها») is folded back, so it meets «عاصمة».
/// A final alef goes too («شمالا»، «أمريكا»).
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

        var word = _term.ToString();
        var stemmed = Stem(word);
        if (!ReferenceEquals(stemmed, word))
        {
            _term.SetEmpty().Append(stemmed);
        }

        return true;
    }

    internal static string Stem(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[0]) || word[0] < '\u0600')
        {
            return word;
        }

        var pronounStripped = false;
        foreach (var pronoun in Pronouns)
        {
            if (pronoun.Length > 1 && word.Length - pronoun.Length >= 3 && word.EndsWith(pronoun, StringComparison.Ordinal))
            {
                word = word[..^pronoun.Length];
                if (word.Length >= 4 && word[^1] == 'ت')
                {
                    word = word[..^1];
                    return word;
                }

                pronounStripped = true;
                break;
            }
        }

        // An adverbial accusative written without its tanween («شمالا») and a final alef of a loanword
        // («أمريكا») both meet the bare form this way.
        if (!pronounStripped && word.Length >= 4 && word[^1] == 'ا' && word[^2] != 'ا')
        {
            word = word[..^1];
        }

        foreach (var ending in Endings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                word = word[..^ending.Length];
                return ending is "ه" or "ات" ? StripAdjectiveEnding(word) : word;
            }
        }

        return word;
    }

    /// <summary>A feminine or plural ending may sit on an adjective ending of its own («قلقانة» → «قلقان» → «قلق»).</summary>
    private static string StripAdjectiveEnding(string word)
    {
        foreach (var ending in SecondEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }
}
