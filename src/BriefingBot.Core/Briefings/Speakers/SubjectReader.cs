using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>Reads the subject after a reporting verb or an opener: titles, institution, name, apposition.</summary>
/// <param name="QuoteFirst">The verb follows a quote or «كما» («"…"، كما يقول الحاج، مضيفًا …»): the subject may end at a comma or the end.</param>
internal sealed record SubjectReader(List<Word> Words, int From, HashSet<string> CommonNouns, string? Verb, bool QuoteFirst = false)
{
    /// <summary>The longest name taken: «محمد بن عبد الرحمن آل ثاني» has six words.</summary>
    private const int MaxNameWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>How far after the verb the subject may reach (titles, an institution, the name, an apposition).</summary>
    private const int Window = 28;

    /// <summary>The longest office title taken as a speaker without a name («المتحدث باسم وزارة الموارد المائية»).</summary>
    private const int MaxTitleWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>Particles that only stand before a verb: the subject has ended before one.</summary>
    private static readonly HashSet<string> VerbParticles = new(StringComparer.Ordinal)
    {
        "لن", "لم", "لا", "قد", "سوف", "ليس", "ليست", "لقد", "فقد", "وقد", "ولن", "ولم", "ولا",
    };

    /// <summary>«لا»، «ولم»، «قد» …: a particle that only stands before a verb, so no subject (and no name) opens with it.</summary>
    public static bool IsVerbParticle(string folded) => VerbParticles.Contains(folded);

    private readonly SubjectWords _at = new(Words, From, CommonNouns, Verb);

    private readonly SpeakingInstitution _institution = new(Words, From, Verb, QuoteFirst);

    private readonly TitleReference _reference = new(Words, From);

    private readonly OfficeTitle _office = new(Words, From);

    private readonly SpeakerRunChoice _choice = new(Words, From, QuoteFirst);

    /// <summary>A collective singular («خبير»، «مسؤول») opens the subject and is read as a title, to find a name after it.</summary>
    private bool CollectiveAsTitle { get; init; }

    /// <summary>
    /// «ضاحكة»، «مبتسمة»، «ساخرة»: the feminine participles of the mood a woman speaks in, written without the accusative
    /// ending a masculine one shows («ضاحكًا»), so they read as a name when they follow the verb; listed, as names of the
    /// same shape («سامية»، «رانية») are many.
    /// </summary>
    private static readonly HashSet<string> MannersOfSaying = new(StringComparer.Ordinal)
    {
        "ضاحكه", "مبتسمه", "ساخره", "مازحه", "غاضبه", "متحسره", "متهكمه", "باكيه", "متنهده", "مستغربه", "متعجبه",
    };

    /// <summary>
    /// «ضاحكًا»، «مبتسمًا»، «متحسرًا»: the masculine participles of the same moods, folded without their accusative ending.
    /// Right after the verb and before the colon, «أن» or a preposition («ثم يضيف ضاحكًا: "…"»، «ويضيف مازحًا إن») they say
    /// how the one just heard goes on, never who speaks.
    /// </summary>
    private static readonly HashSet<string> MasculineMannersOfSaying = new(StringComparer.Ordinal)
    {
        "ضاحكا", "مبتسما", "ساخرا", "مازحا", "غاضبا", "متحسرا", "متهكما", "باكيا", "متنهدا", "مستغربا", "متعجبا",
    };

    /// <summary>A participle of the mood a speaker speaks in, either gender (<see cref="MannersOfSaying"/>).</summary>
    private static bool IsMannerOfSaying(string folded) => MannersOfSaying.Contains(folded) || MasculineMannersOfSaying.Contains(folded);

    /// <summary>The nouns of how something was said, after «بـ» («بلهجة»، «بصوت»، «بنبرة»، «بحسرة»), folded.</summary>
    private static readonly HashSet<string> MannerNouns = new(StringComparer.Ordinal)
    {
        "لهجه", "صوت", "نبره", "حسره", "مراره", "حماس", "حماسه", "فخر", "ثقه", "غضب", "حزن", "ابتسامه", "لغه", "لكنه", "حرقه",
    };

    /// <summary>The most words a manner phrase takes before «أن» («بلهجة قصيمية صارمة»).</summary>
    private const int MaxMannerWords = 3;

