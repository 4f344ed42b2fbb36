namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A source named without a verb: «بحسب / وفقًا لـ / حسب / برأي …، فإن»، «… على حد تعبير فلان»، «على لسان فلان». «بحسب» is also said of
/// figures and documents («بحسب أرقام الوزارة»), so it names a speaker only when the subject ends in «فإن» or names a
/// titled person; «على حد تعبير» is only ever said of a speaker.
/// </summary>
internal sealed class SourceOpener : IAttributionRule
{
    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (ByItsNounAfterCameIn(words, v) is { } author)
        {
            // «وجاء في قرار المحكمة أن»، «وجاء في بيان الوزارة أن»: a ruling or statement in construct with a body by its
            // noun is that body's, pointed back to as a surname is: the one the narration before named («وألزمت محكمة
            // بداءة البصرة …»).
            found = new Attribution(AttributionKind.Surname, author) { Feminine = author.EndsWith('ة') };
            return true;
        }

        if (OpenerSubject(words, v) is not { } opener)
        {
            return false;
        }

        var opened = new SubjectReader(words, opener.From, paragraph.CommonNouns, Verb: null).Read();
        if (opened is { Kind: AttributionKind.Named, ByFaInna: false, Name: { } read } && ClauseEnd(words, opener.From) is { } end && !WrittenWithin(read, words, opener.From, end)
            && !FaInnaLaterInTheSentence(words, end)
            && new SubjectReader(words.GetRange(0, end + 1), opener.From, paragraph.CommonNouns, Verb: null).Read() is { Kind: AttributionKind.Named, Role: not null, Name: { } person } closed
            && person.Contains(' ', StringComparison.Ordinal))
        {
            // Rule «the comma closes the source»: «ووفقًا لمدير المصالح … المهندس عبد الحميد قويدري، أعدّت المديرية برنامجًا …
            // وتهيئة ساحاته التي …»: without «فإن» the clause after the comma is what the source says was done, so the
            // titled person before the comma is the source, never words of that clause read on as a name.
            opened = closed;
        }
        if (opened.Kind == AttributionKind.Named && (opened.ByFaInna || opened.Role is not null || opener.AlwaysSpeaker)
            || opened.Kind == AttributionKind.Collective && (opened.ByFaInna || opener.AlwaysSpeaker)
            || opened.Kind == AttributionKind.TitleOnly && (opener.Statement || ClauseHead.OnlyLeadInsBefore(words, v))
            || opened.Kind == AttributionKind.Surname && (opener.AlwaysSpeaker || ClauseHead.OnlyLeadInsBefore(words, HeadOfJudgement(words, v))))
        {
            // «وبحسب المتحدث نفسه، فإن …» points back to the speaker already met.
            found = opened;
            if (opener.Statement && opened.Name is { Length: > 2 } name && name[0] == 'ل' && !words[opener.From].Surface.StartsWith("لي", StringComparison.Ordinal))
            {
                // «بيان للرئيس»، «رسالة لرئيس الوزراء»: the «لـ» of whose statement it is, glued to the name's first word.
                found = opened with { Name = name.StartsWith("لل", StringComparison.Ordinal) ? "ا" + name[1..] : name[1..] };
            }
            else if (opened.Name is { Length: > 2 } body && body[0] == 'ل' && body.Split(' ')[0] is var head && head.Length > 3
                && SpeakerLexicon.IsOrganisation(Text.ArabicText.Fold(head.Substring(1))))
            {
                // «وفقًا لوزارة الطاقة …، فإن»، «وفقًا لوكالة موديز …»: the «لـ» of «وفقًا» is no part of the body's name.
                found = opened with { Name = body.Substring(1) };
            }
            else if (opened is { Kind: AttributionKind.Surname or AttributionKind.Named, Name: { Length: > 3 } surname } && surname[0] == 'ل' && !surname.Contains(' ', StringComparison.Ordinal)
                && opener.From == v + 1 && words[v].Folded is "وفقا" or "ووفقا" or "فوفقا" or "وفق" or "ووفق" or "طبقا" or "وطبقا")
            {
                // «ووفقًا لمنصور، فإن»: «وفقًا» always takes «لـ», so the «لـ» glued to a surname is no letter of it.
                found = opened with { Name = surname.StartsWith("لل", StringComparison.Ordinal) ? "ا" + surname[1..] : surname[1..] };
            }
        }

