namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «a description as the subject before its verb»: «ولا يستطيع جمال الجعبري الوصول إلى كرمه … . والمزارع الذي ورث
/// الدونمات الستة عن أبيه يقول إن»، «تقود فاطمة الشلالدة جمعية … . والسيدة التي أسست الجمعية … تقول إن»، «تقف رلى عيسى على
/// سقالة … . والمرممة التي درست في فلورنسا تقول إن». Feature writing narrates a person, then opens the next sentence with
/// what they are and a relative clause of their story as the subject, the verb of saying coming only after it. No
/// construction reads a subject before its verb, so the passage was no one's; the description points back to the person
/// the narration just named, when the relative pronoun's gender (and the verb's) is theirs.
/// </summary>
internal static class DescriptionBeforeItsVerb
{
    /// <summary>The most adjectives with the article between the noun and the relative pronoun («والحرفي الستيني الذي»).</summary>
    private const int MaxAdjectives = 2;

    /// <summary>The most words of the relative clause before the verb («الذي ورث الدونمات الستة عن أبيه»).</summary>
    private const int MaxClauseWords = 16;

    /// <summary>
    /// The person narrated before the first later sentence that opens with «و» and a description with the article, a
    /// relative clause and a reporting verb agreeing with the pronoun, then «أن / إن»; the description is their role when
    /// the narration gave none. Null when no sentence opens so, or the narration before it names no one (or two).
    /// </summary>
    public static Attribution? Introduced(Paragraph paragraph)
    {
        var words = paragraph.Words;
        for (var s = 1; s + 3 < words.Count; s++)
        {
            if (!words[s - 1].EndsSentence || Described(words, s) is not { } described)
            {
                continue;
            }

            var (relative, verb) = described;
            var feminine = words[relative].Folded == "التي";
            if (NameInNarration.VouchedBefore(paragraph, s, feminine) is not { } narrated)
            {
                return null;
            }

            var description = string.Join(' ', words.Skip(s).Take(verb - s).Select(w => w.Surface)).TrimStart('و');
            return narrated with { Role = narrated.Role ?? description };
        }

        return null;
    }

    /// <summary>
    /// Where the relative pronoun and the reporting verb stand when the sentence opening at <paramref name="s"/> is «والمزارع
    /// [الستيني] الذي … يقول إن»; null otherwise (a group, «والمزارعون الذين», or a body, «والجمعية التي», is no one person).
    /// </summary>
    private static (int Relative, int Verb)? Described(List<Word> words, int s)
    {
        var head = words[s];
        if (head.Folded is not { Length: > 5 } folded || folded[0] != 'و' || head.EndsClause || head.OpensQuote
            || !DescribedEarlier.IsPersonDescription(head with { Folded = folded[1..] }))
        {
            return null;
        }

        var relative = s + 1;
        while (relative < words.Count && relative - s <= MaxAdjectives && words[relative].Folded is not ("الذي" or "التي")
            && words[relative].Folded.StartsWith("ال", StringComparison.Ordinal) && !words[relative].EndsClause)
        {
            relative++;
        }

        if (relative >= words.Count || words[relative].Folded is not ("الذي" or "التي"))
        {
            return null;
        }

        var feminine = words[relative].Folded == "التي";
        for (var v = relative + 2; v + 1 < words.Count && v - relative <= MaxClauseWords; v++)
        {
            if (words[v - 1].EndsSentence || words[v - 1].OpensQuote || words[v - 1].IsComplementiser)
            {
                return null;
            }

            if (ReportingVerbs.IsReportingVerb(words[v].Folded) && words[v + 1].IsComplementiser)
            {
                return ReportingVerbs.IsFeminine(words[v].Folded) == feminine ? (relative, v) : null;
            }
        }

        return null;
    }
}
