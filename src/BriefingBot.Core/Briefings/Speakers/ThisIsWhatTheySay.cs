namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «لم يعد الخبز يكفي حتى منتصف النهار. هذا ما يؤكده عبد الستار الماجري، رئيس …»: «هذا / ذلك / وهو ما» and a reporting
/// verb carrying the pronoun of what was just said makes the sentence before the speaker's words, and the speaker is the
/// verb's subject, named only there.
/// </summary>
internal sealed class ThisIsWhatTheySay : IAttributionRule
{
    /// <summary>What points back at the words just read, before «ما»: «هذا ما»، «وهو ما»، «ذلك ما».</summary>
    private static readonly HashSet<string> PointersBack = new(StringComparer.Ordinal)
    {
        "هذا", "وهذا", "ذلك", "وذلك", "هو", "وهو", "هذه", "وهذه", "هي", "وهي",
    };

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        var folded = words[v].Folded;
        // The verb without the pronoun of the words it reports: «يؤكده» → «يؤكد».
        var verb = folded.Length >= 4 && folded.EndsWith('ه') ? folded[..^1] : null;
        if (v < 2 || v + 1 >= words.Count || words[v - 1].Folded != "ما" || !PointersBack.Contains(words[v - 2].Folded)
            || words[v].EndsClause || verb is null || !ReportingVerbs.IsReportingVerb(verb))
        {
            return false;
        }

        var subject = new SubjectReader(words, v + 1, paragraph.CommonNouns, verb, QuoteFirst: true).Read();
        // «وهو ما نفته إدارتها»: one word that owns a pronoun is someone's body or office, named nowhere.
        if (subject is { Kind: AttributionKind.Named or AttributionKind.Surname or AttributionKind.TitleOnly, Unclosed: false, Name: { } name }
            && (name.Contains(' ', StringComparison.Ordinal) || subject.Kind != AttributionKind.Named))
        {
            found = subject with { Feminine = ReportingVerbs.IsFeminine(verb), GenderShown = true };
        }

        return true;
    }
}
