namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وفي ساحة المعصرة تجلس الحاجة فاطمة عاشور بين أكوام الزيتون …. "…"، تقول الحاجة قبل أن تنادي …»، «يقف عادل الكاباوي،
/// …، يراقب الحمار …. "…"، يقول الرجل ضاحكًا»، «تستقبل الأخت تريز سعادة الزوار …. "…"، تقول الراهبة قبل أن تغلق البوابة»:
/// a portrait shows a person at work, then quotes them and says who spoke after the quotation by what they are — a
/// description with the article and no name. The description is the one person the narration before the quotation named
/// (read by <see cref="NameInNarration"/>, which wants no one else named between), when the verb's gender is theirs.
/// </summary>
internal static class DescribedAfterTheQuote
{
    /// <summary>The fewest words of a quotation that is something said, not a name or a term.</summary>
    private const int MinQuotedWords = 3;

    /// <summary>The person the description after a quotation points back to, or null when the paragraph has no such quotation or no one such.</summary>
    public static Attribution? Introduced(Paragraph paragraph)
    {
        var words = paragraph.Words;
        foreach (var (q, close) in paragraph.QuotationsAfterAClause())
        {

            // «"…"، تقول الحاجة»: a comma after the closing mark, then the verb and the description.
            // The comma after the closing mark ends the clause, though the word's comma flag leaves it out.
            if (close - q + 1 < MinQuotedWords || !words[close].ClosesQuote || !words[close].EndsClause || words[close].EndsSentence || words[close].EndsWithColon
                || close + 1 >= words.Count || Description(words, close + 1) is not { } description)
            {
                continue;
            }

            var feminine = ReportingVerbs.IsFeminine(words[close + 1].Folded);
            var narrated = NameInNarration.Before(paragraph, q, feminine);
            return narrated?.Name is { } name && NameInNarration.NamesSomeone(name)
                ? narrated with { Role = narrated.Role ?? (SpeakerLexicon.IsGeneralReference(words[description].Folded) ? null : words[description].Surface.TrimEnd('،', ',', '.')) }
                : null;
        }

        return null;
    }

    /// <summary>
    /// Whether the paragraph opens with a quotation and then says who spoke by what they are («"…"، يقول العجوز وهو يشد
    /// الحبل»، «"…"، تقول الأرملة وهي …»، «"…"، يقول النجار الستيني»): the paragraph itself narrates no one, so the
    /// description can only point back to the person of the paragraph before.
    /// </summary>
    public static bool OpensWithAQuotationDescribed(Paragraph paragraph)
    {
        var words = paragraph.Words;
        if (words.Count == 0 || !words[0].OpensQuote)
        {
            return false;
        }

        var close = 0;
        while (close < words.Count - 1 && !words[close].ClosesQuote)
        {
            close++;
        }

        return close + 1 >= MinQuotedWords && words[close].ClosesQuote && words[close].EndsClause && !words[close].EndsSentence && !words[close].EndsWithColon
            && close + 1 < words.Count && Description(words, close + 1) is not null;
    }

    /// <summary>
    /// Where the description stands after a present reporting verb at <paramref name="v"/>: one word with the article that
    /// names no one («الحاجة»، «الرجل»، «الراهبة»), perhaps an age or an adjective with the article after it, then the end
    /// of the clause or how and when it was said («ضاحكًا»، «قبل أن»، «وهو يشير»، «بحسرة»); null when a name, a body or
    /// anything else follows the verb.
    /// </summary>
    private static int? Description(List<Word> words, int v)
    {
        if (v + 1 >= words.Count || words[v].EndsClause || words[v].Folded is not { Length: >= 3 } verb || verb[0] is not ('ي' or 'ت')
            || !ReportingVerbs.IsReportingVerb(verb))
        {
            return null;
        }

        var d = v + 1;
        var head = words[d];
        if (!SubjectWords.HasArticle(head) || SpeakerLexicon.IsOrganisation(head.Folded) || SpeakerLexicon.IsInstitution(head.Folded)
            || SpeakerLexicon.IsArticleGivenName(head.Folded) || ReportingVerbs.IsFeminine(verb) != FeminineNoun(head.Folded))
        {
            return null;
        }

        var end = d;
        if (!head.EndsClause && end + 1 < words.Count && SubjectWords.HasArticle(words[end + 1]) && !words[end + 1].OpensQuote && !IsRelative(words[end + 1].Folded))
        {
            // «يقول الدليل الخمسيني»، «تقول البائعة العجوز»: an adjective or an age after it.
            end++;
        }

        return ClosesTheSubject(words, end) || RelativeAgreeing(words, end, FeminineNoun(head.Folded)) ? d : null;
    }

    /// <summary>«الذي»، «التي»: the relative pronouns that open a clause saying more of the description.</summary>
    private static bool IsRelative(string folded) => folded is "الذي" or "التي";

    /// <summary>
    /// «يقول الرجل الذي تجاوز السبعين»، «تقول المرأة التي فقدت زوجها في البحر»: a relative clause after the description,
    /// its pronoun agreeing with it, says more of who the person is; the description still ends there.
    /// </summary>
    private static bool RelativeAgreeing(List<Word> words, int end, bool feminine) =>
        !words[end].EndsClause && end + 2 < words.Count && words[end + 1].Folded == (feminine ? "التي" : "الذي") && !words[end + 1].EndsClause
        && !words[end + 2].OpensQuote;

    /// <summary>The description ends here: the end of the clause, or how and when it was said follows.</summary>
    private static bool ClosesTheSubject(List<Word> words, int end)
    {
        if (words[end].EndsClause || end + 1 >= words.Count)
        {
            return true;
        }

        var next = words[end + 1];
        var f = next.Folded;
        return next.HasTanween || f is "قبل" or "بعد" or "وهو" or "وهي" or "ثم" or "بينما" or "فيما" or "حين" or "عندما"
            || f.Length > 3 && f[0] == 'ب' && !SpeakerLexicon.IsGivenName(f);
    }

    /// <summary>«الحاجة»، «الراهبة»: a feminine noun ends in «ـة», folded «ه».</summary>
    private static bool FeminineNoun(string folded) => folded.EndsWith('ه');
}