    /// <summary>
    /// Whether the words from <paramref name="at"/> are «بـ» and a noun of how it was said, perhaps with adjectives, then
    /// «أن» or the colon before a quotation within <see cref="MaxMannerWords"/> words: «يقول بلهجة قصيمية إن»; right after a
    /// name too («ويقول أبو عوض بلهجة أهل الجعليين إن»، «ويقول هدل بلهجة أهل الساحل:»), where «بلهجة» had been read as a surname.
    /// </summary>
    private bool SaidWithAManner(int at)
    {
        var f = Words[at].Folded;
        if (f.Length < 4 || f[0] != 'ب' || !MannerNouns.Contains(f[1..]))
        {
            return false;
        }

        for (var k = at; k < Words.Count && k - at <= MaxMannerWords; k++)
        {
            if (k > at && Words[k].IsComplementiser)
            {
                return true;
            }

            // «ويقول هدل بلهجة أهل الساحل: "…"»: the colon before the quotation closes the manner as «أن» does.
            if (Words[k].EndsWithColon)
            {
                return true;
            }

            if (Words[k].EndsClause || Words[k].OpensQuote)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The verb follows its subject («أما الخبير … فيرى»): the subject ends at it as at «أن».</summary>
    public bool EndsAtVerb { get; init; }

    /// <summary>
    /// Whether a word after «جهة» or «عمالة» is still the region's name: not where a name begins (a listed given
    /// name, «عبد»، «أبو»), nor a preposition, a title, a time word or a complementiser, which end it («والي جهة الدار
    /// البيضاء سطات محمد امهيدية»).
    /// </summary>
    private static bool RegionNameGoesOn(Word w, bool preposition) =>
        !preposition && !w.IsComplementiser && !SpeakerLexicon.IsGivenName(w.Folded) && !SpeakerLexicon.IsParticle(w.Folded)
        && !SpeakerLexicon.IsTitle(w.Folded) && !SpeakerLexicon.IsNonName(w.Folded) && !SpeakerLexicon.IsTimeWord(w.Folded)
        && !ReportingVerbs.IsReportingVerb(w.Folded) && !w.OpensQuote;

    /// <summary>
    /// «محلل أسواق»: a collective singular in construct with a bare noun, a field before the name of the one who works in
    /// it. Not a relative adjective («مسؤول تنفيذي»، «مصدر حكومي»), a preposition, a name, a title or a clause word.
    /// </summary>
    private static bool IndefiniteConstruct(Word first, string second) =>
        !first.HasTanween && !SpeakerLexicon.HasArticle(first.Folded) && second.Length >= 3 && !second.EndsWith('ي')
        && !SpeakerLexicon.IsComplementiser(second) && !SpeakerLexicon.IsNonName(second) && !SpeakerLexicon.IsGivenName(second)
        && !SpeakerLexicon.IsParticle(second) && !SpeakerLexicon.IsTitle(second) && !SpeakerLexicon.IsCollective(second)
        && !ReportingVerbs.IsReportingVerb(second);

    /// <summary>The subject read, or the name set off by commas after a description before «أن» (NameSetOffAfterDescription).</summary>
    public Attribution Read() => Verb is null || From >= Words.Count ? ReadSubject() : NameSetOffAfterDescription.Over(ReadSubject(), Words, From, Verb);

    private Attribution ReadSubject()
    {
        if (From >= Words.Count)
        {
            // «"لا حل قريبًا"، يضيف.»: a bare verb after the quote.
            return QuoteFirst && Verb is not null ? Continued() : Attribution.None;
        }

        if (Verb is not null && From > 0 && Words[From - 1].EndsWithColon)
        {
            // «وتابع: "…"»: the verb has no subject of its own.
            return Continued();
        }

        if (Verb is not null && IsMannerOfSaying(Words[From].Folded) && (Words[From].EndsWithColon || QuoteFirst && (Words[From].EndsClause || From == Words.Count - 1)))
        {
            // «ثم يضيف ضاحكًا: "…"»، «"…"، قالت ضاحكة.»، ««…»، تقول ضاحكة، «…»»: how she said it closes the verb's clause; the
            // verb is bare («ضاحكة» was a speaker of its own).
            return Continued();
        }

        if (Verb is not null && From + 1 < Words.Count && IsMannerOfSaying(Words[From].Folded) && !Words[From].EndsClause
            && (SpeakerLexicon.IsPreposition(Words[From + 1].Surface) || Words[From + 1].IsComplementiser))
        {
            // «وتعلّق ضاحكة على سؤال عن بيعه بأن»، «ويضيف مازحًا إن»: how she said it, right after the verb, is no name; the
            // verb is bare.
            return new SubjectReader(Words, From + 1, CommonNouns, Verb, QuoteFirst) { EndsAtVerb = EndsAtVerb }.Read();
        }

        if (Verb is not null && !QuoteFirst && SaidWithAManner(From))
        {
            // «ثم يقول بلهجة قصيمية إن "…"»، «ويقول بصوت خافت إن»: how it was said, right after the verb and up to «أن», is no
            // name («بلهجة قصيمية» was a speaker); the verb is bare.
            return Continued();
        }

        if (Verb is not null && SpeakerLexicon.IsAddresseePronoun(Words[From].Folded) && !QuoteFirst)
        {
            // «وقالت لنا إنها …»، «وقال لي الوزير إن»: whom it was said to stands first; the subject, if any, follows.
            return new SubjectReader(Words, From + 1, CommonNouns, Verb) { EndsAtVerb = EndsAtVerb }.Read();
        }

        var first = Words[From];
        var second = From + 1 < Words.Count ? Words[From + 1].Folded : null;
        if (Verb is not null && UnnamedPortrait(From))
        {
            // «تقول بائعة تجلس منذ الفجر في ركن من السوق …»، «قالت لـ"موجز" زائرة من نواكشوط كانت تحمّل …»: a person drawn by
            // what they are and do, never named here; the words after are the portrait, not a name.
            return new Attribution(AttributionKind.Collective, null) { ByFaInna = true };
        }

        if (Verb is not null && IsInterlocutor(first.Folded))
        {
            // «ويضيف محدثنا أن»، «وتستدرك محدثتنا»: the feature writer's «the one we spoke to» is the speaker just heard.
            return Continued();
        }

        // «ويشير إلى أن»، «وشدد على أن»، «وشكا من أن»: a preposition the verb governs, then what was said.
        if (Verb is not null && (SpeakerLexicon.StartsContinuation(first.Folded)
            || ReportingVerbs.TakesBa(Verb) && first.Folded.Length > 3 && first.Folded[0] == 'ب'
            || first.Surface is "على" or "من" && second is not null && SpeakerLexicon.IsComplementiser(second)))
        {
            return Continued();
        }

        if (Verb is not null && IsMeasure(first.Folded) && second is not null && second != "من" && !first.EndsClause)
        {
            // «ويقدَّر عدد مزارع الورد بنحو ألف مزرعة»، «ويُقدّر حجم السوق …»: the verb is passive and its subject a figure,
            // measured by no one the paragraph names («قرابة ستة آلاف عامل» after it is no name). «وقال عدد من الخبراء» is
            // a group, read below.
            return Attribution.None;
        }

        if (SpeakerLexicon.IsCount(first.Folded) && second is not null && SpeakerLexicon.IsCollective(second))
        {
            // «ثلاثة مصادر»، «عدة مسؤولين»: a counted group is no one.
            return new Attribution(AttributionKind.Collective, null) { ByFaInna = true };
        }

        if (!SpeakerLexicon.HasArticle(first.Folded) && first.Folded.Length >= 5 && first.Folded.EndsWith("ون", StringComparison.Ordinal)
            && !SpeakerLexicon.IsGivenName(first.Folded) && !first.EndsClause && second is not null
            && (second.Length >= 4 && second.EndsWith("وا", StringComparison.Ordinal) || second is "الذين" or "ممن"))
        {
            // «ويقول نازحون وصلوا إلى المخيم إن»: a plural the next verb or relative agrees with is a group, no one.
            return new Attribution(AttributionKind.Collective, null) { ByFaInna = true };
        }

        if (SpeakerLexicon.IsCollective(first.Folded) && !CollectiveAsTitle)
        {
            // «قال خبير إن» is anyone, but a construct with the article names a field and then the person («خبير النقل
            // الحضري الإيطالي ماركو بيانكي»، «مسؤول الملف النووي …»): read on as a title, keeping a named person only.
            // So does a construct with a bare noun, a field and its complement («ويرى محلل أسواق الأسمدة في مؤسسة …، كريم
            // الصفدي، أن»).
            if ((SpeakerLexicon.IsTitle(first.Folded) || SubjectWords.IsVocalisedExporter(first)) && second is not null && !first.EndsClause
                && (SpeakerLexicon.HasArticle(second) || IndefiniteConstruct(first, second))
                && (this with { CollectiveAsTitle = true }).Read() is { Kind: AttributionKind.Named, Office: false, Unclosed: false, Role: not null } named)
            {
                return named;
            }

            return new Attribution(AttributionKind.Collective, null) { ByFaInna = true };
        }

        // The subject follows the verb: a noun with the article that is no title («تعتبر المسار …») is a thing,
        // unless it stands alone before «أن», where it is a surname («ويضيف الحسيني أن»).
        // A noun with the article that names a body («البنك الدولي») is read on below, as an institution.
        // A noun with the article right before a given name or a name particle is the person's occupation («يقول الصياد
        // أبو بكر …»، «تقول الأرملة فاطمة …»), read as a title.
        var occupation = SpeakerLexicon.HasArticle(first.Folded) && !first.EndsClause && !SpeakerLexicon.IsOrganisation(first.Folded)
            && second is not null && !SpeakerLexicon.IsPreposition(Words[From + 1].Surface)
            && (SpeakerLexicon.IsGivenName(second) || SpeakerLexicon.IsParticle(second) && !SpeakerLexicon.IsJoiner(second) || _at.ClosedNameAfterAdjectives()
                // «يقول المنتج الطيّب أبو قرون»: a given name written with the article, a name word after it.
                || SpeakerLexicon.IsArticleGivenName(second) && _at.NameFollowsArticleName(From + 1)
                // «يقول الصقّار حمد المزروعي، البالغ …، إن»: a name word the lexicon does not list and a surname closed by a
                // comma or «أن».
                || From + 3 < Words.Count && !SpeakerLexicon.HasArticle(second) && SubjectWords.IsPlainName(Words[From + 1]) && !Words[From + 1].EndsClause
                    && !CommonNouns.Contains(second) && !SpeakerLexicon.IsCollective(first.Folded) && SubjectWords.HasArticle(Words[From + 2])
                    && (Words[From + 2].EndsWithComma || !Words[From + 2].EndsClause && Words[From + 3].IsComplementiser)
                // «يقول الحاج مسلم بن سهيل الشحري»: a name word with a particle after it is a name, listed or not.
                || From + 2 < Words.Count && !SpeakerLexicon.HasArticle(second) && SubjectWords.IsPlainName(Words[From + 1]) && !Words[From + 1].EndsClause
                    && SpeakerLexicon.IsParticle(Words[From + 2].Folded))
            || IsFounder();
        if (Verb is not null && SpeakerLexicon.IsPopularTitle(first.Folded) && !first.EndsClause && From + 2 < Words.Count
            && SubjectWords.IsPlainName(Words[From + 1]) && !Words[From + 1].EndsClause
            && (Words[From + 2].IsComplementiser && !SubjectWords.HasArticle(Words[From + 1]) || EndsAtVerb && ReportingVerbs.IsReportingVerb(Words[From + 2].Folded)))
        {
            // «ويتذكر الحاج أوبلا أن»: a popular title before the surname of someone already quoted is no part of it; so
            // between «أما» and the verb with «فـ» («أما الحاج أوبلا فختم حديثه بأن»، «أما الحاج الزكاري فيرى»).
            return new Attribution(AttributionKind.Surname, Words[From + 1].Surface) { Feminine = ReportingVerbs.IsFeminine(Verb), GenderShown = true };
        }

        // «قال الحسن ولد امبارك إن»: a given name written with the article right after the verb, a name word or particle
        // after it, opens the name as any given name does; it is no surname nor a thing.
        var articleGivenName = Verb is not null && SpeakerLexicon.IsArticleGivenName(first.Folded) && _at.NameFollowsArticleName(From);
        if (SubjectWords.HasArticle(first) && !SpeakerLexicon.IsTitle(first.Folded) && !first.OpensQuote && !occupation && !articleGivenName
            && !(SpeakerLexicon.IsOrganisation(first.Folded) && second is not null && SpeakerLexicon.HasArticle(second) && !first.EndsClause))
        {
            // «ويضيف الحسيني أن»، «وكان الحاج قد قال»، «ويقول الحاج: "…"», and after a quote «كما يقول الحاج، …».
            // «وبحسب الحسيني، فإن»، «… على حد تعبير الحسيني.»: after an opener, a surname closed by a comma or the end.
            // «ويدعو الشوبكي الأهالي إلى …»: a verb with a prepositional object may take a direct one first; a word that
            // is no speaker's surname names no one.
            var surname = Verb is not null
                && (second is not null && (SpeakerLexicon.IsComplementiser(second) || second is "الي" or "من" or "في" or "قد" or "علي" || ReportingVerbs.IsSaying(second)) && !first.EndsClause
                    || second is not null && first.EndsWithComma && (SpeakerLexicon.EndsClause(second) || _at.AsideBeforeComplementiser(From + 1))
                    || EndsAtVerb && second is not null && ReportingVerbs.IsReportingVerb(second)
                    || first.EndsClause && !first.EndsWithComma && From + 1 < Words.Count && Words[From + 1].OpensQuote
                    || QuoteFirst && (first.EndsClause || second is null || WhileDoing(From + 1))
                    // ««…»، قالت المجالي للصحفيين، مضيفة …»: whom it was said to follows the surname, as it follows a full name.
                    || second is not null && !first.EndsClause && ToWhomSaid(From + 1)
                    || second is not null && !first.EndsClause && SpeakerLexicon.HasArticle(second) && TakesPrepositionalObject(Verb))
                || Verb is null && (first.EndsWithComma || second is null || first.EndsSentence || !first.EndsClause && ToWhomSaid(From + 1));
            // The verb before its subject agrees with it: «وأوضحت نصار أن» is the woman of two namesakes.
            if (surname)
            {
                return new Attribution(AttributionKind.Surname, first.Surface) { Feminine = Verb is not null && ReportingVerbs.IsFeminine(Verb), GenderShown = Verb is not null };
            }

            // «وتقترح البوسعيدية فرض رسم …»، «ويطالب الناير بخفض …»: a verb, a word with the article, then the verb's own
            // object. It is the surname of a speaker already met, or else a thing («وتقترح الحكومة فرض …») and no one:
            // kept aside as unclosed, so only a speaker known by it takes the paragraph.
            return Verb is not null && ReportingVerbs.IsReportingVerb(Verb) && !QuoteFirst && !EndsAtVerb && second is not null && !first.EndsClause
                ? new Attribution(AttributionKind.Surname, first.Surface) { Feminine = ReportingVerbs.IsFeminine(Verb), GenderShown = true, Unclosed = true }
                : Attribution.None;
        }

        var candidates = new List<(int Start, List<Word> Name)>();
        // Candidates that begin right after a bare place noun governed by a preposition («في ميناء نواذيبو») or an
        // open construct chain («سفيرة فرنسا»): perhaps a complement rather than a name.
        var weak = new HashSet<int>();
        var placeNoun = false;
        List<Word>? segment = null;
        var segmentStart = -1;
        var expectNamePart = false;
        var skipNext = false;
        // Words of a region's name still to pass over after «جهة» (see RegionNameGoesOn).
        var regionWords = 0;
        var afterPreposition = false;
        var firstTitle = -1;
        var end = Math.Min(Words.Count, From + Window);
        var terminator = -1;
        var subjectEnd = -1;
        var closedAt = -1;
        // Where a colon closed the subject («وقال الوزير: "…"»): what was said follows.
        var colonEnd = -1;
        // Candidates that begin right after a comma: an apposition («وزير المالية، ياسين جابر، فإن») must be closed
        // by a comma or «أن», else what follows the comma is what was said («بحسب رئيس الحكومة، سيكون الحل …»).
        var afterComma = new HashSet<int>();
        var articleOnly = new List<Word>();
        var lastWasCompound = false;
        var inAside = false;
        // Where an aside on the occasion of the statement began («في تصريح صحفي»), with no comma to close it.
        var occasionAt = -1;
        var openChain = false;
        var segmentAfterOpenChain = false;
        var i = From;
        for (; i < end; i++)
        {
            var w = Words[i];
            if (w.OpensQuote && i > From)
            {
                // A short quoted name right after an institution noun is its complement («حملة «حقي»»); any
                // other quote is a thing's name after the speaker's («جمعية "حماة دجلة"») or what was said.
                // So is one after the noun a title governs («مؤسِّسة مزرعة «ورقة»»، «مديرة شركة "نون"»).
                var titlesNoun = firstTitle >= 0 && i - 1 == firstTitle + 1 && candidates.Count == 0 && (segment is null || segment is { Count: 1 } && segmentStart == i - 1);
                if ((segment is null && candidates.Count == 0 && SpeakerLexicon.IsInstitution(Words[i - 1].Folded) || titlesNoun)
                    && Enumerable.Range(i, Math.Min(3, Words.Count - i)).FirstOrDefault(k => Words[k].ClosesQuote, -1) is var close and >= 0)
                {
                    segment = null;
                    i = close;
                    skipNext = false;
                    openChain = false;
                    continue;
                }

                // «مدير العمليات في سلسلة متاجر «الوفرة» للتجزئة، طارق المرزوقي، إن»: a short quoted name in a role whose
                // holder is named after it, set off by commas before «أن», is the body's name, not what was said.
                if (firstTitle >= 0 && Enumerable.Range(i, Math.Min(3, Words.Count - i)).FirstOrDefault(k => Words[k].ClosesQuote, -1) is var shut and >= 0
                    && Enumerable.Range(shut, Math.Min(3, Words.Count - shut)).FirstOrDefault(k => Words[k].EndsWithComma || k > shut && Words[k].EndsClause, -1) is var comma and >= 0
                    && Words[comma].EndsWithComma && _at.NameSetOffBeforeComplementiser(comma + 1))
                {
                    segment = null;
                    i = shut;
                    skipNext = false;
                    openChain = false;
                    continue;
                }

                break;
            }

            if (w.InParentheses && i > From)
            {
                // «تقول ليلى (اسم مستعار) إنها»: an aside closes the name before it and is no part of the subject.
                if (segment is not null)
                {
                    candidates.Add((segmentStart, segment));
                    segment = null;
                }

                afterPreposition = false;
                continue;
            }

            var f = w.Folded;
            var next = i + 1 < Words.Count ? Words[i + 1].Folded : null;
            if ((segment is not null || candidates.Count > 0) && (f == "ل" || SpeakerLexicon.IsToMedia(f)
                || f.Length >= 6 && f[0] == 'ل' && f.EndsWith("نا", StringComparison.Ordinal) && !SpeakerLexicon.IsGivenName(f)))
            {
                // «قال وزير الطاقة جو صدي لوكالة رويترز»، «يقول السائق … لمراسلنا»: after the name, whom it was said to is
                // no part of the subject.
                break;
            }

            if ((segment is not null || candidates.Count > 0) && VerbParticles.Contains(f) && !w.ForeignArticle)
            {
                // «وفقًا لرئيسة الهيئة ماري خوري، لن ترتفع التعرفة»: a negation or a tense particle opens what is said.
                break;
            }

            // «آن» (Anne) folds to «ان» as «أن» does: a name, not what introduces the statement.
            var complementiser = w.IsComplementiser && !w.Surface.StartsWith('آ');
            // «وشدد الوزير على أن»: the preposition the verb takes, then «أن», ends the subject as «إلى أن» does.
            if (complementiser
                || (f is "الي" or "من" || w.Surface == "على" && Verb is not null && ReportingVerbs.TakesAla(Verb)) && next is not null && SpeakerLexicon.IsComplementiser(next))
            {
                terminator = complementiser ? i : i + 1;
                subjectEnd = occasionAt >= 0 ? occasionAt : i;
                break;
            }

            // Right after a name closed by a comma («…، عبد اللطيف المشاري، للصحفيين عقب …»), as right after a name.
            var afterName = segment is not null || candidates.Count > 0 && candidates[^1].Start + candidates[^1].Name.Count == i;
            if (i > From && (ReportingVerbs.IsSaying(f) || WhileDoing(i)) || _at.EndsSubjectAfterName(i, afterName) || afterName && Verb is not null && SaidWithAManner(i) || segment is null && candidates.Count == 0 && i == firstTitle + 1 && firstTitle == From && _at.TakesBaHere(i)
                || (segment is not null || firstTitle >= 0) && Verb is not null && ReportingVerbs.TakesAla(Verb) && w.Surface == "على" && !(next is not null && SpeakerLexicon.IsComplementiser(next))
                    && !(segment is null && next is not null && SpeakerLexicon.IsInstitution(next) && IsOverseer(i - 1))
                // «وأعلنت المديرة العامة للوكالة عن صندوق دعم …»: after a title too, «عن» opens what was announced.
                || segment is null && firstTitle >= 0 && i > firstTitle && Verb is not null && ReportingVerbs.TakesAn(Verb) && f == "عن"
                // «وتشكو الفنانة الشابة من ارتفاع أسعار الأكاسيد»: after a description alone, «من» opens the complaint.
                || segment is null && i > From && Verb is not null && ReportingVerbs.TakesMin(Verb) && f == "من" && DescriptionAlone(i)
                || segment is not null && Verb is not null && ReportingVerbs.TakesIla(Verb) && f == "الي" && !_at.ComplementiserLater(i)
                || _at.OpensAlias(i, segment is not null))
            {
                // «وتابع الوزير قائلًا إن»، «قالت الوزيرة أنالينا بيربوك للصحفيين إن»، «ونوّه … آل صالح بأهمية الاتفاقية»، «وحذّر … كمال حايك من
                // انقطاع …»، «ونوّهت الوزيرة بالدور …»، «وأشار … السوداني إلى ضرورة …»: what follows is whom it was said to or what
                // was said; «…، المعروف بـ«حميدتي»»: what follows is an alias.
                closedAt = i;
                break;
            }

            if (f is "التي" or "الذي" && firstTitle >= 0 && segment is null && candidates.Count == 0 && i > From && Words[i - 1].EndsWithComma
                && CommaClosingClause(i) is var clauseEnd and >= 0 && _at.NameSetOffBeforeComplementiser(clauseEnd + 1))
            {
                // «الرئيس التنفيذي لمجموعة المنار التعليمية، التي تدير إحدى عشرة مدرسة في دبي، سامر الحداد، إن»: a relative
                // clause on the role's body stands between the role and the name set off before «أن».
                i = clauseEnd;
                continue;
            }

            // «أحمد ذكر الله»، «نصر الله»: a word before «الله» inside a name is the name's, not a verb.
            var beforeAllah = segment is not null && next == "الله";
            if (SpeakerLexicon.EndsClause(f) || SpeakerLexicon.IsOwnSpeechBeforeSaying(f, next) || i > From && ReportingVerbs.IsReportingVerb(f) && !beforeAllah)
            {
                // «رئيس الحكومة الذي كان يتحدث … أن»، «أما الخبير … فيرى»: the subject is closed here.
                closedAt = i;
                if (EndsAtVerb && ReportingVerbs.IsReportingVerb(f))
                {
                    terminator = i;
                    subjectEnd = i;
                }

                break;
            }

            if (occasionAt < 0 && (segment is not null || candidates.Count > 0 || firstTitle >= 0) && w.Surface is "في" or "خلال" && !w.EndsClause && !Words[i - 1].EndsClause
                && next is not null && SpeakerLexicon.IsStatementOccasion(next))
            {
                // «أكد وزير الصحة العامة في تصريح صحفي أن»: where it was said, up to «أن», is no part of who said it.
                occasionAt = i;
                inAside = true;
                if (segment is not null)
                {
                    candidates.Add((segmentStart, segment));
                    segment = null;
                }

                continue;
            }

            if (inAside)
            {
                // «وأكد النائب غسان حاصباني، في حديث إلى الجزيرة نت، أن»: where and how it was said, up to the comma.
                inAside = !w.EndsClause;
                if (w.EndsClause && !w.EndsWithComma)
                {
                    break;
                }

                continue;
            }

            // «صاحبة إحدى هذه الشركات»: after «أحد / إحدى» the demonstrative is the role's, one of the things just named.
            if ((segment is not null || candidates.Count > 0 || firstTitle >= 0) && !expectNamePart && !afterPreposition && !_at.IsPrepositionHere(i - 1)
                && f is "هذه" or "هذا" or "تلك" or "ذلك" or "هذين" or "هاتين" && Words[i - 1].Folded is not ("احد" or "احدي"))
            {
                // «ونفى المتحدث باسم الجيش هذه الاتهامات»: a demonstrative after the subject opens the verb's object.
                closedAt = i;
                break;
            }

            if ((segment is not null || candidates.Count > 0 || firstTitle >= 0) && i > From && !expectNamePart && Verb is not null && ReportingVerbs.TakesObject(Verb)
                && SpeakerLexicon.IsTellingVerbalNoun(f) && (w.EndsClause || next is "عن" or "علي" or "اسمه" or "اسمها"))
            {
                // «ورفض متحدث باسم الهيئة العامة للآثار والمتاحف الإفصاح عن ميزانية مشروع …، قائلًا»: what was refused
                // opens after the subject; the last run of it («مشروع …») was taken for the speaker.
                closedAt = i;
                break;
            }

            if ((segment is not null || candidates.Count > 0 || firstTitle >= 0) && i > From && f == "لم" && next is "يشا" or "تشا" or "يرغب" or "ترغب")
            {
                // «وأكد موظف في وزارة السياحة، لم يشأ ذكر اسمه، أن»: the anonymity asked for ends the subject (as «طلب»
                // does), where «يشأ» had been taken for a name.
                closedAt = i;
                break;
            }

            if (segment is { Count: >= 2 } && !expectNamePart && w.Surface == "ما")
            {
                // «انتقد النائب مهلهل المضف ما سماه "…"»: «ما» after a name opens what the speaker named or judged.
                closedAt = i;
                break;
            }

            if (segment is { Count: >= 2 } && !expectNamePart && Verb is not null && ReportingVerbs.TakesObject(Verb) && !SpeakerLexicon.HasArticle(f) && !SpeakerLexicon.IsNonName(f)
                && !SpeakerLexicon.IsParticle(f) && !SpeakerLexicon.IsCompoundSecond(f) && !SpeakerLexicon.IsGivenName(f) && !IsNameBeforeThatClause(i)
                && (next is not null && SpeakerLexicon.HasArticle(next) && !SpeakerLexicon.IsCompoundSecond(next) || w.EndsSentence && HasPronounSuffix(w.Surface)
                    || next is "اي" or "كل" or "جميع" or "بعض"))
            {
                // «وصفت النائبة هالة بنت سليمان عيتاني خطة الوزارة بأنها»: after a name of two words or more, a bare noun
                // governing a definite one is the thing a verb of judgement judges, not a part of the name; so is a noun
                // with a pronoun ending the sentence («هكذا لخّص المزارع كريم جاسم وضعه.»), or a noun before a quantifier
                // («وانتقد عضو مجلس الشورى ناصر الخليفي غياب أي هدف …»).
                closedAt = i;
                break;
            }

            if (segment is null && candidates.Count == 0 && firstTitle >= 0 && i == firstTitle + 1 && SpeakerLexicon.HasArticle(Words[firstTitle].Folded)
                && !w.EndsClause && IsVerbalNoun(w) && i + 1 < Words.Count && OpensCountedObject(Words[i + 1]))
            {
                // «وأعلنت الوزيرة إغلاق إحدى عشرة محطة»: a title with the article heads no construct, and a verbal noun
                // after it with a count or an indefinite noun after that is what was announced, not a name.
                closedAt = i;
                break;
            }

            if (segment is not null && !expectNamePart && Verb is not null && ReportingVerbs.IsFeminine(Verb) && IsHowSheSaidIt(w, next))
            {
                // «"…"، تقول عيساتا ضاحكة، موضحة …»: a participle after her name says how she said it; it is no surname.
                closedAt = i;
                break;
            }

            if ((segment is not null || firstTitle >= 0 && candidates.Count == 0) && i > From && !expectNamePart && Verb is not null && MannersOfSaying.Contains(f))
            {
                // «"…"، تقول المشترية الفرنسية ضاحكة، مؤكدة …»، «تقول الزائرة الإيطالية ضاحكة وهي تلف الدلة»: a listed mood after
                // the title or the name says how she said it, whatever follows; it is no name («ضاحكة» was the speaker).
                closedAt = i;
                break;
            }

            var isName = false;
            var compound = false;
            var wasOpenChain = openChain;
            var wasPlaceNoun = placeNoun;
            openChain = false;
            placeNoun = false;
            // «باسم» is a preposition after a spokesman («المتحدث باسم الحكومة») and a given name elsewhere («باسم العوادي»).
            var preposition = _at.IsPrepositionHere(i);
            var regionGoesOn = regionWords > 0 && RegionNameGoesOn(w, preposition);
            regionWords = regionGoesOn ? regionWords : 0;
            if (expectNamePart)
            {
                // The word after «عبد»، «أبو»، «بن» belongs to the name, article or not («عبد الرحمن»).
                expectNamePart = false;
                isName = true;
                compound = true;
            }
            else if (regionGoesOn)
            {
                // «والي جهة مراكش آسفي»، «المديرية الجهوية للفلاحة بجهة الدار البيضاء سطات في بيان»: a region's name runs
                // on for several words, none of them a name.
                regionWords = w.EndsClause ? 0 : regionWords - 1;
            }
            else if (skipNext)
            {
                skipNext = false;
                openChain = !SpeakerLexicon.HasArticle(f);
            }
            else if (i > From && Words[i - 1].Folded is "احد" or "احدي" && !SpeakerLexicon.IsParticle(f) && !SpeakerLexicon.IsGivenName(f))
            {
                // «…، أحد عُمد مخيم زمزم،»: the group one belongs to is no name.
                openChain = !SpeakerLexicon.HasArticle(f);
            }
            else if (SpeakerLexicon.IsParticle(f) && (segment is not null || !afterPreposition))
            {
                isName = true;
                expectNamePart = true;
            }
            else if (segment is not null && Words[i - 1].ForeignArticle && SubjectWords.IsPlainName(w with { ForeignArticle = true }))
            {
                // «لويس فان خال»: the word after a foreign name's particle is the surname, even one that is a kin or title
                // word in Arabic («خال»).
                isName = true;
            }
            else if (segment is not null && SpeakerLexicon.IsCompoundSecond(f))
            {
                // «محمد الأمين ولد الشيخ»، «نور الدين الطبوبي»: the second part of a compound given name, title or not.
                isName = true;
            }
            else if ((_at.IsTitleHere(i, segment is not null) || i == From && occupation) && !(segment is not null && SpeakerLexicon.HasArticle(f) && _at.EndsSubject(i)))
            {
                // A title with the article right at the end of a name is the surname («شادي السيد»).
                firstTitle = firstTitle < 0 ? i : firstTitle;
                openChain = !SpeakerLexicon.HasArticle(f);
            }
            else if (firstTitle >= 0 && f.Length > 3 && f[0] is 'ب' && Gazetteer.Places.Contains(f[1..]))
            {
                // «الباحث في معهد الشرق الأوسط بواشنطن جليل حرشاوي»: the city the role is held in closes the role.
                openChain = false;
            }
            else if (SpeakerLexicon.IsInstitution(f) || f.Length > 4 && f[0] is 'ب' && SpeakerLexicon.IsInstitution(f[1..]))
            {
                // «أستاذ الاقتصاد بجامعة الكويت د. عباس المجرن»: a body under «بـ» is the role's complement too.
                // «وزارة الصحة»: an institution noun without the article takes the next word as its complement;
                // «الوزارة» with it is complete.
                skipNext = !SpeakerLexicon.HasArticle(f);
                openChain = skipNext;
            }
            else if (SpeakerLexicon.IsRegionNoun(f))
            {
                // «جهة»، «عمالة»; the institution nouns «ولاية»، «محافظة» take their one-word complement above.
                regionWords = w.EndsClause ? 0 : SpeakerLexicon.MaxRegionNameWords;
            }
            else if (SubjectWords.HasArticle(w))
            {
                // A surname carries the article («هاني الحسيني»); without a given name before it, it is a noun,
                // unless it is a given name written with the article before a name word («الفلاح الحسين أيت بلعيد»).
                isName = segment is not null || firstTitle >= 0 && SpeakerLexicon.IsArticleGivenName(f) && (_at.NameFollowsArticleName(i) || _at.ApposedArticleName(i))
                    || i == From && articleGivenName;
                if (segment is null && candidates.Count == 0 && firstTitle < 0)
                {
                    articleOnly.Add(w);
                }
            }
            else if (beforeAllah)
            {
                isName = true;
            }
            else if (segment is null && firstTitle >= 0 && !w.EndsClause && SpeakerLexicon.IsRegion(f) && ForeignNameAt(i + 1))
            {
                // «ممثل الوكالة الدولية للطاقة في شمال أفريقيا ماركو بيليني»: a country or continent closes the role, and
                // the name follows it.
            }
            else if (segment is { Count: 1 } && !w.HasTanween && SpeakerLexicon.IsTimeOfDaySurname(f)
                && (w.EndsWithComma || w.EndsWithColon || next is null || SpeakerLexicon.IsComplementiser(next) || ReportingVerbs.IsSaying(next))
                || i == From && segment is null && candidates.Count == 0 && Verb is not null && !w.HasTanween && SpeakerLexicon.IsTimeOfDaySurname(f)
                    && !w.EndsClause && next is not null && SpeakerLexicon.IsComplementiser(next))
            {
                // «وقال الرئيس التنفيذي عماد صبّاح إن»: a time of day after a given name, closing the subject, is the surname;
                // so is one alone between the verb and «أن» («ويقول صبّاح إن»).
                isName = true;
            }
            else if (SubjectWords.IsPlainName(w) && !preposition && !afterPreposition
                && (segment is not null || !CommonNouns.Contains(f) || SpeakerLexicon.IsGivenName(f) && !w.EndsClause))
            {
                // A listed given name is a name though the briefing writes it with the article elsewhere as a place or
                // a word («خليل الزعتري» in a briefing on «الخليل»).
                isName = true;
            }
            else if (afterPreposition && !SpeakerLexicon.HasArticle(f))
            {
                placeNoun = true;
            }

            isName &= f.Length <= BriefingLimits.MaxSpeakerWordLength;
            if (isName && segment is { Count: >= 2 } && !compound && !SpeakerLexicon.HasArticle(f) && !SpeakerLexicon.IsJoiner(f)
                && SpeakerLexicon.HasArticle(segment[^1].Folded) && !lastWasCompound && !SpeakerLexicon.IsCompoundSecond(segment[^1].Folded)
                && !(SpeakerLexicon.IsParticle(f) && SpeakerLexicon.IsGivenName(segment[0].Folded))
                && !(SpeakerLexicon.IsArticleGivenName(segment[^1].Folded) && SpeakerLexicon.IsGivenName(segment[^2].Folded)))
            {
                // A run that reached a word with the article and goes on without one was a role's construct chain
                // closed by its definite noun («قطاع البترول»، «تجمع أصحاب المولدات»): the name begins here.
                // Inside a name the article comes last, or before «بن» («محمد الطاهر بن علي») or after «عبد», or before
                // a compound's «أبو» in a run that opened with a given name («محمد الطاهر أبو بكر»), or after a given
                // name the Sudanese press writes with the article right after another («الدكتور محمد الفاتح عثمان» was
                // «عثمان», then taken for another speaker of that name).
                segment = null;
            }

            // A run may hold a role's complement before the name («وزير خارجية قطر محمد بن …»): read a little past
            // the longest name, and let the name's start be found in it (AtGivenName) before it is cut.
            if (isName && (segment is null || segment.Count < MaxNameWords + 2))
            {
                if (segment is null)
                {
                    segment = [];
                    segmentStart = i;
                    // A run that opens with «لـ» inside a role («الرئيس التنفيذي لمجمع سوناطراك رشيد حشيشي») is the
                    // role's complement before the name, as after an open chain.
                    segmentAfterOpenChain = wasOpenChain || i > From && f.Length >= 4 && f[0] == 'ل' && !SpeakerLexicon.IsGivenName(f)
                        && (SpeakerLexicon.HasArticle(Words[i - 1].Folded) || SpeakerLexicon.IsTitle(Words[i - 1].Folded));
                    if (wasPlaceNoun || wasOpenChain)
                    {
                        weak.Add(i);
                    }

                    if (i > From && Words[i - 1].EndsWithComma)
                    {
                        afterComma.Add(i);
                    }
                }

                segment.Add(w);
                lastWasCompound = compound;
            }
            else if (segment is not null)
            {
                candidates.Add((segmentStart, segment));
                segment = null;
            }

            // Only the word right after a preposition is its object («في مؤتمر»); a name may follow the phrase
            // («الخبير في الشؤون الآسيوية لي يونغ سوك»).
            afterPreposition = preposition;
            if (w.EndsClause)
            {
                if (segment is not null)
                {
                    candidates.Add((segmentStart, segment));
                    segment = null;
                }

                afterPreposition = false;
                expectNamePart = false;
                if (Verb is null && firstTitle >= 0 && candidates.Count > 0 && SourceClosedByComma.At(Words, i))
                {
                    // «وبحسب رئيس بلدية بشري مارون فخري، تعمل البلدية …»: the present verb after the comma opens what the
                    // source says, as «فإن» would.
                    terminator = i + 1;
                    subjectEnd = i + 1;
                    break;
                }

                if (!w.EndsWithComma)
                {
                    colonEnd = w.EndsWithColon ? i + 1 : -1;
                    if (QuoteFirst && Verb is not null && w.EndsSentence)
                    {
                        // «"…"، تقول الوزيرة.»: after the quote the sentence's end closes a title as a comma does.
                        closedAt = i + 1;
                    }

                    break;
                }

                if (QuoteFirst && Verb is not null && firstTitle == From && candidates.Count == 0 && next is not null
                    && (SpeakerLexicon.EndsClause(next) || IsParticiple(next)))
                {
                    // «"…"، تضيف المسؤولة الأممية، مطالبة بـ…»: after the quote a title with no name is closed by its comma
                    // when a participle follows, saying how it was said; a name after the comma is the title's holder.
                    closedAt = i + 1;
                    break;
                }

                inAside = candidates.Count > 0 && next is not null && SpeakerLexicon.IsPreposition(Words[i + 1].Surface);
            }
        }

        if (segment is not null)
        {
            candidates.Add((segmentStart, segment));
        }

        var byFaInna = terminator >= 0 && Words[terminator].Folded.StartsWith('ف');
        if (firstTitle < 0 && _institution.Institution(terminator >= 0 ? terminator : ObjectPreposition()) is { Kind: AttributionKind.Named } speakingBody)
        {
            // «وأعلنت شركة كهرباء لبنان أن»: a subject that opens with a body and names no one by title is the body.
            return speakingBody;
        }

        // A city alone ends a role's construct chain («رئيس غرفة صناعة حلب بإعفاء …»): it is where the office is, not a name.
        // A name set off by a comma after the title is closed by a comma, «أن» or the colon before a quote («رئيس
        // الجمعية، يوسف الدوسري: "…"»).
        candidates = candidates.Select(c => _at.AfterBodyNamedForPerson(c.Start, c.Name)).Where(c => c.Name.Count > 0).ToList();
        var valid = candidates.Where(c => (!SubjectWords.HasArticle(c.Name[0]) || SpeakerLexicon.IsArticleGivenName(c.Name[0].Folded)) && !_at.IsRoleComplement(c.Start, c.Name)
            && !_at.CoordinatedInBodyName(c.Start, c.Name)
            && !(c.Name.Count == 1 && firstTitle >= 0 && Gazetteer.Places.Contains(c.Name[0].Folded))
            && !(afterComma.Contains(c.Start) && !c.Name[^1].EndsWithComma && !c.Name[^1].EndsWithColon && c.Start + c.Name.Count != terminator)).ToList();
        // Where a subject with no «أن» is closed all the same: at a relative pronoun after the title («رئيس الحكومة الذي
        // كان يتحدث … أن»), or, without a verb, at the comma after it («وبحسب رئيس الحكومة، سيكون …»).
        var closedEnd = terminator >= 0 ? (subjectEnd >= 0 ? subjectEnd : terminator)
            : closedAt >= 0 ? (occasionAt >= 0 ? occasionAt : closedAt)
            : colonEnd >= 0 ? colonEnd
            : Verb is null ? Enumerable.Range(From, Math.Max(0, Math.Min(Words.Count, From + MaxTitleWords + 2) - From)).FirstOrDefault(k => Words[k].EndsWithComma, -2) + 1
            : -1;
        if (valid.Count > 0 && _choice.Chosen(valid, weak, firstTitle, terminator, out var unclosed) is var (start, name))
        {
            (start, name) = NameBounds.AtGivenName(start, name, segmentAfterOpenChain && ReferenceEquals(name, candidates[^1].Name) || _at.StartsCoordinated(start, name));
            (start, name) = NameBounds.Bounded(start, name);
            if (ObjectAfterBareTitle(firstTitle, terminator, colonEnd, start, name))
            {
                // «وأعلنت الوزيرة رصد غلاف مالي … دينار لتدعيم البيوت»، «وأعلن الوزير برنامجًا لتوزيع … شتلة معتمدة خالية»:
                // the title alone points back to the speaker already met; what follows it is what was announced.
                return BareTitle(byFaInna);
            }

            var nameWords = name.Select(n => n.Surface).ToList();
            var role = _at.RoleWords(firstTitle, subjectEnd >= 0 ? subjectEnd : i, start, start + name.Count) ?? _at.DescriptionAfter(start + name.Count) ?? ApposedDescription.After(Words, start + name.Count);
            // A verb before its subject agrees with it; without a verb («بحسب الباحثة …») the title shows the gender, the
            // first one or the one right before the name («بحسب عضو البرلمان الدكتورة …»).
            var titleBeforeName = firstTitle >= 0 && start > firstTitle ? SpeakerLexicon.TitleGender(Words[start - 1].Folded) : null;
            var feminine = Verb is not null ? ReportingVerbs.IsFeminine(Verb) : firstTitle >= 0 && (SpeakerLexicon.TitleGender(Words[firstTitle].Folded) == true || titleBeforeName == true);
            var genderShown = Verb is not null || firstTitle >= 0 && SpeakerLexicon.TitleGender(Words[firstTitle].Folded) is not null;

            var alias = closedAt >= 0 && closedAt < Words.Count && SpeakerLexicon.IsAliasWord(Words[closedAt].Folded) ? _at.AliasAfter(closedAt) : null;
            return new Attribution(AttributionKind.Named, string.Join(' ', nameWords)) { Role = role, Feminine = feminine, GenderShown = genderShown, ByFaInna = byFaInna, Unclosed = unclosed, Alias = alias };
        }

        // An office holder without a name: the title is who speaks («المتحدث باسم وزارة الصحة»), also when a short
        // aside between commas stands before «إن» («المتحدث باسم الوزارة، في مؤتمر صحفي، إن»).
        if (valid.Count > 0)
        {
            // The only name-like words are an object or a place after a subject that is no person («وأعلنت المؤسسة
            // الوطنية للنفط حالة القوة القاهرة في موانئ السدرة ورأس لانوف»).
            return Attribution.None;
        }

        // «وطمأنت الوزيرة موظفي الإقليم بأن»: a title with the article heads no construct, so a common noun without the
        // article right after it opens the verb's object; the title alone is who speaks.
        if (firstTitle == From && From + 1 < Words.Count && SubjectWords.HasArticle(Words[From]) && !Words[From].EndsClause
            && !SubjectWords.HasArticle(Words[From + 1]) && CommonNouns.Contains(Words[From + 1].Folded) && !SpeakerLexicon.IsPreposition(Words[From + 1].Surface))
        {
            return BareTitle(byFaInna);
        }

        // «وأوضح المتحدث نفسه أن»، «وبحسب المسؤولة ذاتها، فإن», «وأوضح المسؤول الليبي أن»: a title that points back.
        if (firstTitle == From && _reference.Reference(closedEnd) is { } reference)
        {
            return reference with { ByFaInna = byFaInna };
        }

        // «وأشار المتحدث باسم الوزارة إلى أن»، «وشدد الوزير على أن»: the preposition before «أن» is no part of the title.
        var titleEnd = terminator >= 0 ? _office.OfficeTitleEnd(subjectEnd >= 0 ? subjectEnd : terminator) : closedEnd;
        if (firstTitle == From && titleEnd > From && SpeakerLexicon.IsOfficeTitle(Words[From].Folded) && titleEnd - From >= 2)
        {
            var full = string.Join(' ', Words.Skip(From).Take(titleEnd - From).Select(x => x.Surface));
            var title = string.Join(' ', Words.Skip(From).Take(_office.OfficeNameLength(titleEnd)).Select(x => x.Surface));
            var feminine = Verb is not null ? ReportingVerbs.IsFeminine(Verb) : SpeakerLexicon.TitleGender(Words[From].Folded) == true;
            return new Attribution(AttributionKind.Named, title) { Role = full, Feminine = feminine, ByFaInna = byFaInna, Office = true };
        }

        if (firstTitle == From && closedEnd == From + 1)
        {
            return new Attribution(AttributionKind.TitleOnly, Words[From].Surface) { Feminine = SpeakerLexicon.TitleGender(Words[From].Folded) == true };
        }

        if (_institution.Institution(terminator) is { } body)
        {
            return body;
        }

        if (articleOnly.Count > 0 && terminator == From + articleOnly.Count)
        {
            return new Attribution(AttributionKind.Surname, string.Join(' ', articleOnly.Select(x => x.Surface)));
        }

        return Attribution.None;
    }

    /// <summary>
    /// Whether an indefinite title at <paramref name="at"/> («بائعة»، «زائرة») opens a portrait with no name: a verb describes
    /// the person right after it («بائعة تجلس …») or after a place of origin («زائرة من نواكشوط كانت …»). A title in
    /// construct or with its name («بائعة الخبز فاطمة …») has neither.
    /// </summary>
    private bool UnnamedPortrait(int at)
    {
        const int MaxOriginWords = 3;
        var title = Words[at];
        if (!SpeakerLexicon.IsTitle(title.Folded) || SpeakerLexicon.IsOfficeTitle(title.Folded) || SpeakerLexicon.HasArticle(title.Folded)
            || title.EndsClause || at + 2 >= Words.Count)
        {
            return false;
        }

        // «بائعة تجلس منذ الفجر»، «عامل يقف في الطابور»: the verb and where or since when, not a noun in construct («قائد تجمع الدرك»).
        if (IsDescribingVerb(Words[at + 1]) && !Words[at + 1].EndsClause && SpeakerLexicon.IsPreposition(Words[at + 2].Surface))
        {
            return true;
        }

        if (Words[at + 1].Folded != "من")
        {
            return false;
        }

        for (var k = at + 2; k < Words.Count && k <= at + 1 + MaxOriginWords; k++)
        {
            if (Words[k - 1].EndsClause)
            {
                return false;
            }

            if (Words[k].Folded is "كان" or "كانت")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «تجلس»، «يعمل»، «كانت»: a verb in the present or «كان», describing the person just drawn; no given name or title, no
    /// tanween, and no «ـي / ـية» of an adjective of origin («زائرة تونسية»).
    /// </summary>
    private static bool IsDescribingVerb(Word w) =>
        w.Folded is "كان" or "كانت"
        || w.Folded.Length >= 4 && w.Folded[0] is 'ي' or 'ت' && !w.HasTanween && !SpeakerLexicon.IsGivenName(w.Folded) && !SpeakerLexicon.IsTitle(w.Folded)
            && !w.Folded.EndsWith('ي') && !w.Folded.EndsWith("يه", StringComparison.Ordinal);

    /// <summary>«محدثنا»، «محدثتي»، «مُحدّثنا»: the person the reporter spoke to, with the pronoun of the newsroom or the writer.</summary>
    private static bool IsInterlocutor(string folded) => folded is "محدثنا" or "محدثتنا" or "محدثي" or "محدثتي" or "ومحدثنا" or "ومحدثتنا";

    /// <summary>The title with the article alone («الوزيرة») is who speaks: it points back to a speaker already met.</summary>
    private Attribution BareTitle(bool byFaInna) =>
        new(AttributionKind.TitleOnly, Words[From].Surface) { Feminine = SpeakerLexicon.TitleGender(Words[From].Folded) == true, ByFaInna = byFaInna };

    /// <summary>
    /// Whether a run after a bare title with the article («وأعلنت الوزيرة تشكيل فرق لقياس …») is the verb's object rather
    /// than the title's holder. A title with the article heads no construct, so only a name in apposition follows it;
    /// with nothing after the run to close the subject («أن», a colon, a comma), a run that the lexicon does not open as
    /// a name is what the verb governs when it begins further on, past words that are no part of a role («رصد غلاف مالي
    /// … دينار لتدعيم البيوت»، «برنامجًا لتوزيع … شتلة معتمدة خالية»), or when its first word is a verbal noun or
    /// carries tanween («تشكيل فرق»، «برنامجًا»), which no name in apposition does. A listed given name or a name
    /// particle at its head keeps it a name («وأعلن الوزير سامي الكشو …»); so does a plain word right after an
    /// occupation («وينتقد الاقتصادي إدريس الكتاني إعطاء …»).
    /// </summary>
    private bool ObjectAfterBareTitle(int firstTitle, int terminator, int colonEnd, int start, List<Word> name)
    {
        if (Verb is null || QuoteFirst || firstTitle != From || terminator >= 0 || colonEnd >= 0 || From + 1 >= Words.Count
            || !SubjectWords.HasArticle(Words[From]) || Words[From].EndsClause || name[^1].EndsWithComma
            || SpeakerLexicon.IsGivenName(name[0].Folded) || SpeakerLexicon.IsParticle(name[0].Folded))
        {
            return false;
        }

        var head = Words[From + 1];
        var bare = !SpeakerLexicon.HasArticle(head.Folded) && !SpeakerLexicon.IsTitle(head.Folded) && !SpeakerLexicon.IsInstitution(head.Folded)
            && !SpeakerLexicon.IsPreposition(head.Surface);
        return bare && (start > From + 1 || name[0].HasTanween || IsVerbalNoun(name[0]));
    }

    /// <summary>
    /// Two plain words without the article at <paramref name="k"/>, the first no coordinated word («وشمال»): a name of
    /// the foreign kind, given name and surname («ماركو بيليني»), not a verbal noun and its object («بإعفاء المصانع»).
    /// </summary>
    private bool ForeignNameAt(int k) =>
        k + 1 < Words.Count && !Words[k].EndsClause
        && Enumerable.Range(k, 2).All(j => SubjectWords.IsPlainName(Words[j]) && !SpeakerLexicon.HasArticle(Words[j].Folded) && !SpeakerLexicon.IsPreposition(Words[j].Surface)
            && !SpeakerLexicon.IsTitle(Words[j].Folded) && !SpeakerLexicon.IsInstitution(Words[j].Folded))
        && (Words[k].Folded[0] != 'و' || SpeakerLexicon.IsGivenName(Words[k].Folded));

    /// <summary>The comma that closes a relative clause opened at <paramref name="at"/>, within its sentence and before «أن»; -1 if none.</summary>
    private int CommaClosingClause(int at)
    {
        const int MaxClauseWords = 14;
        for (var k = at + 1; k < Words.Count && k <= at + MaxClauseWords; k++)
        {
            if (Words[k].IsComplementiser || Words[k].OpensQuote)
            {
                return -1;
            }

            if (Words[k].EndsClause)
            {
                return Words[k].EndsWithComma ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// «مؤسِّسة مزرعة «ورقة»، مريم الكواري، إن»: «مؤسسة» opening the subject is a woman founder, not the body, when a
    /// name set off by commas follows its complement (the marks that would tell them apart are rarely written); else it
    /// is the body («وقالت مؤسسة قطر في بيان إن»).
    /// </summary>
    private bool IsFounder()
    {
        var head = Words[From];
        if (head.Folded is not ("موسسه" or "وموسسه"))
        {
            return false;
        }

        for (var k = From + 1; k < Words.Count - 2 && k < From + 8; k++)
        {
            // A quoted name closes no clause here («مزرعة «ورقة»»).
            if (Words[k].EndsWithComma || Words[k].EndsSentence)
            {
                return Words[k].EndsWithComma && SubjectWords.IsPlainName(Words[k + 1]) && !SpeakerLexicon.HasArticle(Words[k + 1].Folded)
                    && Enumerable.Range(k + 2, Math.Min(MaxNameWords, Words.Count - k - 2)).Any(j => Words[j].EndsWithComma);
            }
        }

        return false;
    }

    /// <summary>«لـ"الموجز"»، «لصحيفة …»، «للصحفيين»: after a surname, whom it was said to («وحسب ما صرّحت به الذوادي لـ"الموجز"، فإن»).</summary>
    private bool ToWhomSaid(int k) =>
        Words[k].Folded is { Length: > 0 } f && f[0] == 'ل'
        && (f == "ل" || Words[k].Surface.IndexOfAny(['"', '«', '“']) == 1 || SpeakerLexicon.IsToMedia(f) || f.StartsWith("لل", StringComparison.Ordinal));

    /// <summary>
    /// Where the preposition the verb takes its object with stands in the verb's sentence («وحذرت منظمة الصحة العالمية في
    /// بيان من تفشي …»، «ودعت وزارة الخارجية إلى …»، «وأعلنت المؤسسة … عن استئناف …»): a body's statement with no «أن»;
    /// -1 when there is none.
    /// </summary>
    private int ObjectPreposition()
    {
        if (Verb is null)
        {
            return -1;
        }

        for (var k = From + 1; k < Words.Count && k < From + Window; k++)
        {
            var w = Words[k];
            if (w.OpensQuote || w.IsComplementiser)
            {
                return -1;
            }

            // «وأعلنت المؤسسة الوطنية للنفط عن استئناف …»: what was announced, with no «أن» after it.
            if (w.Surface == "من" && ReportingVerbs.TakesMin(Verb) || w.Folded == "الي" && ReportingVerbs.TakesIla(Verb) || w.Surface == "عن" && ReportingVerbs.TakesAn(Verb))
            {
                return k;
            }

            if (w.EndsClause)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>«الفنانة الشابة» before «من»: the subject so far is words with the article only, the first of them no body.</summary>
    private bool DescriptionAlone(int end) =>
        end - From is >= 1 and <= 3 && !SpeakerLexicon.IsInstitution(Words[From].Folded)
        && Enumerable.Range(From, end - From).All(k => Words[k].Folded.StartsWith("ال", StringComparison.Ordinal) && !Words[k].EndsClause);

    /// <summary>
    /// «المشرف (العام) على مركز …»: a title that takes its body with «على», which is then no preposition of the verb's
    /// («أكد … على أن»).
    /// </summary>
    private bool IsOverseer(int k) =>
        k >= From && (Words[k].Folded is "المشرف" or "المشرفه" or "مشرف" or "مشرفه"
            || Words[k].Folded == "العام" && k - 1 >= From && Words[k - 1].Folded is "المشرف" or "المشرفه" or "مشرف" or "مشرفه");

    /// <summary>
    /// «"…"، يقول الحياري وهو يشير إلى البيوت»، «تقول الأهدل وهي تشير …»: after a quote, «وهو / وهي» agreeing with the verb
    /// opens how the speaker said it (a clause of circumstance), so it closes the subject as the sentence's end would; it is
    /// no part of a name. Only after the quote: before «أن» the same words open an aside on who the speaker is.
    /// </summary>
    private bool WhileDoing(int i) =>
        QuoteFirst && Verb is not null && i > From && i + 1 < Words.Count && !Words[i - 1].EndsClause
        && Words[i].Folded is "وهو" or "وهي" && (Words[i].Folded == "وهي") == ReportingVerbs.IsFeminine(Verb);

    /// <summary>
    /// «مطالبة»، «مضيفًا»، «موضحة»: the participle of how something was said (folded: «م», no long «ا» after it, and the
    /// ending of its gender or case), which a name is not («ماريان»، «مريم»).
    /// </summary>
    private static bool IsParticiple(string folded) =>
        folded.Length > 4 && folded[0] == 'م' && folded[1] != 'ا' && folded[^1] is 'ه' or 'ا' && !SpeakerLexicon.IsGivenName(folded);

    /// <summary>
    /// «ضاحكة»، «مبتسمة»: a feminine participle (فاعلة, or مُفعِلة and its kin) closing the subject, the state she spoke in.
    /// Given names of those shapes («هالة»، «نادية»، «منيرة») are listed and stay names.
    /// </summary>
    private static bool IsHowSheSaidIt(Word w, string? next)
    {
        var f = w.Folded;
        var closes = w.EndsClause || next is null || SpeakerLexicon.IsComplementiser(next);
        return closes && !SpeakerLexicon.HasArticle(f) && !SpeakerLexicon.IsGivenName(f) && f.EndsWith('ه')
            && (f.Length == 5 && f[1] == 'ا' || IsParticiple(f));
    }

    /// <summary>
    /// «إغلاق»، «إطلاق» (إفعال) and «تخصيص»، «توزيع» (تفعيل): the verbal nouns a statement announces, as written with
    /// their hamza; listed given names of those shapes («توفيق») stay names.
    /// </summary>
    private static bool IsVerbalNoun(Word w)
    {
        var s = w.Surface.TrimEnd('.', '،', ',', '؛', ':');
        return s.Length == 5 && !SpeakerLexicon.IsGivenName(w.Folded) && (s[0] == 'إ' && s[3] == 'ا' || s[0] == 'ت' && s[3] == 'ي');
    }

    /// <summary>The nouns a figure is measured by («عدد»، «حجم»، «قيمة»), folded: in construct they are a thing, never a speaker.</summary>
    private static bool IsMeasure(string folded) =>
        folded is "عدد" or "حجم" or "قيمه" or "نسبه" or "كميه" or "مساحه" or "اجمالي" or "متوسط" or "معدل" or "طول" or "وزن";

    /// <summary>A count, a number or an indefinite noun with tanween: the start of an object, never a surname.</summary>
    private static bool OpensCountedObject(Word w) =>
        SpeakerLexicon.IsCount(w.Folded) || SpeakerLexicon.IsNumberWord(w.Folded) || w.Folded is "احدي" or "احد" || w.HasTanween;

    private static bool TakesPrepositionalObject(string verb) =>
        ReportingVerbs.TakesIla(verb) || ReportingVerbs.TakesBa(verb) || ReportingVerbs.TakesAla(verb) || ReportingVerbs.TakesMin(verb);

    /// <summary>
    /// «واعتبرت صاحبة مصنع الحلويات التقليدية سنية الكراي أن …»: two plain words running straight into «أن» close the
    /// subject; what a verb of judgement judges stands between the name and «بأنها» or its complement, never right before
    /// the «أن» that opens what was said, so those two words are the speaker's name, not the thing judged.
    /// </summary>
    private bool IsNameBeforeThatClause(int i) =>
        i + 2 < Words.Count && !Words[i].EndsClause && !Words[i + 1].EndsClause && Words[i + 2].IsComplementiser && !Words[i + 2].Folded.StartsWith('ب');

    /// <summary>«وضعه»، «موقفها»، «رأيهم»: a possessive pronoun written on a noun (as written: a folded «ة» looks like «ه»).</summary>
    private static bool HasPronounSuffix(string surface)
    {
        var word = surface.TrimEnd('.', '،', ',', '؛', '!', '؟', '"', '»');
        return word.Length >= 4 && (word.EndsWith('ه') || word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal));
    }

    /// <summary>A bare verb going on with a speaker already met, in the gender it agrees with («وأضافت أن» goes on with a woman).</summary>
    private Attribution Continued() =>
        new(AttributionKind.Continuation, null) { Feminine = Verb is not null && ReportingVerbs.IsFeminine(Verb), GenderShown = Verb is not null };
}
