namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «لكن غوميز لاحظ أن»، «لكن الجيولوجي سالم بوخطوة، أستاذ …، لاحظ أن»: after «لكن / ولكن» the press writes the subject
/// before its verb, as after «غير أن», but «لكن» is no «أن», so the fronted subject was never read and the paragraph went to
/// no one. The subject between «لكن» and a reporting verb followed by «أن / إن» speaks; a surname or a title alone only
/// where «لكن» opens the paragraph, as it then points back to a speaker already met.
/// </summary>
internal sealed class SubjectAfterBut : IAttributionRule
{
    /// <summary>The most words between «لكن» and the verb: a name and a role set off by commas («أستاذ الجيولوجيا … بالبيضاء،»).</summary>
    private const int MaxSubjectWords = 18;

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (words[v].Folded is not ("لكن" or "ولكن") || !(v == 0 || words[v - 1].EndsSentence) || VerbBeforeThat(words, v) is not { } said)
        {
            return false;
        }

        var subject = SubjectUpTo.Read(paragraph, v + 1, said, words[said].Folded);
        found = ClauseHead.Speaker(subject, words, v);
        return found is not null;
    }

    /// <summary>
    /// The first reporting verb after «لكن», when «أن / إن» follows it within a subject's reach; null when a clause ends first,
    /// that verb is joined by «و / ف» or «أن» does not follow it.
    /// </summary>
    private static int? VerbBeforeThat(List<Word> words, int v)
    {
        for (var k = v + 2; k < words.Count - 1 && k <= v + MaxSubjectWords; k++)
        {
            var w = words[k];
            if (w.IsComplementiser || w.OpensQuote || w.EndsClause && !w.EndsWithComma)
            {
                return null;
            }

            // «لكن المهندسة … تشكك في هذه الوعود، وتقول إن»: a verb of the subject's own before, or one joined by «و», is a
            // sentence the other rules read; only the subject's first verb, right before «أن», is this construction.
            if (ReportingVerbs.IsReportingVerb(w.Folded) || w.Folded is ['و' or 'ف', .. var rest] && ReportingVerbs.IsReportingVerb(rest))
            {
                return w.Folded[0] is not ('و' or 'ف') && !w.EndsClause && words[k + 1].IsComplementiser ? k : null;
            }
        }

        return null;
    }
}
