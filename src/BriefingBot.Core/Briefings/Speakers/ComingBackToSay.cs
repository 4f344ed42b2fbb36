namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وفي ختام كلمته، عاد الوزير ليؤكد أن»، «وعادت الباحثة لتقول إن»: the speaker «comes back» to say something; the
/// subject stands between «عاد» and the reporting verb with «لـ».
/// </summary>
internal sealed class ComingBackToSay : IAttributionRule
{
    private static readonly HashSet<string> ComingBack = new(
        new[] { "عاد", "عادت", "يعود", "تعود" }.SelectMany(v => new[] { v, "و" + v, "ف" + v, "ثم" + v }),
        StringComparer.Ordinal);

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (!ComingBack.Contains(words[v].Folded) || VerbWithLam(words, v) is not { } said)
        {
            return false;
        }

        var verb = words[said].Folded[1..];
        var subject = said == v + 1 ? new Attribution(AttributionKind.Continuation, null) : SubjectUpTo.Read(paragraph, v + 1, said, verb);
        found = ClauseHead.Speaker(subject, words, v, orContinuation: true);
        return true;
    }

    /// <summary>The reporting verb with «لـ» («ليؤكد»، «لتقول») after «عاد», within a subject's reach; null when there is none.</summary>
    private static int? VerbWithLam(List<Word> words, int v)
    {
        const int MaxSubjectWords = 10;
        for (var k = v + 1; k < words.Count && k <= v + MaxSubjectWords; k++)
        {
            var f = words[k].Folded;
            if (f.Length > 3 && f[0] == 'ل' && ReportingVerbs.IsReportingVerb(f[1..]) && f[1] is 'ي' or 'ت')
            {
                return k;
            }

            if (words[k].EndsClause && !words[k].EndsWithComma || SpeakerLexicon.IsComplementiser(f))
            {
                return null;
            }
        }

        return null;
    }
}
