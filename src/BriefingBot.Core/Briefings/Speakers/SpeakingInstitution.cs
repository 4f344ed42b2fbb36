namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A body that speaks for itself, with no person named («قالت وزارة الطاقة في بيان إن»).</summary>
internal sealed record SpeakingInstitution(List<Word> Words, int From, string? Verb, bool QuoteFirst)
{
    /// <summary>The verbs a statement is issued or published with, after its author's name («بيان للوزارة صدر أمس»).</summary>
    private static readonly HashSet<string> IssuingVerbs = new(["صدر", "نشر", "وزع", "اصدره", "اصدرته", "نشره", "نشرته", "وزعه", "وزعته"], StringComparer.Ordinal);

    /// <summary>The longest name taken for a body.</summary>
    private const int MaxNameWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>
    /// A body that speaks for itself, with no person named: «قالت وزارة الطاقة في بيان إن»، «أعلن مصرف لبنان أن»،
    /// «قالت منظمة الصحة العالمية إن». Its name runs from the institution noun to a preposition, a comma or «أن», and
    /// needs a complement; the noun alone with the article («وأضافت الوزارة أن») refers back to the body already met.
    /// </summary>
    public Attribution? Institution(int terminator)
    {
        if (!SpeakerLexicon.IsOrganisation(Words[From].Folded) || terminator < 0 && !QuoteFirst || Verb is not null && ReportingVerbs.IsExplaining(Verb))
        {
            return null;
        }

        var name = new List<string>();
        for (var k = From; k < Words.Count && name.Count < MaxNameWords; k++)
        {
            var w = Words[k];
            // A name quoted right after the body's noun is its complement («منظمة "أطباء بلا حدود"»), up to the closing quote.
            if (k == From + 1 && w.OpensQuote && QuotedName(k) is { } quoted)
            {
                name.AddRange(quoted);
                break;
            }

            // A title right after the body's noun is its complement («مكتب رئيس الوزراء»، «ديوان المحاسبة»).
            if (k > From && (w.OpensQuote || w.IsComplementiser || SpeakerLexicon.IsPreposition(w.Surface)
                || ReportingVerbs.IsReportingVerb(w.Folded) || SpeakerLexicon.IsTitle(w.Folded) && k > From + 1 || SpeakerLexicon.EndsClause(w.Folded)
                // «أقرّ مجلس الوزراء البحريني الأحد لائحة …»، «أعلنت الشركة … يوم الاثنين»: the day it acted on ends the body's name.
                // «بحسب بيان لوزارة المالية صدر مساء الإثنين، فإن»: the verb that issued the statement opens a clause of its own.
                || k > From + 1 && IssuingVerbs.Contains(w.Folded)
                || k > From + 1 && (SpeakerLexicon.IsTimeWord(w.Folded) || w.Folded == "يوم" && k + 1 < Words.Count && SpeakerLexicon.IsTimeWord(Words[k + 1].Folded))))
            {
                break;
            }

            name.Add(w.Surface);
            if (w.EndsClause)
            {
                break;
            }
        }

        if (name.Count == 1)
        {
            return SpeakerLexicon.HasArticle(Words[From].Folded) && Verb is not null ? new Attribution(AttributionKind.Surname, name[0]) : null;
        }

        var feminine = Verb is not null && ReportingVerbs.IsFeminine(Verb);
        return new Attribution(AttributionKind.Named, string.Join(' ', name)) { Feminine = feminine, ByFaInna = terminator >= 0 && Words[terminator].Folded.StartsWith('ف') };
    }

    /// <summary>The words of a short quoted name opening at <paramref name="from"/> up to the one closing the quote; null when none closes it soon.</summary>
    private List<string>? QuotedName(int from)
    {
        const int MaxQuotedWords = 5;
        var quoted = new List<string>();
        for (var k = from; k < Words.Count && k < from + MaxQuotedWords; k++)
        {
            quoted.Add(Words[k].Surface);
            if (Words[k].ClosesQuote)
            {
                return quoted;
            }
        }

        return null;
    }
}
