namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «the kin the text gave someone»: feature writing names a relative once with what they are to the family, set off
/// after the name («سالم بازرعة، الابن الأكبر للحاج أحمد،»، «ابنه سامر، بكر أبنائه …،»، «ماهر يوسف عودة، خال أحمد،»), then
/// quotes them by that alone («كما يقول البكر»، «ويضيف الابن الأكبر أن»، «ويضيف خال أحمد أن»). The mention is no name:
/// without this the passage is no one's, or, for «خال أحمد», «أحمد»'s — the one whose uncle speaks. The speaker is the one
/// person an earlier paragraph set that kin beside; none or two, and the rule says nothing.
/// </summary>
internal static class KinStated
{
    /// <summary>The most words of a name read back from the comma before the kin («الحاج أحمد سالم بازرعة»).</summary>
    private const int MaxNameWords = 4;

    /// <summary>A rank of a child, by the mentions that quote by it and the phrases that state it beside a name, folded.</summary>
    private sealed record Rank(string[][] Mentions, string[][] Stated, bool Feminine);

    private static readonly Rank[] Ranks =
    [
        new([["البكر"], ["الابن", "الاكبر"], ["الابن", "البكر"], ["النجل", "الاكبر"]],
            [["الابن", "الاكبر"], ["النجل", "الاكبر"], ["بكر"], ["البكر"], ["اكبر", "ابنايه"], ["اكبر", "اولاده"]], false),
        new([["الابن", "الاصغر"], ["النجل", "الاصغر"]],
            [["الابن", "الاصغر"], ["النجل", "الاصغر"], ["اصغر", "ابنايه"], ["اصغر", "اولاده"]], false),
        new([["الابنه", "الكبري"]], [["الابنه", "الكبري"], ["ابنته", "الكبري"], ["كبري", "بناته"]], true),
        new([["الابنه", "الصغري"]], [["الابنه", "الصغري"], ["ابنته", "الصغري"], ["صغري", "بناته"]], true),
    ];

    /// <summary>
    /// Kin nouns written before the name of the one they are kin to («خال أحمد»، «عمة ريم»), with whether they are a woman's.
    /// «ابن / ابنة» are left out: the folded «ابنه» is also «his son», which brings in a relative of someone else.
    /// </summary>
    private static readonly Dictionary<string, bool> KinBeforeAName = new(StringComparer.Ordinal)
    {
        ["خال"] = false,
        ["خاله"] = true,
        ["عم"] = false,
        ["عمه"] = true,
        ["جد"] = false,
        ["والد"] = false,
        ["والده"] = true,
        ["شقيق"] = false,
        ["شقيقه"] = true,
        ["حفيد"] = false,
        ["حفيده"] = true,
        ["زوج"] = false,
        ["زوجه"] = true,
    };

    /// <summary>
    /// The person the kin after the paragraph's first reporting verb (outside quotations) stands for, as the one person an
    /// earlier paragraph stated it of; null when the verb's subject is no such kin or no one, or two, were so stated.
    /// </summary>
    public static Attribution? Holder(Paragraph paragraph, IReadOnlyList<(string? Section, string Text)> paragraphs, int at)
    {
        if (Mention(paragraph.Words) is not { } mention)
        {
            return null;
        }

        string? chosen = null;
        for (var p = 0; p < at; p++)
        {
            var words = Word.Split(paragraphs[p].Text);
            foreach (var stated in mention.Stated)
            {
                foreach (var name in NamesBefore(words, stated))
                {
                    if (chosen is not null && !SpeakerNames.NamedBy(SpeakerNames.Words(chosen), name) && !SpeakerNames.NamedBy(SpeakerNames.Words(name), chosen))
                    {
                        return null;
                    }

                    chosen = chosen is null || SpeakerNames.Words(name).Count > SpeakerNames.Words(chosen).Count ? name : chosen;
                }
            }
        }

        return chosen is null ? null : new Attribution(AttributionKind.Named, chosen) { Feminine = mention.Feminine, GenderShown = true };
    }

    /// <summary>The kin right after the first reporting verb outside quotations, with the phrases that state it; or null.</summary>
    private static (string[][] Stated, bool Feminine)? Mention(List<Word> words)
    {
        foreach (var v in Word.ReportingVerbsOutsideQuotations(words).Where(v => v + 1 < words.Count))
        {
            if (words[v].EndsClause)
            {
                return null;
            }

            foreach (var rank in Ranks)
            {
                if (rank.Mentions.Any(m => Matches(words, v + 1, m) && Closes(words, v + m.Length)))
                {
                    return (rank.Stated, rank.Feminine);
                }
            }

            var kin = words[v + 1];
            return v + 2 < words.Count && !kin.EndsClause && KinBeforeAName.TryGetValue(kin.Folded, out var feminine)
                && SpeakerLexicon.IsGivenName(words[v + 2].Folded) && Closes(words, v + 2)
                    ? ([[kin.Folded, words[v + 2].Folded]], feminine)
                    : null;
        }

        return null;
    }

    /// <summary>Whether the mention ends at <paramref name="last"/>: a comma, the sentence, «أن / إن» or nothing follows.</summary>
    private static bool Closes(List<Word> words, int last) =>
        last + 1 >= words.Count || words[last].EndsClause || words[last + 1].IsComplementiser;

    private static bool Matches(List<Word> words, int from, string[] phrase)
    {
        if (from + phrase.Length > words.Count)
        {
            return false;
        }

        for (var j = 0; j < phrase.Length; j++)
        {
            if (words[from + j].Folded != phrase[j] || j < phrase.Length - 1 && words[from + j].EndsClause)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The names a phrase is stated of, outside quotations: the phrase opening an aside right after a name and its comma
    /// («سالم بازرعة، الابن الأكبر»، «ابنه سامر، بكر أبنائه»). The name is read back over plain name words, stopping at a
    /// kin word, a title or a clause's end.
    /// </summary>
    private static IEnumerable<string> NamesBefore(List<Word> words, string[] phrase)
    {
        var quoted = false;
        for (var e = 1; e < words.Count; e++)
        {
            quoted = (quoted || words[e - 1].OpensQuote) && !words[e - 1].ClosesQuote;
            if (quoted || !words[e - 1].EndsWithComma || !Matches(words, e, phrase))
            {
                continue;
            }

            // The name starts at the furthest given name reached back over name words («يقف سالم بازرعة،» → «سالم بازرعة»).
            int? start = null;
            for (var s = e - 1; s >= 0 && e - s <= MaxNameWords && IsNameWord(words[s]) && (s == e - 1 || !words[s].EndsClause); s--)
            {
                start = SpeakerLexicon.IsGivenName(words[s].Folded) ? s : start;
            }

            if (start is { } first)
            {
                yield return string.Join(' ', words.Skip(first).Take(e - first).Select(w => w.Surface.TrimEnd('،', ',')));
            }
        }
    }

    private static bool IsNameWord(Word w) =>
        SubjectWords.IsPlainName(w) && !w.OpensQuote && !w.ClosesQuote && !SpeakerLexicon.IsKinOfSomeone(w.Folded) && !SpeakerLexicon.IsTitle(w.Folded)
        && !SpeakerLexicon.IsPreposition(w.Surface) && !ReportingVerbs.IsReportingVerb(w.Folded);
}
