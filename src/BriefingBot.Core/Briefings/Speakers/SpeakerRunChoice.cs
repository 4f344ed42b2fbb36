namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>Which of the name-like runs of a subject is the speaker, and whether anything is said after it.</summary>
internal sealed record SpeakerRunChoice(List<Word> Words, int From, bool QuoteFirst)
{
    /// <summary>
    /// Which name-like run is the speaker. With no title before the first run, the name must open the subject
    /// («يقول عدنان الخدام، رئيس …»): a run further on follows a subject that is no person, so it is an object or a
    /// place («وأعلنت وزارة الداخلية إغلاق الحدود مع تونس والجزائر»). A name that opens the subject and is followed by
    /// a comma is the speaker, whatever its apposition names («سلمى الخطيب، أستاذة الاقتصاد في جامعة عين شمس»).
    /// Otherwise the last run before «أن», as a role comes before the name, except a complement after a name («أبو بكر
    /// ولد سيدي أحمد في ميناء نواذيبو»), a run right after a bare noun or a place governed by a preposition, which is
    /// taken only when every run is one («الباحث في معهد عصام فارس … في بيروت مارك أيوب»). An untitled name with no «أن», colon or quote after it is a verb's
    /// object («وأُعلنت حالة الطوارئ»).
    /// </summary>
    public (int Start, List<Word> Name)? Chosen(List<(int Start, List<Word> Name)> valid, HashSet<int> weak, int firstTitle, int terminator, out bool unclosed)
    {
        unclosed = false;
        // «ويقول أحد وجهاء المنطقة، الشيخ محمد …، إن»، «وتقول إحدى المتظاهرات، سعاد الفيتوري، إن»: one of a group, described
        // up to a comma, and named after it; the group's words are no name, and the name after them opens the subject.
        var described = OneOfGroupEnd();
        if (described >= 0)
        {
            valid = valid.Where(v => v.Start > described).ToList();
            if (valid.Count == 0)
            {
                return null;
            }
        }

        var first = valid[0];
        var headFrom = described >= 0 ? described + 1 : From;
        var atHead = Enumerable.Range(headFrom, first.Start - headFrom).All(k => SpeakerLexicon.IsNonName(Words[k].Folded) || described >= 0 && SpeakerLexicon.IsTitle(Words[k].Folded));
        var titled = firstTitle >= 0 && firstTitle < first.Start;
        if (!titled)
        {
            if (!atHead)
            {
                return null;
            }

            // Unclosed: with no «أن», colon or quote after it, the name may be the verb's object or a place; it is
            // taken only as a speaker already met («ويشير مارتينيث إلى ملاعب …»), not as a new one.
            unclosed = firstTitle < 0 && terminator < 0 && !QuoteFirst && !SaidAfter(first.Start + first.Name.Count);
            return first;
        }

        // «يقول الهندي راجيف مينون، مدير المشتريات في شركة …»: a name right after the people's adjective that opens the
        // subject, closed by a comma, is the speaker whatever its apposition names, as a name opening the subject is.
        if ((atHead || firstTitle == From && first.Start == From + 1 && SpeakerLexicon.IsPeoplesAdjective(Words[From].Folded)) && first.Name[^1].EndsWithComma)
        {
            return first;
        }

        // «قدّر رئيس المؤسسة …، المهندس فرحات بن قدارة، الخسائر بأكثر من …»: a name set off by commas after the title is
        // the title-holder's; what follows it is what was said or its object. A role's complement set off so is no name
        // («المطران جورج صليبا، رئيس أساقفة حلب،»).
        if (valid.FirstOrDefault(v => v.Start > firstTitle && v.Name[^1].EndsWithComma && SetOffByComma(v.Start) && !weak.Contains(v.Start)) is { Name: not null } apposed)
        {
            return apposed;
        }

        // «يقول الشاب يوسف مختاري، البالغ … وخريج معهد الكهرباء، إن»: a name of two words or more right after the title
        // that opens the subject and its adjectives, closed by a comma, is the speaker, as a name opening the subject is.
        if (firstTitle == From && first.Name.Count >= 2 && !OpensWithPreposition(first.Name[0].Folded) && first.Name[^1].EndsWithComma && !weak.Contains(first.Start)
            && Enumerable.Range(From, first.Start - From).All(k => !Words[k].EndsClause && (SpeakerLexicon.IsTitle(Words[k].Folded) || SpeakerLexicon.HasArticle(Words[k].Folded))))
        {
            return first;
        }

        // The last run that does not follow a bare noun's complement slot; when all do, the last run.
        for (var k = valid.Count - 1; k >= 0; k--)
        {
            if (!weak.Contains(valid[k].Start))
            {
                return valid[k];
            }
        }

        return valid[^1];
    }

    /// <summary>«لمطار حمد الدولي»، «بجامعة …»: a complement with its preposition glued on, not a given name.</summary>
    private static bool OpensWithPreposition(string folded) =>
        folded.Length > 3 && folded[0] is 'ل' or 'ب' && !SpeakerLexicon.IsGivenName(folded);

    /// <summary>Whether a comma stands before the run, with at most its titles between («، المهندس فرحات …»).</summary>
    private bool SetOffByComma(int start)
    {
        var k = start - 1;
        while (k > From && SpeakerLexicon.IsTitle(Words[k].Folded))
        {
            k--;
        }

        return k >= From && k < start && Words[k].EndsWithComma;
    }

    /// <summary>
    /// Where a subject opened by «أحد»/«إحدى» ends its description of the group with a comma (at most a few words on), -1
    /// when it does not open so.
    /// </summary>
    private int OneOfGroupEnd()
    {
        if (From >= Words.Count || Words[From].Folded is not ("احد" or "احدي"))
        {
            return -1;
        }

        for (var k = From + 1; k < Words.Count && k <= From + MaxGroupWords; k++)
        {
            if (Words[k].EndsWithComma)
            {
                return k;
            }

            if (Words[k].EndsClause)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>How long a description of the group «أحد» is one of may be («أحد أعضاء لجنة الطاقة في البرلمان»).</summary>
    private const int MaxGroupWords = 6;

    /// <summary>Whether what was said follows a name ending before <paramref name="k"/>: a colon or quote, «لـ…», or «أن» later in the sentence.</summary>
    private bool SaidAfter(int k)
    {
        if (k > 0 && k - 1 < Words.Count && Words[k - 1].EndsWithColon)
        {
            return true;
        }

        // «وتقول مريم الشمري، وهي معلمة تزوجت عام 2012 وما زالت تنتظر دورها …، إنها»: a description set off after the name
        // («، وهي / وهو …،») may run long before «أن»; so may a relative clause set off the same way, the other way newsrooms
        // describe the speaker («وقال حمزة يوسف النتشة، الذي تدير أسرته مصنعًا للزجاج على مدخل الخليل … منذ أربعة أجيال، إن»).
        var reach = k > 0 && k < Words.Count && Words[k - 1].EndsWithComma && Words[k].Folded is "وهو" or "وهي" or "الذي" or "التي" ? 24 : 12;
        for (var j = k; j < Words.Count && j < k + reach; j++)
        {
            var w = Words[j];
            if (w.OpensQuote || w.IsComplementiser && !w.Surface.StartsWith('آ') || j == k && (w.Folded == "ل" || SpeakerLexicon.IsToMedia(w.Folded)))
            {
                return true;
            }

            if (ReportingVerbs.IsReportingVerb(w.Folded) || w.EndsSentence)
            {
                return false;
            }
        }

        return false;
    }
}