        return true;
    }

    /// <summary>The first word from <paramref name="from"/> that ends a clause, within the reach of a subject; null for none.</summary>
    private static int? ClauseEnd(List<Word> words, int from)
    {
        const int MaxSubjectWords = 20;
        for (var k = from; k < words.Count - 1 && k < from + MaxSubjectWords; k++)
        {
            if (words[k].EndsClause)
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>
    /// «وحسب تصريحات عمدة أطار، سيدي ولد اعلي، لإذاعة محلية، فإن»: a «فإن» later in the sentence closes the source there,
    /// so the commas before it set off an apposition, not the end of the source.
    /// </summary>
    private static bool FaInnaLaterInTheSentence(List<Word> words, int end)
    {
        for (var k = end + 1; k < words.Count; k++)
        {
            if (words[k].Folded is "فان" or "فانه" or "فانها")
            {
                return true;
            }

            if (words[k].EndsSentence)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether every word of <paramref name="name"/> is written between <paramref name="from"/> and <paramref name="end"/>.</summary>
    private static bool WrittenWithin(string name, List<Word> words, int from, int end)
    {
        var span = words.Skip(from).Take(end - from + 1).Select(w => w.Folded).ToHashSet(StringComparer.Ordinal);
        return Text.ArabicText.FoldedWords(name).All(span.Contains);
    }

    /// <summary>Where the subject of a verbless attribution starting at <paramref name="v"/> begins: «بحسب …»، «وفقًا لـ …»، «على حد تعبير …».</summary>
    private static (int From, bool AlwaysSpeaker, bool Statement)? OpenerSubject(List<Word> words, int v)
    {
        var folded = words[v].Folded;
        if (SpeakerLexicon.IsOpener(folded))
        {
            var from = v + 1 < words.Count && words[v + 1].Folded is "ل" ? v + 2 : v + 1;
            // «بحسب ما قاله …»، «وفقًا لما ذكره …»: the verb after «ما» only repeats the attribution.
            if (from + 1 < words.Count && words[from].Folded is "ما" or "لما")
            {
                from += 2;
                // «حسب ما صرّح به …»، «وفق ما أدلت به …»: the verb's pronoun of what was said is no part of the subject.
                if (from + 1 < words.Count && words[from].Folded is "به" or "بها" && !words[from].EndsClause)
                {
                    from++;
                }

                // «بحسب ما نقلته وكالة الأنباء عن وزير الداخلية»: the medium relays; who spoke follows «عن».
                if (words[from - 1].Folded.StartsWith("نقل", StringComparison.Ordinal) && RelayedFrom(words, from) is var an and >= 0)
                {
                    return (an + 1, true, false);
                }
            }

            // «وبحسب بيان صادر عن مكتب رئيس الوزراء، فإن»: the statement is the body's that issued it.
            if (IssuedBy(words, from) is var by and >= 0)
            {
                return (by, true, true);
            }

            // «وبحسب بيان لوزارة المالية صدر مساء الإثنين، فإن»: the statement is the body's whose «لـ» follows it.
            if (StatementOf(words, from))
            {
                return (from + 1, true, true);
            }

            // «وحسب تعبير رئيسة الجمعية …»، «بحسب قول الخبير …»: the way it was put, then who put it, always a speaker;
            // «وحسب تصريحات عمدة أطار، …، لإذاعة محلية، فإن»: the statements, then who made them.
            if (from + 1 < words.Count && words[from].Folded is "تعبير" or "قول" or "وصف" or "رواية" or "روايه" or "تصريحات" or "تصريح"
                && !words[from].EndsClause)
            {
                return (from + 1, true, false);
            }

            return (from, false, false);
        }

        if (JudgedBy(words, v) is var judge and >= 0)
        {
            return (judge, false, false);
        }

        if (folded == "حد" && v > 0 && words[v - 1].Folded is "علي" or "وعلي" && v + 1 < words.Count && words[v + 1].Folded is "تعبير" or "قول" or "وصف")
        {
            return (v + 2, true, false);
        }

        // «وجاء على لسان وزير الخارجية … أن»: said by whoever's tongue it came on.
        if (folded == "لسان" && v > 0 && words[v - 1].Folded is "علي" or "وعلي" && !words[v].EndsClause)
        {
            return (v + 1, true, false);
        }

        // «وجاء في بيان للرئيس القبرصي تلاه الناطق …»، «وجاء في رسالة لرئيس الوزراء»: the statement is its author's,
        // whoever read it out; an office without a name is the speaker as after «قال».
        if (IsStatement(folded) && v >= 2 && words[v - 1].Folded == "في" && words[v - 2].Folded is "جاء" or "وجاء"
            && v + 1 < words.Count && !words[v].EndsClause)
        {
            if (IssuedBy(words, v) is var by and >= 0)
            {
                return (by, true, true);
            }

            if (StatementOf(words, v))
            {
                return (v + 1, true, true);
            }
        }

        return null;
    }

    /// <summary>
    /// The body's noun with the article after «جاء في» and a ruling or statement at <paramref name="v"/>, with «أن» after
    /// it («وجاء في قرار المحكمة أن»), as written; null when the words are not that.
    /// </summary>
    private static string? ByItsNounAfterCameIn(List<Word> words, int v)
    {
        var folded = words[v].Folded;
        if (!(IsStatement(folded) || folded is "قرار" or "حكم" or "تقرير" or "بلاغ") || v < 2 || words[v - 1].Folded != "في"
            || words[v - 2].Folded is not ("جاء" or "وجاء") || v + 2 >= words.Count || words[v].EndsClause || words[v + 1].EndsClause
            || !words[v + 2].IsComplementiser)
        {
            return null;
        }

        var body = words[v + 1].Folded;
        return body.Length > 4 && body.StartsWith("ال", StringComparison.Ordinal) && SpeakerLexicon.IsOrganisation(body[2..])
            ? words[v + 1].Surface.TrimEnd('،', ',', '.', '؛')
            : null;
    }

    /// <summary>
    /// Where a judgement opener stands in its paragraph: «وفي» before «رأي / تقدير» opens the paragraph with it, so a surname
    /// after «وفي رأي» points back to a speaker already met as after «وبحسب».
    /// </summary>
    private static int HeadOfJudgement(List<Word> words, int v) => InJudgementOf(words, v) ? v - 1 : v;

    /// <summary>Whether word <paramref name="v"/> is a judgement after «في / وفي»: «في تقدير / نظر / اعتقاد / رأي».</summary>
    private static bool InJudgementOf(List<Word> words, int v) =>
        v > 0 && words[v - 1].Folded is "في" or "وفي" && words[v].Folded is "تقدير" or "نظر" or "اعتقاد" or "راي";

    /// <summary>
    /// Where the subject begins in «بالنسبة إلى الخبير …، فإن»، «وفي تقدير رئيسة التعاونية …، فإن»، «في نظر …»: whose view
    /// the clause after «فإن» gives, written as Maghrebi and West-African wires write it; -1 when word <paramref name="v"/>
    /// opens no such view. Like «بحسب», these are said of things too («بالنسبة لكثير من الموظفين، تبدأ الرحلة»), so the
    /// subject names a speaker only when it ends in «فإن» or gives a role (the caller's rule for an opener not always a speaker).
    /// </summary>
    private static int JudgedBy(List<Word> words, int v)
    {
        if (v + 1 >= words.Count || words[v].EndsClause)
        {
            return -1;
        }

        var folded = words[v].Folded;
        if (folded is "بالنسبه" or "وبالنسبه")
        {
            // «بالنسبة إلى الخبير» or «بالنسبة للخبير»: the «لـ» glued to the subject's first word is read off as after «وفقًا».
            return words[v + 1].Folded is "الي" ? v + 2 : v + 1;
        }

        // «وفي رأي العبيدي، فإن» is said as «في تقدير / نظر / اعتقاد»: the judgement is the speaker's.
        return InJudgementOf(words, v) && !words[v - 1].EndsClause ? v + 1 : -1;
    }

    private static bool IsStatement(string folded) => folded is "بيان" or "رساله" or "كلمه" or "خطاب";

    /// <summary>Whether word <paramref name="at"/> is a statement and the next word opens with the «لـ» of its author («بيان للرئيس»).</summary>
    private static bool StatementOf(List<Word> words, int at) =>
        at + 1 < words.Count && IsStatement(words[at].Folded) && !words[at].EndsClause && words[at + 1].Folded is { Length: > 2 } next && next[0] == 'ل';

    /// <summary>Where the body begins in «بيان صادر عن …» opening at <paramref name="at"/>; -1 when the words are not that.</summary>
    private static int IssuedBy(List<Word> words, int at) =>
        at + 3 < words.Count && words[at].Folded is "بيان" or "بلاغ" && words[at + 1].Folded is "صادر" or "صادرا" && words[at + 2].Folded == "عن"
            && !words[at].EndsClause && !words[at + 1].EndsClause && !words[at + 2].EndsClause ? at + 3 : -1;

    /// <summary>The «عن» after the medium that relayed («وكالة الأنباء الرسمية عن»), within a medium's name; -1 when there is none.</summary>
    private static int RelayedFrom(List<Word> words, int from)
    {
        const int MaxMediumWords = 6;
        for (var k = from; k < words.Count && k < from + MaxMediumWords; k++)
        {
            if (words[k].Folded == "عن")
            {
                return k;
            }

            if (words[k].EndsWithComma || words[k].EndsSentence)
            {
                return -1;
            }
        }

        return -1;
    }
}
