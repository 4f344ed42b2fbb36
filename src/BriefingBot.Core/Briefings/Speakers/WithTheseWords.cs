namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «"لم نعد نتحدث عن موسم سيئ". بهذه العبارة افتتح المندوب … منير الخماخم ندوته»: after a quote, «بهذه العبارة /
/// الكلمات / الجملة» and a verb of any kind («افتتح»، «ختم»، «لخّص»، «استقبلنا») name who said it, as a reporting verb
/// would. The press writes this whatever the verb; only the verbs that report by themselves were read before.
/// </summary>
internal sealed class WithTheseWords : IAttributionRule
{
    /// <summary>What «بهذه / بهذا» points back to: the words just quoted.</summary>
    private static readonly HashSet<string> Utterances = new(StringComparer.Ordinal)
    {
        "العباره", "العبارات", "الكلمات", "الكلمه", "الجمله", "الجمل", "الكلام",
    };

    /// <summary>
    /// «الرجل»، «المرأة»: a person named by what they are, the one the quote before was given to, never a name («يلخص الرجل
    /// حال بستانه» is no one called «حال بستانه»). True for a woman.
    /// </summary>
    private static readonly Dictionary<string, bool> ThePerson = new(StringComparer.Ordinal)
    {
        ["الرجل"] = false,
        ["الشاب"] = false,
        ["العجوز"] = false,
        ["المراه"] = true,
        ["السيده"] = true,
        ["الشابه"] = true,
    };

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (v == 2 && first && v + 1 < words.Count && words[0].Folded is "بهذه" or "وبهذه" or "بهذا" or "وبهذا" && Utterances.Contains(words[1].Folded)
            && ThePerson.TryGetValue(words[v + 1].Folded, out var feminine))
        {
            // «بهذه العبارة يلخص الرجل حال بستانه» after a quote-only paragraph: the man is the one just quoted.
            found = new Attribution(AttributionKind.Continuation, null) { Feminine = feminine, GenderShown = true };
            return true;
        }

        if (v < 3 || v + 1 >= words.Count || ReportingVerbs.IsReportingVerb(words[v].Folded)
            || words[v - 2].Folded is not ("بهذه" or "وبهذه" or "بهذا" or "وبهذا") || !Utterances.Contains(words[v - 1].Folded) || !words[v - 3].ClosesQuote)
        {
            return false;
        }

        var subject = new SubjectReader(words, v + 1, paragraph.CommonNouns, words[v].Folded, QuoteFirst: true).Read();
        if (subject.Kind != AttributionKind.Named)
        {
            return false;
        }

        found = subject;
        return true;
    }
}
