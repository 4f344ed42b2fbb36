namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// ««الهرم ما بيجري، الزول هو البيجري»، يقولها الحاج إدريس محمد الأمين وهو يشد حبل ناقته»: after a quotation, a
/// reporting verb carrying the pronoun of the words just quoted («يقولها»، «قالها»، «يرددها») is said by its subject, read
/// as after a bare verb that follows a quote. Without the pronoun the verb is read by <see cref="ReportingVerbBeforeSubject"/>;
/// with it, no rule knew the verb and the paragraph was no one's.
/// </summary>
internal sealed class VerbWithThePronounOfTheQuote : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        var folded = words[v].Folded;
        // The verb without the pronoun of the words it reports: «يقولها» → «يقول».
        var verb = folded.Length >= 5 && folded.EndsWith("ها", StringComparison.Ordinal) ? folded[..^2] : null;
        if (v < 1 || v + 1 >= words.Count || !words[v - 1].ClosesQuote || words[v].EndsClause || verb is null || !ReportingVerbs.IsReportingVerb(verb))
        {
            return false;
        }

        var subject = new SubjectReader(words, v + 1, paragraph.CommonNouns, verb, QuoteFirst: true).Read();
        if (subject is { Kind: AttributionKind.Named or AttributionKind.Surname or AttributionKind.TitleOnly, Unclosed: false, Name: not null })
        {
            found = subject with { Feminine = ReportingVerbs.IsFeminine(verb), GenderShown = true };
        }

        return true;
    }
}
