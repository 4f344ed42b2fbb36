using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Cleans what a user typed before it is searched: control, bidi and zero-width characters are removed
/// (they hide text and reorder it on screen), white space is collapsed. Lucene syntax needs no escaping
/// because questions never reach a query parser.
/// </summary>
public static class QuestionText
{
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(Math.Min(raw.Length, 4096));
        var lastWasSpace = true;
        foreach (var rune in raw.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (char.IsWhiteSpace((char)Math.Min(rune.Value, char.MaxValue)) && rune.IsBmp || category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                if (!lastWasSpace)
                {
                    sb.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            if (category is UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            sb.Append(rune.ToString());
            lastWasSpace = false;
        }

        return sb.ToString().Trim();
    }

    public static bool HasLetters(string text) => text.Any(char.IsLetter);
}
