using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A speaker as the briefing builds it up: the longest name met, the first role given, the gender shown.</summary>
internal sealed class Profile(string name)
{
    public string Name { get; set; } = name;

    public string? Role { get; private set; }

    public bool Feminine { get; private set; }

    /// <summary>A verb or title showed the gender («قال»، «الوزيرة»); «بحسب نوفاكوفا» alone shows none.</summary>
    public bool GenderShown { get; private set; }

    public HashSet<string> RoleWords { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>The titles with an adjective the briefing points back to the speaker by («المسؤول المصري»), in order met.</summary>
    public List<string> References { get; } = [];

    public void Learn(Attribution found)
    {
        Feminine |= found.Feminine;
        GenderShown |= found.GenderShown;
        if (found.Role is not null)
        {
            Role ??= found.Role;
            foreach (var word in ArabicText.FoldedWords(found.Role))
            {
                RoleWords.Add(SpeakerLexicon.WithoutPrefixes(word));
            }
        }
    }
}
