using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A body the briefing named in narration, then quoted by its noun alone: «وكانت وزارة الشباب قد أطلقت برنامج …» then
/// «وقالت الوزارة في بيان إن …» is the ministry of youth, though it never spoke under its full name.
/// </summary>
internal static class NarratedBody
{
    /// <summary>The longest body's name taken.</summary>
    private const int MaxNameWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>The construct chain before the article word that closes it («هيئة تنظيم قطاع | الاتصالات»).</summary>
    private const int MaxChainWords = 3;

    /// <summary>
    /// The body a noun with the article («الوزارة»، «الهيئة») refers to when no speaker met is so named: the latest body of
    /// that noun the paragraphs before wrote in full, or null. «الحكومة» and the plural forces are left unnamed: an
    /// unnamed government is no one.
    /// </summary>
    public static Attribution? Named(Attribution found, IReadOnlyList<(string? Section, string Text)> paragraphs, int before)
    {
        if (found is not { Kind: AttributionKind.Surname, Unclosed: false, Name: { } mention } || mention.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var folded = ArabicText.Fold(mention);
        if (!folded.StartsWith("ال", StringComparison.Ordinal) || folded.Length < 5)
        {
            return null;
        }

        var noun = folded[2..];
        if (!SpeakerLexicon.IsOrganisation(noun) || noun is "حكومه" or "سلطات" or "قوات")
        {
            return null;
        }

        for (var p = before; p >= 0; p--)
        {
            var words = Word.Split(paragraphs[p].Text);
            // «قضت محكمة البداءة … . وقالت المحكمة في قرارها إن»: the paragraph's own narration, before the body is quoted
            // by its noun, names it first, also by the noun and its adjectives («ألغت المحكمة الإدارية …»), which is not
            // yet the noun alone that is quoted.
            var end = p == before ? Enumerable.Range(0, words.Count).FirstOrDefault(k => IsNounAlone(words, k, noun), -1) : words.Count;
            for (var k = end - 2; k >= 0; k--)
            {
                if (BodyAt(words, k, noun) is { } name)
                {
                    return new Attribution(AttributionKind.Named, name) { Feminine = found.Feminine, GenderShown = found.GenderShown };
                }

                if (SpeakerLexicon.HasArticle(words[k].Folded) && SpeakerLexicon.WithoutPrefixes(words[k].Folded) == noun && !words[k].EndsClause
                    && SpeakerLexicon.HasArticle(words[k + 1].Folded))
                {
                    // «أطلق البنك المركزي الأردني برنامجًا» is that body by its noun and adjectives; «الهيئة القومية لسكك
                    // حديد مصر» goes on with a complement not read here, so the noun may be that body's: no one.
                    return DefiniteBodyAt(words, k) is { } definite
                        ? new Attribution(AttributionKind.Named, definite) { Feminine = found.Feminine, GenderShown = found.GenderShown }
                        : null;
                }
            }
        }

        return null;
    }

    /// <summary>The noun with the article and no adjective after it («وقالت المحكمة في قرارها»): the body quoted by its noun.</summary>
    private static bool IsNounAlone(List<Word> words, int k, string noun) =>
        SpeakerLexicon.HasArticle(words[k].Folded) && SpeakerLexicon.WithoutPrefixes(words[k].Folded) == noun
        && (words[k].EndsClause || k + 1 >= words.Count || !(SpeakerLexicon.HasArticle(words[k + 1].Folded) && IsAdjectiveOrJoined(words[k + 1].Folded)));

    /// <summary>
    /// The body's name written from word <paramref name="k"/>: the noun (perhaps after «و / ب / ل»), a construct chain
    /// closed by a word with the article, and the adjectives of origin or kind that follow it («الوطنية»، «الدولية»،
    /// «والتعليم»); null when the noun stands there without a complement.
    /// </summary>
    private static string? BodyAt(List<Word> words, int k, string noun)
    {
        var first = words[k];
        var prefix = first.Folded.Length == noun.Length + 1 && first.Folded[0] is 'و' or 'ب' or 'ل' or 'ف' ? 1 : 0;
        if (first.Folded.AsSpan(prefix).SequenceEqual(noun) is false || first.EndsClause)
        {
            return null;
        }

        var name = new List<string> { prefix == 0 ? first.Surface : StripFirstLetter(first.Surface) };
        var chain = 0;
        var closed = false;
        for (var j = k + 1; j < words.Count && name.Count < MaxNameWords; j++)
        {
            var w = words[j];
            if (w.OpensQuote || w.InParentheses || SpeakerLexicon.IsPreposition(w.Surface) || SpeakerLexicon.IsNonName(w.Folded) || w.IsComplementiser)
            {
                break;
            }

            var article = SpeakerLexicon.HasArticle(w.Folded) && !w.Folded.StartsWith("لل", StringComparison.Ordinal);
            if (!closed && !article && (chain >= MaxChainWords || !SubjectWords.IsPlainName(w)))
            {
                break;
            }

            if (closed && !(article && IsAdjectiveOrJoined(w.Folded)))
            {
                break;
            }

            name.Add(w.Surface);
            chain += article ? 0 : 1;
            closed |= article;
            if (w.EndsClause)
            {
                break;
            }
        }

        return closed ? string.Join(' ', name) : null;
    }

    /// <summary>
    /// A body written with the article and its adjectives only («البنك المركزي الأردني»), closed by a word that is no
    /// complement of it (an object, a verb, a clause's end); null when a complement goes on after the adjectives.
    /// </summary>
    private static string? DefiniteBodyAt(List<Word> words, int k)
    {
        var first = words[k].Surface;
        var folded = words[k].Folded;
        var name = new List<string> { folded.StartsWith("ال", StringComparison.Ordinal) ? first : StripFirstLetter(first) };
        var j = k + 1;
        for (; j < words.Count && name.Count < MaxNameWords && !words[j - 1].EndsClause; j++)
        {
            if (!(SpeakerLexicon.HasArticle(words[j].Folded) && !words[j].Folded.StartsWith("لل", StringComparison.Ordinal) && IsAdjectiveOrJoined(words[j].Folded)))
            {
                break;
            }

            name.Add(words[j].Surface);
        }

        if (name.Count >= 2 && j < words.Count && !words[j - 1].EndsClause && SeatAt(words[j]))
        {
            // «المحكمة الابتدائية بصفاقس»: the city a body sits in closes its name.
            name.Add(words[j].Surface);
            j++;
        }

        if (name.Count < 2 || j < words.Count && !words[j - 1].EndsClause && !IsWhenOrWhatAfter(words[j])
            && (words[j].Folded.StartsWith('ل') || words[j].Folded.StartsWith("لل", StringComparison.Ordinal) || SpeakerLexicon.HasArticle(words[j].Folded) || SubjectWords.IsPlainName(words[j]) && !words[j].HasTanween && !ReportingVerbs.IsReportingVerb(words[j].Folded) && words[j].Folded is not ("قد" or "في" or "من" or "علي" or "عن" or "الي")))
        {
            return null;
        }

        return string.Join(' ', name);
    }

    /// <summary>A city or country under «بـ» («بصفاقس»): where a body sits.</summary>
    private static bool SeatAt(Word w) => w.Folded.Length > 3 && w.Folded[0] == 'ب' && Gazetteer.Places.Contains(w.Folded[1..]);

    /// <summary>
    /// After a body's name, when it acted («الأسبوع الماضي»، «الخميس») or what it did under «بـ» («بسجن صاحب مطحنة»):
    /// no complement of the name.
    /// </summary>
    private static bool IsWhenOrWhatAfter(Word w) =>
        SpeakerLexicon.IsTimeWord(w.Folded) || w.Folded is "الاسبوع" or "الشهر" or "العام" or "السنه"
        || w.Folded.Length > 3 && w.Folded[0] == 'ب' && !SpeakerLexicon.HasArticle(w.Folded) && !SeatAt(w);

    /// <summary>«الوطنية»، «الدولية»، «المدنية»، «العامة»، «العليا»; or a noun joined with «و» («والتعليم»).</summary>
    private static bool IsAdjectiveOrJoined(string folded) =>
        folded.StartsWith("وال", StringComparison.Ordinal)
        || folded.EndsWith("يه", StringComparison.Ordinal) || folded.EndsWith('ي')
        || folded is "العامه" or "العام" or "العليا" or "الكبري" or "المتحده" or "المستقله" or "المشتركه";

    private static string StripFirstLetter(string surface)
    {
        var i = 1;
        while (i < surface.Length && ArabicText.Fold(surface.AsSpan(i, 1)).Length == 0)
        {
            i++;
        }

        return surface[i..];
    }
}
