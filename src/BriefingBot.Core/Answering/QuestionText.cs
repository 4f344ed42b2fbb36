using System.Globalization;
using System.Text;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Cleans what a user typed before it is searched: control, bidi and zero-width characters and lone surrogates are
/// removed (they hide text and reorder it on screen, or are no text at all), white space is collapsed. Lucene syntax needs no escaping
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
        var rest = raw.AsSpan();
        while (!rest.IsEmpty)
        {
            // A lone surrogate is no character: dropped, where EnumerateRunes would make it U+FFFD.
            var status = Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            rest = rest[consumed..];
            if (status != System.Buffers.OperationStatus.Done)
            {
                continue;
            }

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

        return WithoutOpeningConjunction(sb.ToString().Trim());
    }

    /// <summary>
    /// Question words a follow-up question attaches «و» or «ف» to («وماذا عن …؟»، «ومتى …»، «فلماذا …»), as written
    /// and folded. Glued to the conjunction they are no question word the analyser knows, but an unknown word that
    /// makes the question look off-topic.
    /// </summary>
    private static readonly HashSet<string> QuestionWords = new(
        new[]
        {
            "ماذا", "متى", "متي", "كيف", "لماذا", "لما", "هل", "أين", "اين", "من", "ما", "كم", "أي", "اي", "ماهو", "ماهي",
            "شو", "ايش", "إيش", "شنو", "وش", "ليش", "ليه", "امتى", "إمتى", "امتي", "فين", "منو", "شلون", "كيفاش", "علاش", "بكم",
        },
        StringComparer.Ordinal);

    private static string WithoutOpeningConjunction(string question) => OpensWithConjunction(question) ? question[1..] : question;

    /// <summary>Whether the question opens with «و» or «ف» on its question word («ومتى …؟»): it carries a conversation on.</summary>
    public static bool OpensWithConjunction(string question)
    {
        question = question.TrimStart();
        var end = question.IndexOfAny([' ', '؟', '?', '،', ',']);
        var first = end < 0 ? question : question[..end];
        return ArabicWordForms.WithoutConjunction(first) is { } bare && QuestionWords.Contains(bare);
    }

    public static bool HasLetters(string text) => text.Any(char.IsLetter);
}
