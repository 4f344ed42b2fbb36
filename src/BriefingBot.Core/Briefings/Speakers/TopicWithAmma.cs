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
        // «أما غالية الشايع، التي أسست متجرًا إلكترونيًا …، فتقول»: a relative clause set off after the name is stepped over
        // as the aside is, so its own nouns («متجرًا إلكترونيًا») are not read as the last name before the verb.
        (bare, bareFa) = WithoutRelativeClauses(bare, v + 1, bareFa);
        var verb = VerbOf(words[fa].Folded);
        var topic = Topic(bare, v, paragraph.CommonNouns, verb);
        if (!ReportingVerbs.IsReportingVerb(words[fa].Folded) && topic.Kind != AttributionKind.Named)
        {
            // «أما الرواشن الخشبية فهي "…"»: a thing's quoted description is no one's statement.
            return false;
        }

        if (Topic(DescriptiveAside.WithoutPronouns(words, v + 1, fa).Words, v, paragraph.CommonNouns, verb) is { Kind: AttributionKind.Named } described
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

    /// <summary>
    /// The verb the subject is read with: the reporting verb itself, or for a noun the topic owns («فمشكلته»، «فهمّها»)
    /// «يقول / تقول» in the gender of its pronoun.
    /// </summary>
    private static string VerbOf(string folded) =>
        ReportingVerbs.IsReportingVerb(folded) ? folded : folded.EndsWith("ها", StringComparison.Ordinal) ? "فتقول" : "فيقول";

    /// <summary>
    /// «أما سامي الطاهر، الذي يملك محل تحف …، فمشكلته مع لوحات …، "وهي مطبوعة …"»: with «فـ» a noun the topic owns by its
    /// pronoun opens what the person holds, and the quotation later in the sentence is their words (only a named person
    /// is read so, <see cref="TryRead"/>).
    /// </summary>
    private static bool OwnedAndQuoted(List<Word> words, int k)
    {
        const int MinNounLetters = 2;
        var f = words[k].Folded;
        var owner = f.EndsWith("ها", StringComparison.Ordinal) ? 2 : f.EndsWith('ه') ? 1 : 0;
        if (owner == 0 || f.Length - 1 - owner < MinNounLetters || SpeakerLexicon.IsComplementiser(f[1..]))
        {
            return false;
        }

        for (var j = k + 1; j < words.Count && !words[j - 1].EndsSentence; j++)
        {
            if (words[j].OpensQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The words with each relative clause set off in [<paramref name="from"/>, <paramref name="to"/>) left out, pronoun to
    /// closing comma, and where word <paramref name="to"/> stands then; the same list when there is none.
    /// </summary>
    private static (List<Word> Words, int To) WithoutRelativeClauses(List<Word> words, int from, int to)
    {
        var left = new HashSet<int>();
        for (var k = from; k < to; k++)
        {
            if (RelativeClauseClosing(words, k) is { } end && end < to)
            {
                left.UnionWith(Enumerable.Range(k, end - k + 1));
                k = end;
            }
        }

        return left.Count == 0 ? (words, to) : (words.Where((_, k) => !left.Contains(k)).ToList(), to - left.Count);
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
            if (f.Length > 2 && f[0] == 'ف' && (ReportingVerbs.IsReportingVerb(f) || OwnedAndQuoted(words, k)))
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
    /// relative clause has (<see cref="MaxRelativeClauseWords"/>, as the speaker's run allows). Stepped over like an aside,
    /// here and between a subject and the stance it did not hide (<see cref="StanceNotHidden"/>).
    /// </summary>
    internal static int? RelativeClauseClosing(List<Word> words, int k) =>
        DescriptiveAside.ClosingOf(words, k, MaxRelativeClauseWords, RelativePronouns);
}
