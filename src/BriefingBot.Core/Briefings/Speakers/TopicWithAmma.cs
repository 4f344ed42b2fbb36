namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>«أما الخبير حمزة الحمادي فيرى أن»: the subject stands between «أما» and the verb with «ف».</summary>
internal sealed class TopicWithAmma : IAttributionRule
{
    /// <summary>The longest relative clause stepped over between the name and «فـ»: the reach a speaker's run gives one.</summary>
    private const int MaxRelativeClauseWords = 24;

    private static readonly string[] RelativePronouns = ["الذي", "التي"];

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
            if ((DescriptiveAside.Closing(words, k) ?? RelativeClauseClosing(words, k)) is { } end)
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

    /// <summary>
    /// The word that closes, with its comma, a relative clause set off after the name at <paramref name="k"/> («أما الحاج يحيى
    /// …، الذي تجاوز الثمانين ويملك …، فيروي»); null when none opens there or none closes within the reach a speaker's
    /// relative clause has (<see cref="MaxRelativeClauseWords"/>, as the speaker's run allows). Stepped over like an aside.
    /// </summary>
    private static int? RelativeClauseClosing(List<Word> words, int k) =>
        DescriptiveAside.ClosingOf(words, k, MaxRelativeClauseWords, RelativePronouns);
}
