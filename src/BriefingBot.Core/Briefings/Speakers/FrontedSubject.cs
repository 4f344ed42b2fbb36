namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>A subject written before its verb, as the press does after «غير أن / إلا أن» or inside a sentence.</summary>
internal static class FrontedSubject
{
    /// <summary>
    /// A titled subject standing before its verb («غير أن الباحثة … إليزابيث مورغان ترى أن»): read from the clause's start
    /// (the paragraph's, or after «أن / إن» or a comma) up to the verb. Only a named person with a title counts.
    /// </summary>
    public static Attribution? Before(List<Word> words, int v, HashSet<string> commonNouns, string verb)
    {
        const int MaxSubjectWords = 14;
        var start = v;
        while (start > 0 && v - start < MaxSubjectWords)
        {
            var previous = words[start - 1];
            if (previous.EndsClause || SpeakerLexicon.IsComplementiser(previous.Folded) || ReportingVerbs.IsReportingVerb(previous.Folded))
            {
                break;
            }

            start--;
        }

        if (start >= v - 1 || start > 0 && !words[start - 1].EndsClause && !SpeakerLexicon.IsComplementiser(words[start - 1].Folded))
        {
            return null;
        }

        var subject = new SubjectReader(words, start, commonNouns, verb) { EndsAtVerb = true }.Read();
        return subject is { Kind: AttributionKind.Named, Role: not null, Office: false, Unclosed: false } ? subject : null;
    }
}
