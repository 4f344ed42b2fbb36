namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «يحتفظ خوري الرعية الأب جورج صليبا بخنجر قديم …. "…"، يقول الأب صليبا»، «ويتعاون الكاهن مع إمام المسجد الشيخ محمود
/// الحلبي على …. "…"، يقول الشيخ الحلبي»، «وتقول أستاذة الآثار … الدكتورة ريما الحاج إن …. "…"، تقول الدكتورة الحاج»: a
/// feature brings a person in by a chain of titles before the full name, then, after the quotation, carries them by the last
/// title and the surname alone. The pair is that person when the narration before the quotation wrote the same title right
/// before a name ending in that surname; the name is the full one, and the role the chain of titles written there. A title
/// and surname the narration did not write so are left to the other rules.
/// </summary>
internal sealed class TitleAndSurnameAfterTheQuote : IAttributionRule
{
    /// <summary>The most words of the name between the title and the surname, the surname included («جورج صليبا»، «ريما نصر الله الحاج»).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The most words of the chain of titles before the title that heads the name («خوري الرعية»، «إمام المسجد»).</summary>
    private const int MaxChainWords = 4;

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        found = null;
        var words = paragraph.Words;
        if (v < 1 || v + 2 >= words.Count || !words[v - 1].ClosesQuote || !words[v - 1].EndsClause || words[v - 1].EndsSentence
            || words[v].EndsClause || !ReportingVerbs.IsReportingVerb(words[v].Folded))
        {
            return false;
        }

        var surname = v + 1;
        while (surname < words.Count - 1 && IsTitle(words[surname]) && !words[surname].EndsClause)
        {
            surname++;
        }

        if (surname == v + 1 || !ClosesTheSubject(words, surname) || SubjectWords.HasArticle(words[surname]) && !words[surname].EndsClause
            || !SubjectWords.IsPlainName(words[surname]) || IsTitle(words[surname]))
        {
            return false;
        }

        var title = words[surname - 1].Folded;
        var last = words[surname].Folded.TrimEnd('،', ',');
        if (FullNameInTheNarration(words, v - 1, title, last) is not { } named)
        {
            return false;
        }

        found = new Attribution(AttributionKind.Named, named.Name) { Role = named.Role, Feminine = ReportingVerbs.IsFeminine(words[v].Folded), GenderShown = true };
        return true;
    }

    /// <summary>«الأب»، «الشيخ»، «الدكتورة»، «الحاج»: a title that may head a name; «الأب» only where a name follows it, as here.</summary>
    private static bool IsTitle(Word w) => SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsPopularTitle(w.Folded) || w.Folded == "الاب";

    /// <summary>The surname closes the verb's subject: the clause ends, or a relative, «وهو / وهي» or «مضيفًا» follows.</summary>
    private static bool ClosesTheSubject(List<Word> words, int k) =>
        words[k].EndsClause || k == words.Count - 1
        || words[k + 1].Folded is "الذي" or "التي" or "وهو" or "وهي" || MetSpeakerNarrated.IsParticipleOfSaying(words[k + 1].Folded);

    /// <summary>
    /// The full name the narration before the quotation (up to <paramref name="limit"/>, outside quotation marks) writes right
    /// after <paramref name="title"/> and ending in <paramref name="surname"/>, with the chain of titles written before it
    /// as the role; null when it writes none.
    /// </summary>
    private static (string Name, string Role)? FullNameInTheNarration(List<Word> words, int limit, string title, string surname)
    {
        var inQuote = false;
        for (var t = 0; t + 2 < limit; t++)
        {
            inQuote = (inQuote || words[t].OpensQuote) && !words[t].ClosesQuote;
            if (inQuote || words[t].Folded != title || words[t].EndsClause)
            {
                continue;
            }

            for (var j = t + 2; j <= t + MaxNameWords && j < limit; j++)
            {
                if (words[j].Folded.TrimEnd('،', ',') == surname)
                {
                    var name = string.Join(' ', words.Skip(t + 1).Take(j - t).Select(w => w.Surface.TrimEnd('،', ',')));
                    return (name, Chain(words, t));
                }

                if (words[j].EndsClause || words[j].OpensQuote)
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// «خوري الرعية الأب»، «إمام المسجد الشيخ»: the title at <paramref name="t"/> and the words of office written before it
    /// in the same clause, back to the verb, a preposition or a clause end.
    /// </summary>
    private static string Chain(List<Word> words, int t)
    {
        var from = t;
        while (from > 0 && t - from < MaxChainWords && !words[from - 1].EndsClause && !SpeakerLexicon.IsPreposition(words[from - 1].Surface)
            && NameInNarration.VerbGender(words[from - 1].Folded) is null && !ReportingVerbs.IsReportingVerb(words[from - 1].Folded)
            && !SpeakerLexicon.IsOpener(words[from - 1].Folded))
        {
            from--;
        }

        return string.Join(' ', words.Skip(from).Take(t - from + 1).Select(w => w.Surface));
    }
}
