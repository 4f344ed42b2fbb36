using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «to X, another opinion»: «ليوسف آيت الطالب، وهو سائق سياحي في الخامسة والعشرين، رأي آخر: …»، «لسمير المقبلي، أستاذ
/// التاريخ …، رأي آخر: فهو يرى أن …». Feature writing brings in a dissenting voice by giving the opinion to the person with
/// «لـ», the name glued to the preposition, with no reporting verb at all; what follows the colon is theirs, and a later
/// «ويذكّر المقبلي بأن» goes on with them. The role set off between commas after the name is who they are.
/// </summary>
internal sealed class OpinionOfTheirOwn : IAttributionRule
{
    /// <summary>The most words of the name glued to «لـ» («يوسف آيت الطالب»).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The most words of the role set off between commas after the name.</summary>
    private const int MaxRoleWords = 16;

    /// <summary>«رأي / رأيٌ / رأيًا» (folded).</summary>
    private static readonly HashSet<string> Opinion = new(StringComparer.Ordinal) { "راي", "رايا" };

    /// <summary>What makes the opinion the person's own against what was said before: «آخر»، «مختلف»، «مغاير»، «مخالف».</summary>
    private static readonly HashSet<string> Differing = new(StringComparer.Ordinal)
    {
        "اخر", "اخرا", "مختلف", "مختلفا", "مغاير", "مغايرا", "مخالف", "مخالفا", "معاكس", "معاكسا",
    };

    /// <summary>Words that may stand before the «لـ» at the paragraph's head («لكن لسمير …»).</summary>
    private static readonly HashSet<string> Contrast = new(StringComparer.Ordinal) { "لكن", "ولكن", "غير", "بيد" };

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        found = null;
        var words = paragraph.Words;
        if (!first || !(v == 0 || v == 1 && Contrast.Contains(words[0].Folded) && !words[0].EndsSentence) || v + 2 >= words.Count
            || GluedName(words[v]) is not { } given)
        {
            return false;
        }

        var end = v;
        while (!words[end].EndsClause && end + 1 < words.Count && end - v + 1 < MaxNameWords && !Opinion.Contains(words[end + 1].Folded)
            && SubjectWords.IsPlainName(words[end + 1]) && !words[end + 1].OpensQuote && !SpeakerLexicon.IsPreposition(words[end + 1].Surface))
        {
            end++;
        }

        var opinionAt = end + 1;
        string? role = null;
        var feminine = false;
        var genderShown = false;
        if (words[end].EndsWithComma && RoleClosing(words, end + 1) is { } closing)
        {
            var aside = words.Skip(end + 1).Take(closing - end).ToList();
            genderShown = aside[0].Folded is "وهو" or "وهي";
            feminine = aside[0].Folded == "وهي";
            role = string.Join(' ', aside.Where(w => w.Folded is not ("وهو" or "وهي")).Select(w => w.Surface.TrimEnd('،', ',')));
            opinionAt = closing + 1;

            // «ولجوني ضو، الابن الأصغر ليوسف، الذي عاد من مونتريال …، رأي آخر»: a relative clause set off after the role.
            if (opinionAt < words.Count && !Opinion.Contains(words[opinionAt].Folded) && words[opinionAt].Folded is "الذي" or "التي" && RoleClosing(words, opinionAt) is { } relativeEnd)
            {
                genderShown = true;
                feminine = words[opinionAt].Folded == "التي";
                opinionAt = relativeEnd + 1;
            }
        }
        else if (words[end].EndsClause)
        {
            return false;
        }

        if (opinionAt + 1 >= words.Count || !Opinion.Contains(words[opinionAt].Folded) || words[opinionAt].EndsClause
            || !Differing.Contains(words[opinionAt + 1].Folded))
        {
            return false;
        }

        var name = string.Join(' ', words.Skip(v + 1).Take(end - v).Select(w => w.Surface.TrimEnd('،', ',')).Prepend(given));
        found = new Attribution(AttributionKind.Named, name.Trim()) { Role = role, Feminine = feminine, GenderShown = genderShown };
        return true;
    }

    /// <summary>
    /// «ليوسف»، «ولسمير»: the given name written after «لـ» (and «و»), when it is one the lexicon knows or a plain word with no
    /// article and no ending of a noun's case; null for anything else («للمزارعين»، «لهذا»).
    /// </summary>
    private static string? GluedName(Word w)
    {
        var surface = w.Surface.TrimEnd('،', ',');
        var at = surface.StartsWith('و') ? 1 : 0;
        if (surface.Length < at + 4 || surface[at] != 'ل')
        {
            return null;
        }

        var name = surface[(at + 1)..].TrimStart('ـ');
        var folded = ArabicText.Fold(name);
        var asWord = w with { Surface = name, Folded = folded };
        return folded.StartsWith('ل') || folded.StartsWith("ال", StringComparison.Ordinal) || !SubjectWords.IsPlainName(asWord)
            || SpeakerLexicon.IsPreposition(name) || SpeakerLexicon.IsTitle(folded) || w.EndsClause && !w.EndsWithComma
            ? null
            : name;
    }

    /// <summary>The word that closes with its comma the role set off after the name's comma at <paramref name="from"/>; null for none.</summary>
    private static int? RoleClosing(List<Word> words, int from)
    {
        for (var j = from; j < words.Count && j < from + MaxRoleWords; j++)
        {
            if (words[j].IsComplementiser || words[j].OpensQuote || ReportingVerbs.IsReportingVerb(words[j].Folded))
            {
                return null;
            }

            if (words[j].EndsClause)
            {
                return words[j].EndsWithComma ? j : null;
            }
        }

        return null;
    }
}
