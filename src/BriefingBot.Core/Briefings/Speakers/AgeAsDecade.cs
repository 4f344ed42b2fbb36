using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «an age in the role is its decade adjective»: «سناء المصري، وهي خياطة في الأربعين» is asked of as «الخياطة
/// الأربعينية»، «صائغ في الثلاثين» as «الصائغ الثلاثيني»، «شاب في الثالثة والعشرين» as «الشاب العشريني». The question's
/// adjective shares no word with «في الأربعين», so the title with the decade's adjective is recorded as another way the
/// briefing calls the speaker (a reference, as «التاجر الستيني» is when the briefing writes it).
/// </summary>
internal static class AgeAsDecade
{
    /// <summary>
    /// The tens an age is written with after «في» («في الأربعين»، «في الخامسة والأربعين»), folded and bare; a decade's
    /// adjective is its tens with «ي» («أربعيني»). The one list of them: the question side reads it by
    /// <see cref="IsTens"/>, a description's age by <see cref="DecadeOf"/>.
    /// </summary>
    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["عشرين"] = 20,
        ["ثلاثين"] = 30,
        ["اربعين"] = 40,
        ["خمسين"] = 50,
        ["ستين"] = 60,
        ["سبعين"] = 70,
        ["ثمانين"] = 80,
        ["تسعين"] = 90,
    };

    /// <summary>How many words after «في» the tens may come: a unit before them («في الخامسة والأربعين»).</summary>
    private const int MaxWordsToTheTens = 2;

    /// <summary>Whether a folded, bare word is the tens of an age («ثلاثين»).</summary>
    public static bool IsTens(string folded) => Tens.ContainsKey(folded);

    /// <summary>The decade a folded, bare word gives as its tens («ستين») or their adjective («ستيني»), or null.</summary>
    public static int? DecadeOf(string folded) =>
        Tens.TryGetValue(folded, out var decade) || folded.EndsWith('ي') && Tens.TryGetValue(folded[..^1], out decade) ? decade : null;

    /// <summary>Adds «خياطة أربعينية» to each speaker whose role gives a title and then an age «في الأربعين».</summary>
    public static void Learn(IEnumerable<Profile> speakers)
    {
        foreach (var speaker in speakers)
        {
            if (speaker.Role is { } role && Described(ArabicText.FoldedWords(role), role, speaker.Feminine) is { } described
                && !speaker.References.Contains(described, StringComparer.Ordinal))
            {
                speaker.References.Add(described);
            }
        }
    }

    /// <summary>The title nearest before the age and the decade's adjective («خياطة أربعينية»), or null.</summary>
    private static string? Described(IReadOnlyList<string> folded, string role, bool feminine)
    {
        var surface = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < folded.Count && folded.Count == surface.Length; i++)
        {
            if (folded[i] != "في" || TensAfter(folded, i) is not { } tens)
            {
                continue;
            }

            for (var t = i - 1; t >= 0; t--)
            {
                if (SpeakerLexicon.IsTitle(folded[t]))
                {
                    return surface[t] + " " + tens + (feminine ? "ية" : "ي");
                }
            }

            return null;
        }

        return null;
    }

    private static string? TensAfter(IReadOnlyList<string> folded, int at) =>
        folded.Skip(at + 1).Take(MaxWordsToTheTens).Select(SpeakerLexicon.WithoutPrefixes).FirstOrDefault(IsTens);
}
