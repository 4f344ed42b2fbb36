namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «نقلت الوكالة الوطنية عن وزير الزراعة نزار هاني قوله إن»: the medium relays; who spoke follows «عن». The medium
/// itself is never the speaker.
/// </summary>
internal sealed class RelayedStatement : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (!ReportingVerbs.IsRelaying(words[v].Folded))
        {
            return false;
        }

        var an = RelayedFrom(words, v);
        if (an >= 0 && an + 2 < words.Count && SubjectWords.HasArticle(words[an + 1]) && !words[an + 1].EndsClause && words[an + 2].Folded is "قوله" or "قولها")
        {
            // «ونقلت قناة "العراقية" عن الزيدي قوله إن»: a word with the article and «قوله» after it is the surname of a
            // speaker already met (or else no one); «قولها» shows a woman.
            found = new Attribution(AttributionKind.Surname, words[an + 1].Surface) { Feminine = words[an + 2].Folded == "قولها", GenderShown = true };
        }
        else if (an >= 0)
        {
            var relayed = new SubjectReader(words, an + 1, paragraph.CommonNouns, Verb: null).Read();
            if (relayed.Kind is AttributionKind.Named or AttributionKind.Collective)
            {
                found = relayed;
            }
        }

        return true;
    }

    /// <summary>The «عن» after a relaying verb, before what was said; -1 when there is none.</summary>
    private static int RelayedFrom(List<Word> words, int v)
    {
        const int MaxMediumWords = 8;
        const int MaxQuotedNameWords = 4;
        for (var k = v + 1; k < words.Count && k <= v + MaxMediumWords; k++)
        {
            if (words[k].Folded == "عن")
            {
                return k;
            }

            // The medium's own name in quotes («نقلت صحيفة «لا ريبوبليكا» الإيطالية عن …») is part of the medium.
            if (words[k].OpensQuote && Enumerable.Range(k, Math.Min(MaxQuotedNameWords, words.Count - k)).FirstOrDefault(q => words[q].ClosesQuote, -1) is var close and >= 0
                && !words[close].EndsWithComma && !words[close].EndsSentence)
            {
                k = close;
                continue;
            }

            if (words[k].IsComplementiser || words[k].EndsClause && !words[k].EndsWithComma)
            {
                break;
            }
        }

        return -1;
    }
}
