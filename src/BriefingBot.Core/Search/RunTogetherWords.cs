using BriefingBot.Core.Text;

namespace BriefingBot.Core.Search;

/// <summary>
/// Readers type in a hurry and leave out the space between two words («الاسكندرالاكبر»، «ماذايحدث»، «شوقال»). Arabic
/// letters join across such a gap as they do inside a word, so the reader does not see it. A word the index lacks is
/// read as two when it splits into two words the index has, or into a question word (which frames the question and is
/// not searched) and a word the index has.
/// </summary>
internal static class RunTogetherWords
{
    /// <summary>
    /// Each half is at least this many letters in its analysed form: a word the index lacks (a name) splits into a
    /// two-letter word and the rest by chance far more often than into two longer words.
    /// </summary>
    private const int MinHalfLength = 3;

    /// <summary>
    /// Two words the index has are each at least this many letters as typed: a three-letter end is as often a suffix
    /// («اقليم» + «يون» is «إقليميون», a word of a heading the text lacks) as a word.
    /// </summary>
    private const int MinTypedLength = 4;

    /// <summary>
    /// Question words readers glue to the next word. «ما» and «من» start too many names and words («ماجدة»، «منصور»),
    /// so «ما» counts only before the article («ماالاسم») and «من» not at all.
    /// </summary>
    private static readonly string[] QuestionWords =
        [.. new[] { "ماذا", "لماذا", "متى", "كيف", "أين", "وين", "مين", "شو", "ليش", "إيش", "شنو", "كم", "هل" }.Select(w => ArabicText.Fold(w))];

    /// <summary>
    /// The index forms of the words <paramref name="text"/> (a question word as typed, which the index lacks) stands for,
    /// the question word left out; empty when it splits no way. Of several splits, the one whose rarer half the index
    /// has most often: the likelier reading.
    /// </summary>
    /// <param name="mainForm">The analysis's main form of one word: empty for a stop word, null when it is no single word.</param>
    public static string[] Split(string text, Func<string, string?> mainForm, TermStatisticsLookup lookup)
    {
        string[] best = [];
        var bestDf = 0;
        text = ArabicText.Fold(text);
        for (var i = 2; i <= text.Length - 2; i++)
        {
            var left = text[..i];
            var right = text[i..];
            var rightForm = mainForm(right);
            if (!AsTyped(right, rightForm))
            {
                continue;
            }

            var rightDf = lookup.Find(PassageFields.Text, rightForm).DocFreq;
            if (rightDf == 0)
            {
                continue;
            }

            var folded = ArabicText.Fold(left);
            if (QuestionWords.Contains(folded, StringComparer.Ordinal) || folded == "ما" && right.StartsWith("ال", StringComparison.Ordinal))
            {
                if (rightDf > bestDf)
                {
                    (best, bestDf) = ([rightForm], rightDf);
                }

                continue;
            }

            var leftForm = mainForm(left);
            if (left.Length < MinTypedLength || right.Length < MinTypedLength || !AsTyped(left, leftForm))
            {
                continue;
            }

            var df = Math.Min(rightDf, lookup.Find(PassageFields.Text, leftForm).DocFreq);
            if (df > bestDf)
            {
                (best, bestDf) = (leftForm == rightForm ? [leftForm] : [leftForm, rightForm], df);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a half is a whole word the index has as typed, at most with the article: a half the analysis must cut
    /// down further («كاريا» read as «كار») is a piece of a name the index lacks («أولكاريا»), not a word.
    /// </summary>
    private static bool AsTyped(string half, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? form)
    {
        if (string.IsNullOrEmpty(form) || form.Length < MinHalfLength)
        {
            return false;
        }

        var typed = ArabicText.Fold(half);
        return typed == form || typed.Length == form.Length + 2 && typed.StartsWith("ال", StringComparison.Ordinal) && typed.EndsWith(form, StringComparison.Ordinal);
    }
}
