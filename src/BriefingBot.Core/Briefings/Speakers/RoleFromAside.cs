using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «the aside after a speaker's name is their role»: «فاطمة الزهراء بوتزكيت، وهي مصممة حلي تخرجت من معهد …، قالت»،
/// «كانت هدى كبارة، وهي زبونة جاءت من حي القبة، تنتظر …، وقالت». Feature writing says what a person is in an aside
/// «، وهو / وهي …،» after the name wherever the name is met, often in a sentence whose own subject reading gives no role
/// (the aside is too long, or the person is quoted later). A reader asks by it («مصممة الحلي»، «الزبونة»), so a speaker
/// the briefing gave no role takes the aside's words. Only an aside that opens with a title («مصممة»، «صائغ») counts:
/// «وهو منصب يشغله»، «وهي صندوق أوروبي» describe a thing or a body, and a name that is itself an office or a body
/// («أمين حرفة الصياغة») is no person named.
/// </summary>
internal static class RoleFromAside
{
    /// <summary>How far the aside's closing comma is looked for: a role with a clause and a place («… تخرجت من معهد … وعادت …»).</summary>
    private const int MaxAsideWords = 24;

    /// <summary>How many of its words are the role: the title and what qualifies it, not the whole life story.</summary>
    private const int MaxRoleWords = 10;

    private static readonly string[] Pronouns = ["وهو", "وهي"];

    /// <summary>Gives each named speaker without a role the aside written after their name, if one follows it anywhere.</summary>
    public static void Learn(IEnumerable<Profile> speakers, IReadOnlyList<(string? Section, string Text)> paragraphs)
    {
        List<List<Word>>? split = null;
        foreach (var speaker in speakers)
        {
            var name = ArabicText.FoldedWords(speaker.Name);
            if (speaker.Role is not null || name.Count < 2 || SpeakerLexicon.IsTitle(name[0]) || SpeakerLexicon.IsInstitution(name[0]))
            {
                continue;
            }

            split ??= paragraphs.Select(p => Word.Split(p.Text)).ToList();
            if (split.Select(words => AsideAfter(words, name)).FirstOrDefault(a => a is not null) is { } aside)
            {
                speaker.Learn(new Attribution(AttributionKind.Named, speaker.Name) { Role = aside });
            }
        }
    }

    /// <summary>The role an aside after <paramref name="name"/> gives in these words, or null.</summary>
    private static string? AsideAfter(List<Word> words, IReadOnlyList<string> name)
    {
        for (var k = name.Count; k + 1 < words.Count; k++)
        {
            if (!words[k - 1].EndsWithComma || !Pronouns.Contains(words[k].Folded) || !NameEndsAt(words, name, k - 1)
                || !SpeakerLexicon.IsTitle(words[k + 1].Folded) || SpeakerLexicon.IsInstitution(words[k + 1].Folded))
            {
                continue;
            }

            var end = DescriptiveAside.ClosingOf(words, k, MaxAsideWords, Pronouns);
            if (end is { } last)
            {
                return string.Join(' ', words.Skip(k + 1).Take(Math.Min(last - k, MaxRoleWords)).Select(w => w.Surface));
            }
        }

        return null;
    }

    private static bool NameEndsAt(List<Word> words, IReadOnlyList<string> name, int last) =>
        Enumerable.Range(0, name.Count).All(i => words[last - name.Count + 1 + i].Folded == name[i]);
}
