using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «يعمل عماد نزيه القوتلي في محل …. ويقول القوتلي إن»، «يجلس الحاج أحمد عبده الحشيبري على حافة حوض …، ويقول الحشيبري
/// إنه»: the narration names a person whose surname, written with the article, ends the name; the verb then quotes them by
/// that surname. Read in the narration alone, a word with the article after an unlisted given name may as well open what
/// comes after the name, so the name was cut before it («عماد نزيه»); the surname the paragraph quotes by says it is the
/// name's last word.
/// </summary>
internal static class NameClosedBySurname
{
    /// <summary>
    /// <paramref name="introduced"/> with the surname <paramref name="quoted"/> gives added, when the paragraph writes that
    /// surname right after the introduced name, inside the same clause; else <paramref name="introduced"/> as it is.
    /// </summary>
    public static Attribution Completed(Attribution introduced, Attribution quoted, Paragraph paragraph)
    {
        if (quoted is not { Kind: AttributionKind.Surname, Name: { } surname } || introduced.Name is not { } name
            || ArabicText.FoldedWords(surname) is not [var last] || !SpeakerLexicon.HasArticle(last))
        {
            return introduced;
        }

        var folded = ArabicText.FoldedWords(name);
        if (folded.Count == 0 || folded.Contains(last) || folded.Count + 1 > BriefingLimits.MaxSpeakerWords)
        {
            return introduced;
        }

        var words = paragraph.Words;
        for (var j = 0; j + folded.Count < words.Count; j++)
        {
            var end = j + folded.Count;
            if (Enumerable.Range(0, folded.Count).All(k => words[j + k].Folded == folded[k]) && !words[end - 1].EndsClause && words[end].Folded == last)
            {
                return introduced with { Name = name + " " + words[end].Surface };
            }
        }

        return introduced;
    }
}
