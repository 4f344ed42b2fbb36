namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// The common case: a reporting verb, then its subject («قال وزير المالية أحمد عبد الرحمن الشافعي إن»، «تقول سلمى الخطيب،
/// أستاذة الاقتصاد، إن»), perhaps after the quote («"…"، كما يقول المحلل …»); a bare verb, surname or title continues a
/// speaker already met. The last rule: it reads any word left.
/// </summary>
internal sealed class ReportingVerbBeforeSubject : IAttributionRule
{
    /// <summary>
    /// Words that, right before a reporting verb, make it no attribution («التي ترى»، «ما يقال»، «أن ترد»); after a
    /// preposition of time or manner the word is a verbal noun («ومع توقع ارتفاع الطلب»، «رغم تحذير الخبراء»).
    /// </summary>
    private static readonly HashSet<string> NotAttributingBefore = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "ما", "مما", "ان", "كي", "لكي", "حتي", "لا", "لم", "لن",

        // «ويرى أن جده يخسر لأنه يرفض تبريد التمر في ثلاجات المصانع، وأن …»: the pronoun on «لأن» is the verb's subject,
        // and the words after it its object («تبريد التمر» was a speaker).
        "لانه", "لانها",
        "مع", "ومع", "رغم", "ورغم", "برغم", "بعد", "وبعد", "قبل", "وقبل", "عند", "وعند", "اثر", "واثر", "عقب", "وعقب",
    };

    /// <summary>
    /// «ويطالب مصطفى بممر … وبلوحات تشرح تاريخ النواعير للزائرين»: a present verb right after an indefinite plural under
    /// a preposition, with no comma between, describes that plural (what the boards explain), so it quotes no one and its
    /// object («تاريخ النواعير») is no speaker.
    /// </summary>
    private static bool DescribesIndefinitePlural(Word before)
    {
        var f = before.Folded is ['و' or 'ف', .. var rest] && rest.Length > 4 ? rest : before.Folded;
        return !before.EndsClause && !before.ClosesQuote && f.Length >= 5 && f[0] is 'ب' or 'ل' or 'ك' && !f[1..].StartsWith("ال", StringComparison.Ordinal)
            && f.EndsWith("ات", StringComparison.Ordinal);
    }

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        found = Read(paragraph, v, first);
        return true;
    }

    private static Attribution? Read(Paragraph paragraph, int v, bool first)
    {
        var words = paragraph.Words;
        var folded = VerbAfterLeadIn(words, v) ?? words[v].Folded;
        // ««لا»، يجيب الصاوي»: a word quoted or closing a clause is no particle governing the verb.
        if (!ReportingVerbs.IsReportingVerb(folded) || v > 0 && NotAttributingBefore.Contains(words[v - 1].Folded) && !words[v - 1].ClosesQuote && !words[v - 1].EndsClause
            || v > 0 && DescribesIndefinitePlural(words[v - 1])
            || ReportingVerbs.IsWriting(folded) && !StatementFollows(words, v)
            || ReportingVerbs.IsNarrating(folded) && (!ThatFollows(words, v) || v + 1 < words.Count && words[v + 1].IsComplementiser)
            || ReportingVerbs.IsGoingAsFarAs(folded) && !IlaThatFollows(words, v))
        {
            return null;
        }

        // «…"، كما يقول المحلل …»: what was said came first. «كما» opening the sentence («كما انتقدت غياب الحوار») only adds
        // to what the speaker already said.
        var quoteFirst = v > 0 && (words[v - 1].ClosesQuote || words[v - 1].Folded == "كما" && v > 1 && !words[v - 2].EndsSentence);
        // A shorter name of someone the paragraph introduced in narration («وقفت المدرّسة سعاد عيتاني … تقول عيتاني إن») is
        // that person named in full, wherever in the paragraph the verb stands.
        var from = AfterAddressee(words, AfterTimeWords(paragraph, v + 1));
        var attribution = NarratedName.Widened(new SubjectReader(words, from, paragraph.CommonNouns, folded, quoteFirst).Read(), paragraph);
        if (attribution.Kind == AttributionKind.None && from > v + 1 && SpeakerLexicon.HasArticle(words[v + 1].Folded))
        {
            // «وتقترح الصباح إنشاء هيئة»: a time word with the article that left no subject after it is a surname.
            attribution = NarratedName.Widened(new SubjectReader(words, v + 1, paragraph.CommonNouns, folded, quoteFirst).Read(), paragraph);
        }

        if (attribution.Kind == AttributionKind.None && quoteFirst && SurnameNamedInFullBefore(paragraph, from) is { } surname)
        {
            // «أما علي الصفار، ابن أحد نواخذة تاروت، فترك البحر …. «…»، يقول الصفار الذي بلغ السادسة والعشرين»: a surname
            // no one was heard by is the person the paragraph named in full.
            attribution = surname;
        }

        if (attribution.Kind == AttributionKind.None)
        {
            return null;
        }

        if (attribution.Unclosed && first)
        {
            // Perhaps an object or a place: a later attribution in the paragraph comes first.
            paragraph.Unclosed ??= attribution;
            return null;
        }

        if (attribution.Kind == AttributionKind.Continuation && v > 0 && !quoteFirst && FrontedSubject.Apposed(words, v, paragraph.CommonNouns, folded) is { } apposed)
        {
            // «عبد الله بن طوق المري، وزير الاقتصاد الإماراتي، قال إن»: a name and its role, not a topic phrase, before the verb.
            return apposed;
        }

        if (attribution.Kind == AttributionKind.Continuation && v > 0 && !quoteFirst && FrontedSubject.BeforeItsAsides(words, v, folded) is { } named)
        {
            // «محمدو ولد أحمد فال، البالغ من العمر …، والذي يملك …، يقول إن»: a bare name and who the person is, before the verb.
            return named;
        }

        if (attribution.Kind == AttributionKind.Continuation && v > 0 && !quoteFirst && !ClauseHead.OnlyLeadInsBefore(words, v)
            && FrontedSubject.Before(words, v, paragraph.CommonNouns, folded) is { } fronted)
        {
            // «غير أن الباحثة في منظمة العفو الدولية إليزابيث مورغان ترى أن»: the subject came before its verb.
            return fronted;
        }

        // A bare verb (or a bare surname or title) continues a speaker when it opens the paragraph, perhaps after
        // «كما» or «من جهته»، or when it follows a quote («"…"، يضيف الحسيني»). Further on, a surname or title
        // points back to a speaker when its verb opens a clause of its own («…، وأضاف مراد أن»).
        if (attribution.Kind is AttributionKind.Continuation or AttributionKind.Surname or AttributionKind.TitleOnly && v > 0 && !quoteFirst && !ClauseHead.OnlyLeadInsBefore(words, v)
            && (first || attribution.Kind == AttributionKind.Continuation)
            // «وتبقى الهند … . وقال العزاوي إن»، «قضت المحكمة … . وقالت المحكمة في قرارها إن»: a verb that opens a sentence of
            // its own speaks for the paragraph there, pointing back by surname or title as at the paragraph's head.
            && !(first && attribution.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && !attribution.Unclosed && words[v - 1].EndsSentence)
            // «التقت "الموجز" المهندسة …، وقالت لنا إنها …»: the one the newsroom met answers further on in the paragraph.
            && !(first && attribution.Kind == AttributionKind.Continuation && ClauseHead.Opens(words, v)
                && (InterviewIntroduction.AskedInParagraph(paragraph) is not null || InterviewIntroduction.AskedByPronounBefore(words, v))))
        {
            return null;
        }

        return attribution.Office && ReportingVerbs.IsAdding(folded) && !quoteFirst ? attribution with { GoesOn = true } : attribution;
    }

    /// <summary>
    /// The person the paragraph named in full whose surname (with the article) stands alone after a verb that follows the
    /// quotation, closed by the clause's end, a relative or «وهو / وهي»; null when the paragraph writes no fuller name.
    /// </summary>
    private static Attribution? SurnameNamedInFullBefore(Paragraph paragraph, int from)
    {
        var words = paragraph.Words;
        if (from + 1 >= words.Count || !SubjectWords.HasArticle(words[from]) || SpeakerLexicon.IsTitle(words[from].Folded)
            || !(words[from].EndsClause || words[from + 1].Folded is "الذي" or "التي" or "وهو" or "وهي"))
        {
            return null;
        }

        var surname = new Attribution(AttributionKind.Surname, words[from].Surface.TrimEnd('،', ',', '.'));
        return NarratedName.Widened(surname, paragraph) is { Kind: AttributionKind.Named, Name: { } name } widened && name.Contains(' ', StringComparison.Ordinal)
            ? widened
            : null;
    }

    /// <summary>
    /// «وفي جهة كلميم واد نون، طالب عضو مجلس الجهة يوسف الحسوني بإحداث …»: a verb form that is also a given name («طالب»)
    /// is the verb, as with its conjunction, where it opens the clause after a lead-in closed by a comma and a title
    /// follows it; a given name is followed by its surname, never by a title. Null elsewhere.
    /// </summary>
    private static string? VerbAfterLeadIn(List<Word> words, int v) =>
        v > 0 && words[v - 1].EndsWithComma && v + 1 < words.Count && !words[v].EndsClause && SpeakerLexicon.IsTitle(words[v + 1].Folded)
            ? ReportingVerbs.AsVerb(words[v].Folded)
            : null;

    /// <summary>
    /// Whether what was written follows a verb of writing in its sentence: «أن / إن» («كتب … على منصة إكس أن»), also past
    /// asides between commas («وكتب الخبير …، في منشور على حسابه بمنصة إكس، أن»), or a colon that closes the verb's own
    /// clause («وكتبت النائبة … في تدوينة على فيسبوك: «…»»), not one after a comma («كتب التراث … بألقاب عدة، منها:»).
    /// </summary>
    private static bool StatementFollows(List<Word> words, int v)
    {
        const int MaxWords = 18;
        var pastComma = false;
        for (var k = v + 1; k < words.Count && k <= v + MaxWords; k++)
        {
            var w = words[k];
            if (w.IsComplementiser && !w.Surface.StartsWith('آ'))
            {
                return true;
            }

            if (w.EndsWithColon)
            {
                return !pastComma;
            }

            if (w.EndsClause && !w.EndsWithComma || pastComma && ReportingVerbs.IsReportingVerb(w.Folded))
            {
                return false;
            }

            pastComma |= w.EndsWithComma;
        }

        return false;
    }

    /// <summary>
    /// Whether «إلى أن» follows the verb in its sentence, past its subject and the subject's asides («ويذهب المهندس المائي
    /// …، الذي أشرف على دراسة …، إلى أن»).
    /// </summary>
    private static bool IlaThatFollows(List<Word> words, int v)
    {
        const int MaxWords = 30;
        for (var k = v + 1; k + 1 < words.Count && k <= v + MaxWords; k++)
        {
            if (words[k].Surface is "إلى" or "الى" && words[k + 1].IsComplementiser)
            {
                return true;
            }

            if (words[k].EndsSentence || words[k].OpensQuote)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether «أن» follows a verb of narrating in its sentence, past the asides between commas («وتروي أم أحمد، النازحة …،
    /// أن»). Right after the verb it is the passive «ورُوي أن» (it is told that), which quotes no one.
    /// </summary>
    private static bool ThatFollows(List<Word> words, int v)
    {
        const int MaxWords = 16;
        for (var k = v + 1; k < words.Count && k <= v + MaxWords; k++)
        {
            if (words[k].IsComplementiser && !words[k].Surface.StartsWith('آ'))
            {
                return true;
            }

            if (words[k].EndsSentence || words[k].Folded is "كيف" or "ما" or "قصه")
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whom it was said to, right after the verb and before its subject, is skipped: «وصرّح لـ«الموجز» مدير الشركة …»،
    /// «وقال للصحفيين وزير الخارجية …». A subject never opens with «لـ»; a quoted addressee runs to its closing quote.
    /// </summary>
    private static int AfterAddressee(List<Word> words, int from)
    {
        if (from >= words.Count - 1)
        {
            return from;
        }

        var w = words[from];
        // «لـ«الموجز»» is written with a tatweel the word's surface no longer has: «ل» and the quote it opens.
        var quoted = w.Surface.Length > 2 && w.Surface[0] == 'ل' && w.Surface.TrimStart('ل', 'ـ') is ['«' or '"' or '“', ..];
        if (!quoted)
        {
            return w.Folded.Length >= 5 && w.Folded.StartsWith("لل", StringComparison.Ordinal) && !w.EndsClause ? from + 1 : from;
        }

        const int MaxQuotedWords = 4;
        for (var k = from; k < words.Count - 1 && k - from < MaxQuotedWords; k++)
        {
            if (words[k].ClosesQuote)
            {
                return words[k].EndsWithComma || words[k].EndsSentence ? from : k + 1;
            }
        }

        return from;
    }

    /// <summary>Time words between a verb and its subject («وقال الثلاثاء وزير …»، «وأعلن اليوم رئيس …») are skipped.</summary>
    private static int AfterTimeWords(Paragraph paragraph, int from)
    {
        var words = paragraph.Words;
        while (from < words.Count - 1 && SpeakerLexicon.IsTimeWord(words[from].Folded) && !words[from].EndsClause && !LoneTimeOfDaySurname(paragraph, from))
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// «ويقول صبّاح إن» after «عماد صبّاح» was named: a time of day alone before «أن», no tanween on it, that names someone
    /// met earlier in the paragraph or the paragraphs before is the subject's surname, not when it was said.
    /// </summary>
    private static bool LoneTimeOfDaySurname(Paragraph paragraph, int at)
    {
        var words = paragraph.Words;
        var folded = words[at].Folded;
        return SpeakerLexicon.IsTimeOfDaySurname(folded) && !words[at].HasTanween && words[at + 1].IsComplementiser
            && (words.Take(at - 1).Any(w => w.Folded == folded) || paragraph.MentionedEarlier(folded));
    }
}
