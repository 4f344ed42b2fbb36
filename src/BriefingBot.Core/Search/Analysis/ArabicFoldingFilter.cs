using BriefingBot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Folds spelling variants before anything else looks at a token: diacritics and tatweel go,
/// hamza seats and alef forms become «ا», «ى» becomes «ي», «ة» becomes «ه», Latin is lower-cased.
/// A final tanween alef («شمالاً») goes too, so it meets the bare form, and a final «نج» of a transliterated
/// name becomes «نغ».
/// </summary>
public sealed class ArabicFoldingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public ArabicFoldingFilter(TokenStream input)
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

        var buffer = _term.Buffer;
        var length = _term.Length;
        var tanweenAlef = length >= 3 && (buffer[length - 1] == '\u064B' && buffer[length - 2] == 'ا' || buffer[length - 1] == 'ا' && buffer[length - 2] == '\u064B');
        var w = 0;
        for (var r = 0; r < length; r++)
        {
            var f = ArabicText.Fold(buffer[r]);
            if (f != '\0')
            {
                buffer[w++] = f;
            }
        }

        if (tanweenAlef && w > 2 && buffer[w - 1] == 'ا')
        {
            w--;
        }

        // A final "ng" of a transliterated name is written «نغ» or «نج» (بيونغ/بيونج، يانغ/يانج).
        if (w >= 3 && buffer[w - 2] == 'ن' && buffer[w - 1] == 'ج')
        {
            buffer[w - 1] = 'غ';
        }

        _term.Length = w;
        return true;
    }
}
