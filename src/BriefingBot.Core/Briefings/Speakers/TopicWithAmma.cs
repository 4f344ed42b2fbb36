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

        // The name is read without an aside «، وهي أرملة …،», and the «فـ» verb after the aside says it speaks; the aside is
        // its role when, read in apposition, it leaves the same name (an aside with a clause of its own, «وهي أرملة … كانت
        // تصنع …», reads as no role).
        var (bare, bareFa) = DescriptiveAside.WithoutAsides(words, v + 1, fa);
        var topic = Topic(bare, v, paragraph.CommonNouns, words[fa].Folded);
        if (Topic(DescriptiveAside.WithoutPronouns(words, v + 1, fa).Words, v, paragraph.CommonNouns, words[fa].Folded) is { Kind: AttributionKind.Named } described
            && described.Name == topic.Name)
        {
            topic = described;
        }

        if (bareFa != fa && topic.Kind == AttributionKind.Named)
        {
            topic = topic with { Unclosed = false };
        }

        found = ClauseHead.Speaker(topic, words, v);
        return true;
    }

    private static Attribution Topic(List<Word> words, int v, HashSet<string> commonNouns, string verb) =>
        new SubjectReader(words, v + 1, commonNouns, verb) { EndsAtVerb = true }.Read();

    /// <summary>
    /// The reporting verb with «ف» that completes «أما … فـ» («أما الخبير … فيرى»)، within a subject's reach; null when
    /// there is none. An aside «، وهي أرملة …،» is stepped over and not counted.
    /// </summary>
    private static int? VerbAfterFa(List<Word> words, int v)
    {
        const int MaxSubjectWords = 14;
        var counted = 0;
        for (var k = v + 1; k < words.Count && ++counted <= MaxSubjectWords; k++)
        {
            if (DescriptiveAside.Closing(words, k) is { } end)
            {
                k = end;
                continue;
            }

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
