using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Words that name the body or the territory an office heads, not the office: «مديرية» of «مدير», «محافظة» of «محافظ».
/// The index reads each as the office's stem, but «أعلنت مديرية آثار دهوك» names no director, and «وأعلنت محافظة الفيوم»
/// is the province speaking, not its governor: asked who holds the office, such a passage names no holder.
/// </summary>
internal static class BodyOfOffice
{
    /// <summary>
    /// Whether the word of a passage, as written, names the body of the office asked rather than the office: the office's
    /// stem with the relation ending («مديرية»، «مديريات»), or for an office whose feminine is its territory, with «ة» or
    /// «ات» («محافظة»، «بمحافظات»); a conjunction, a preposition and the article may come before.
    /// </summary>
    public static bool Names(string written, string office)
    {
        var word = ArabicText.Fold(written);
        var stem = Stem(ArabicText.Fold(office));
        if (stem.Length < 3)
        {
            return false;
        }

        string[] bodies = TerritorialOffices.Contains(stem) ? [stem + "يه", stem + "يات", stem + "ه", stem + "ات"] : [stem + "يه", stem + "يات"];
        return bodies.Any(body => word.EndsWith(body, StringComparison.Ordinal) && Clitics.Contains(word[..^body.Length]));
    }

    /// <summary>The office without its article and its feminine ending: «المديرة» → «مدير».</summary>
    private static string Stem(string office)
    {
        var bare = office.StartsWith("ال", StringComparison.Ordinal) && office.Length > 4 ? office[2..] : office;
        return bare.EndsWith('ه') && bare.Length > 3 ? bare[..^1] : bare;
    }

    /// <summary>Offices whose feminine names the territory they govern, folded: «محافظة» is a governorate far more often than a woman governor.</summary>
    private static readonly HashSet<string> TerritorialOffices = new(["محافظ"], StringComparer.Ordinal);

    /// <summary>What may stand before the word, folded: nothing, a conjunction, a preposition, the article, or two of them.</summary>
    private static readonly HashSet<string> Clitics = new(
        ["", "ال", "و", "ف", "ب", "ل", "وال", "فال", "بال", "لل", "وب", "ول", "فب", "وبال", "ولل", "فبال", "فلل"],
        StringComparer.Ordinal);
}
