namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>«أما الخبير حمزة الحمادي فيرى أن»: the subject stands between «أما» and the verb with «ف».</summary>
internal sealed class TopicWithAmma : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (words[v].Folded is not ("اما" or "واما") || VerbAfterFa(words, v) is not { } fa)
        {
            return false;
        }

        var topic = new SubjectReader(words, v + 1, paragraph.CommonNouns, words[fa].Folded) { EndsAtVerb = true }.Read();
        found = ClauseHead.Speaker(topic, words, v);
        return true;
    }

    /// <summary>The reporting verb with «ف» that completes «أما … فـ» («أما الخبير … فيرى»)، within a subject's reach; null when there is none.</summary>
    private static int? VerbAfterFa(List<Word> words, int v)
    {
        const int MaxSubjectWords = 14;
        for (var k = v + 1; k < words.Count && k <= v + MaxSubjectWords; k++)
        {
            var f = words[k].Folded;
            if (f.Length > 2 && f[0] == 'ف' && ReportingVerbs.IsReportingVerb(f))
            {
                return k;
            }

            if (words[k].EndsSentence || SpeakerLexicon.IsComplementiser(f))
            {
                return null;
            }
        }

        return null;
    }
}
