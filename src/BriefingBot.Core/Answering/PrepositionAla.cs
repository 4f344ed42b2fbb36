using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Rule ««على» is no «علي»»: folding writes the preposition «على» as the name «علي», so «شنو قال على العطش؟» (the Maghreb's
/// and Egypt's «قال على» for «قال عن»)، «اللي رسموا على بيته»، «المشرف على ترميم القصر» asked of whoever is called «… علي»
/// («فاطمة أيت علي»، «مصطفى آيت علي»). As typed, with its «ى», and with a word after it, it is the preposition; after a name
/// particle or a given name («آيت على»، «بن على»، «محمد على») it is still the name, which chat spells so too.
/// </summary>
internal static class PrepositionAla
{
    private const string AsTyped = "على";

    /// <summary>The positions, in the question's glued folded words, of «على» typed as the preposition.</summary>
    public static HashSet<int> In(string question)
    {
        var marked = Marked(question);
        var glued = CompoundNames.Glued(marked);
        var at = new HashSet<int>();
        for (var i = 0; i < glued.Count; i++)
        {
            if (glued[i] == AsTyped)
            {
                at.Add(i);
            }
        }

        return at;
    }

    /// <summary>The question's folded words, as <see cref="ArabicText.FoldedWords"/> splits them, the preposition left as typed.</summary>
    private static List<string> Marked(string question)
    {
        var typed = Typed(question);
        var words = new List<string>(typed.Count);
        for (var i = 0; i < typed.Count; i++)
        {
            var folded = ArabicText.Fold(typed[i]);
            var previous = i > 0 ? ArabicText.Fold(typed[i - 1]) : null;
            var preposition = typed[i] == AsTyped && i + 1 < typed.Count
                && (previous is null || !SpeakerLexicon.IsParticle(previous) && !SpeakerLexicon.IsGivenName(previous));
            words.Add(preposition ? AsTyped : folded);
        }

        return words;
    }

    /// <summary>The question's words as typed, marks stripped, split where <see cref="ArabicText.FoldedWords"/> splits.</summary>
    private static List<string> Typed(string question)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in question.Append(' '))
        {
            if (char.IsLetterOrDigit(c) || ArabicText.IsDiacritic(c) || c == ArabicText.Tatweel)
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                var bare = ArabicText.StripMarks(word.ToString());
                if (ArabicText.Fold(bare).Length > 0)
                {
                    words.Add(bare);
                }

                word.Clear();
            }
        }

        return words;
    }
}
