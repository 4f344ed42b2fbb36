namespace BriefingBot.Core.Briefings;

/// <summary>
/// Compound names are written glued or spaced, both ways in the same press: «عبدالرحمن / عبد الرحمن»، «أبوبكر / أبو
/// بكر»، «عبدالله / عبد الله»، «نورالدين / نور الدين». Names are compared in one form, glued: a particle («عبد»، «أبو»،
/// «بو») with the word after it, and a word with «الدين / الله» after it, become one word.
/// </summary>
public static class CompoundNames
{
    /// <summary>Folded particles that are glued to the word after them in one spelling and spaced in another.</summary>
    private static readonly HashSet<string> GluedParticles = new(StringComparer.Ordinal) { "عبد", "ابو", "بو" };

    /// <summary>Folded second parts glued to the word before them in one spelling («نورالدين»، «نصرالله»).</summary>
    private static readonly HashSet<string> GluedSeconds = new(StringComparer.Ordinal) { "الدين", "الله" };

    /// <summary>The folded words of a name or question with each spaced compound glued into one word.</summary>
    public static IReadOnlyList<string> Glued(IReadOnlyList<string> folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        List<string>? glued = null;
        for (var i = 0; i < folded.Count; i++)
        {
            var word = folded[i];
            if (i + 1 < folded.Count && (GluedParticles.Contains(word) || GluedSeconds.Contains(folded[i + 1]) && !GluedParticles.Contains(folded[i + 1])
                || IsMaghrebBin(word, folded[i + 1])))
            {
                glued ??= [.. folded.Take(i)];
                glued.Add(word + folded[i + 1]);
                i++;
                continue;
            }

            glued?.Add(word);
        }

        return glued ?? folded;
    }

    /// <summary>
    /// «بن» before a family name is written glued in the Maghreb as often as spaced («بنعيسى / بن عيسى»، «بنعلي / بن علي»).
    /// Not before another particle or a compound's first part («بن عبد الرحمن»), which glues with its own second.
    /// </summary>
    private static bool IsMaghrebBin(string word, string next) =>
        word == "بن" && next.Length >= 3 && !GluedParticles.Contains(next) && !GluedSeconds.Contains(next) && next != "ال";

    /// <summary>How many written words a folded name word stands for: 2 for a glued compound («عبدالرحمن»، «ابوالقاسم»), else 1.</summary>
    public static int Parts(string folded) => TypoLength(folded) < folded.Length ? 2 : 1;

    /// <summary>
    /// The length a typo allowance is judged on: a glued compound's own part («الرحمن» of «عبدالرحمن»), so gluing does
    /// not let «عبدالرحيم» pass for «عبدالرحمن» where «الرحيم» would not pass for «الرحمن».
    /// </summary>
    public static int TypoLength(string folded)
    {
        ArgumentNullException.ThrowIfNull(folded);
        foreach (var particle in GluedParticles)
        {
            if (folded.Length > particle.Length + 1 && folded.StartsWith(particle, StringComparison.Ordinal))
            {
                return folded.Length - particle.Length;
            }
        }

        foreach (var second in GluedSeconds)
        {
            if (folded.Length > second.Length + 1 && folded.EndsWith(second, StringComparison.Ordinal))
            {
                return folded.Length - second.Length;
            }
        }

        return folded.Length;
    }
}
