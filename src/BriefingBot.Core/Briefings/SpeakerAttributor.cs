using BriefingBot.Core.Briefings.Speakers;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings;

/// <summary>
/// Finds who each paragraph quotes, the way a reader of Arabic news does:
/// <list type="bullet">
/// <item>a reporting verb and its subject: titles and roles, then the name («قال وزير المالية أحمد عبد الرحمن
/// الشافعي إن»), or the name with its role in apposition («تقول سلمى الخطيب، أستاذة الاقتصاد، إن»);
/// the verb may follow the quote («"…"، كما يقول المحلل …»);</item>
/// <item>«بحسب / وفقًا لـ / حسب …، فإن» without a verb;</item>
/// <item>an office holder without a name («قال المتحدث باسم وزارة الصحة إن») is the speaker under that title;</item>
/// <item>a paragraph that opens with a bare verb («ويضيف أن»), with the surname alone («ويضيف الحسيني أن») or with the
/// title alone («وأكد الوزير أن») continues the speaker it refers to within the same section.</item>
/// </list>
/// Collective sources («مراقبون»، «مصادر») and narration end the run unnamed.
/// </summary>
public sealed class SpeakerAttributor
{
    /// <summary>The longest name taken: «محمد بن عبد الرحمن آل ثاني» has six words.</summary>
    public const int MaxNameWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>
    /// The constructions that name a source, most particular first: the first that recognises its construction at a word
    /// decides it, so a construction that names no one there («بحسب أرقام الوزارة») keeps the reporting verb rule, which
    /// reads any word left, from misreading its words.
    /// </summary>
    private static readonly IAttributionRule[] Rules =
    [
        new FurtherSpeakerInsideClause(),
        new InterviewTurn(),
        new TitleAndSurnameAfterTheQuote(),
        new NicknameGiven(),
        new NameAndColon(),
        new AsTheyPutIt(),
        new SourceOpener(),
        new TopicWithAmma(),
        new OpinionOfTheirOwn(),
        new SubjectAfterBut(),
        new AgreeingWithTheOpinion(),
        new OfficeAfterButThat(),
        new ContentWithSaying(),
        new GoingOnSaying(),
        new EarlierStatementWithQad(),
        new ComingBackToSay(),
        new StanceNotHidden(),
        new StakeHeldByAPerson(),
        new NamedAtTheHead(),
        new RelayedStatement(),
        new StatementReadOut(),
        new ThisIsWhatTheySay(),
        new VerbWithThePronounOfTheQuote(),
        new Reply(),
        new WithTheseWords(),
        new ReportingVerbBeforeSubject(),
    ];

    /// <summary>How far back in its section a name introduced in narration is looked for, before a transcript's «name:» turn.</summary>
    private const int MaxParagraphsBackForAName = 8;

    public IReadOnlyList<string?> Attribute(IReadOnlyList<(string? Section, string Text)> paragraphs) => Analyse(paragraphs).Speakers;

    /// <summary>The speaker of each paragraph, and each speaker's role and grammatical gender as the briefing gives them.</summary>
    /// <param name="paragraphs">The paragraphs in order, each with its section.</param>
    /// <param name="continuesParagraph">Whether each is the next piece of a long paragraph cut in two: it goes on with the
    /// speaker of the piece before unless it names another.</param>
    public SpeakerAttribution Analyse(IReadOnlyList<(string? Section, string Text)> paragraphs, IReadOnlyList<bool>? continuesParagraph = null)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var commonNouns = CommonNouns.Of(paragraphs);
        var quoted = new List<int>[paragraphs.Count];
        var known = new KnownSpeakers();
        var folded = new string?[paragraphs.Count];
        int? current = null;
        // The person the section's narration introduced as interviewed: the first answer with no speaker before it is theirs.
        Attribution? interviewee = null;
        var met = new List<int>();
        // Each relative brought in by a kin word («ابنه يوسف»), by whom the kin word's pronoun stood for.
        var relativesOf = new Dictionary<int, int>();
        var relativesBroughtIn = new HashSet<int>();
        // Whose child each speaker was brought in as («ابنه حيدر …»), and who was heard last, under any heading.
        var parents = new ParentOfTheOneHeard();
        int? lastHeard = null;
        string? currentSection = null;
        var sectionStart = 0;
        Paragraph? previous = null;
        // The paragraph before, when it was narration that quoted no one: a bare verb after it may be of the person it named.
        Paragraph? narration = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (section, text) = paragraphs[i];
            if (!Equals(section, currentSection))
            {
                current = null;
                interviewee = null;
                met.Clear();
                currentSection = section;
                sectionStart = i;
                previous = null;
                narration = null;
            }

            var from = Math.Max(sectionStart, i - MaxParagraphsBackForAName);
            var to = i;
            bool MentionedEarlier(string name)
            {
                for (var k = from; k < to; k++)
                {
                    folded[k] ??= " " + string.Join(' ', ArabicText.FoldedWords(paragraphs[k].Text)) + " ";
                    if (folded[k]!.Contains(" " + name + " ", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }

            var paragraph = new Paragraph(Word.Split(text), commonNouns, MentionedEarlier);
            var knownBefore = known.All.Count;
            var all = FindAttributions(paragraph, text).Select(a => NarratedName.Widened(a, paragraph)).ToList();
            if (all[0] is { Kind: AttributionKind.Named or AttributionKind.Surname, Office: false, Name: { } called } byAlias && !known.CouldBe(SpeakerNames.Words(called)).Any()
                && !known.WithAlias.Any(k => known[k].Aliases.Any(a => SpeakerNames.NamedBy(SpeakerNames.Words(called), a)))
                && AliasGivenBefore(byAlias, paragraph, paragraphs, sectionStart, i, commonNouns) is { } aliased)
            {
                // «ويقود المرشد … عبد الرحيم الدريوش، المعروف … بأبي ريشة، …» then «ويضيف أبو ريشة أن»: the alias narration gave.
                all[0] = aliased;
            }

            if (KinStated.Holder(paragraph, paragraphs, i) is { } kinStated)
            {
                // «سالم بازرعة، الابن الأكبر للحاج أحمد، …» then «ويضيف الابن الأكبر أن»، «ماهر يوسف عودة، خال أحمد،» then
                // «ويضيف خال أحمد أن»: the one the text set that kin beside, not «أحمد».
                all[0] = kinStated;
            }

            int? kinOwner = null;
            string? OwnerOfTheKin(bool ofAWoman)
            {
                kinOwner = current is { } whose && known[whose].Feminine == ofAWoman ? whose : null;
                return kinOwner is { } owner ? known[owner].Name : null;
            }

            // «ويساعده في العمل ابنه يوسف، الطالب …. ويرى الشاب أن»: the relative just brought in speaks, not the one heard;
            // unless a speaker met bears the relative's given name too, as whom the name would be read.
            var relativeSpeaks = false;
            if (KinBroughtIn.PointedBack(all[0], paragraph, paragraphs, i, OwnerOfTheKin) is { Name: { } relativeName } relative
                && known.CouldBe(SpeakerNames.Words(relativeName)).All(relativesBroughtIn.Contains))
            {
                relativeSpeaks = true;
                all[0] = relative;
            }
            else if (all[0] is { Kind: AttributionKind.Named or AttributionKind.Surname, Office: false, Name: { } mention } shorter && previous is not null
                && !known.CouldBe(SpeakerNames.Words(mention)).Any() && NarratedName.WidenedFrom(shorter, previous) is { } wider)
            {
                // «يبيع المزارع حسين عبد الكريم الطماطم …» then «يقول عبد الكريم إن»: someone the paragraph before introduced
                // in narration, quoted by a shorter name no speaker met has.
                all[0] = wider;
            }
            else if (all[0] is { Kind: AttributionKind.TitleOnly } && DescribedAfterTheQuote.Introduced(paragraph) is { } portrayed)
            {
                // «لكن بطرس شديد، …، يشكك في المشروع. "…"، يقول الرجل الثمانيني»: a description after the quote is the one
                // person the paragraph's own narration names, not whoever was heard before under a like description.
                all[0] = portrayed;
            }
            else if ((all[0].Kind is AttributionKind.Continuation or AttributionKind.None
                    || all[0] is { Kind: AttributionKind.Surname or AttributionKind.TitleOnly } or { Kind: AttributionKind.Named, Unclosed: true } && SpeakerReferences.Resolve(all[0], known, current) is null
                    || IsGeneralDescription(all[0]))
                && NarratedName.Introduced(paragraph) is { } introduced)
            {
                // «وتولّت وكيلة الوزارة …، الدكتورة …، شرح …، فأوضحت أن»: the bare verb is the narrated person's.
                all[0] = NameClosedBySurname.Completed(introduced, all[0], paragraph);
            }

            else if (all[0] is { Kind: AttributionKind.Continuation, GenderShown: true } bare && previous is not null && quoted[i - 1].Count == 0
                && (current is not { } heard || known[heard].Feminine != bare.Feminine)
                && NarratedName.SetApartByAmma(previous) is { } setApart && setApart.Feminine == bare.Feminine)
            {
                // «أما نبيلة الحربي، فتدير متجرًا …» then «وتقول إن …» after a man was quoted: the woman set apart speaks.
                all[0] = setApart;
            }

            else if ((IsGeneralDescription(all[0]) || IsElderOfTheFamily(all[0])) && narration is not null
                && NameInNarration.Before(narration, narration.Words.Count, all[0].Feminine) is { Name: { } narratedName } narratedBefore && SpeakerNames.Words(narratedName).Count >= 2)
            {
                // «على طرف الساحة، يقف خالد الريامي، …، ممسكًا بهاتفه …» then «ويقول الشاب، الذي يدرس …: "…"»: a description so
                // general, opening the paragraph after narration that named one person and quoted no one, is that person.
                all[0] = narratedBefore;
            }

            previous = paragraph;
            var found = all[0];
            if (found.Kind == AttributionKind.None && continuesParagraph is not null && i < continuesParagraph.Count && continuesParagraph[i])
            {
                found = new Attribution(AttributionKind.Continuation, null);
            }

            if (parents.Of(found, paragraph, known, current) is { } parent)
            {
                // «ابنه حيدر …» heard, then «لكن والده لا يقتنع بالفكرة، إذ يرى أن»: the one whose son he was brought in as.
                found = new Attribution(AttributionKind.Named, known[parent].Name) { Feminine = known[parent].Feminine, GenderShown = true };
            }
            else if (current is { } relativeNow && relativesOf.TryGetValue(relativeNow, out var kinOf) && KinBroughtIn.PointsToWhoseRelative(found, known[relativeNow], known[kinOf]))
            {
                // «ويساعده في العمل ابنه يوسف، …. ويرى الشاب أن …» then «أما الأب فيرفض الفكرة، ويؤكد أن»: the father whose son spoke.
                found = new Attribution(AttributionKind.Named, known[kinOf].Name) { Feminine = known[kinOf].Feminine, GenderShown = true };
            }
            else if (found.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && SpeakerReferences.Resolve(found, known, current) is null
                && KinPointedBack.ConverseBroughtIn(found, paragraphs, i) is { } broughtIn && HeardBefore(quoted, broughtIn.Paragraph, sectionStart, known, broughtIn.Feminine) is { } elder)
            {
                // «يقاطعه حفيده تركي، …» then «ويهز الجد رأسه، ثم يقول إن»: the grandfather is who was heard before his grandson came in.
                found = new Attribution(AttributionKind.Named, known[elder].Name) { Feminine = known[elder].Feminine, GenderShown = true };
            }
            else if (found.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && DescribedEarlier.OfAge(found, paragraphs, i) is { } aged)
            {
                // «حمد الرميح، الذي تجاوز السبعين، …» then, past his grandson's lines, «ويصر الرجل السبعيني على أنه»: the age
                // says who, where «الرجل» alone would go on with the one just heard.
                found = aged;
            }
            else if (found.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && SpeakerReferences.Resolve(found, known, current) is null
                && (NarratedBody.Named(found, paragraphs, i) ?? DescribedEarlier.Named(found, paragraphs, i, JustHeard(current, i > sectionStart ? quoted[i - 1] : [], met, known))) is { } body)
            {
                // «وكانت وزارة الشباب قد أطلقت …» then «وقالت الوزارة في بيان إن»: the body narration named.
                found = body;
            }
            else if (found.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && SpeakerReferences.Resolve(found, known, current) is null
                && DescribedAfterTheQuote.OpensWithAQuotationDescribed(paragraph) && PointedBackTo(found, narration, i > sectionStart ? quoted[i - 1] : [], known) is { } pointedBack)
            {
                // «يقف مزهر عباس الشويلي منذ الفجر …، ويقول إن …» then «"…"، يقول بائع الجملة الخمسيني وهو …»: a paragraph that
                // opens with the words said and names no one describes the person of the paragraph before.
                found = pointedBack;
            }

            if (found is { Kind: AttributionKind.Continuation, GenderShown: true } && current is null)
            {
                // «وتخرجت هند العلمي قبل عامين من المعهد …» then «وتساءلت: "…"»، «ويقضي عبد السلام الخمليشي …» then «أبو خالد، كما
                // يناديه جيرانه، يرى أن»: a bare verb right after narration that named one person, with no one heard in between,
                // is that person's; feature writing shows someone at work, then lets them speak. A lone given name read there
                // may be a name cut short («محمد» of «محمد طاهر أوكير»): then the nickname, if any, stands alone, as before.
                // With no narration before («ويروي أبو هاشم، كما يناديه العمال، أن» opening a section), the nickname is the speaker.
                if (narration is not null && NameInNarration.Before(narration, narration.Words.Count, found.Feminine) is { Name: { } name } inNarration
                    && SpeakerNames.Words(name).Count >= 2)
                {
                    found = inNarration with { Alias = found.Alias };
                }
                else if (found.Alias is { } nickname)
                {
                    found = new Attribution(AttributionKind.Named, nickname) { Feminine = found.Feminine, GenderShown = true };
                }
            }

            // Read once: a paragraph no narrated speaker takes may still go on with the one just heard.
            MetSpeakerNarrated? narratedWords = null;
            if ((found.Kind == AttributionKind.None ? (narratedWords ??= MetSpeakerNarrated.Of(paragraph)).Speaker(known)
                    : found is { Kind: AttributionKind.Continuation, Alias: null } && current is { } goingOn ? (narratedWords ??= MetSpeakerNarrated.Of(paragraph)).InsteadOf(known, goingOn) : null) is { } narrated)
            {
                // «ولا يبدو أبو هاشم متفائلًا …، "لكن اثنين منهم سافرا"»، «أما با لحسن، …، على حد قوله»: a speaker met,
                // narrated with their words.
                current = narrated;
                found = new Attribution(AttributionKind.Continuation, null);
            }
            else if (found.Kind == AttributionKind.None && current is { } heard && (narratedWords ??= MetSpeakerNarrated.Of(paragraph)).GoesOnUnnamed(known, heard))
            {
                // «ويضحك وهو يشير إلى الدواسة: "…"»، «وشكا من أن …»: words said, no one named, right after a speaker.
                found = new Attribution(AttributionKind.Continuation, null);
                if (relativesOf.TryGetValue(heard, out var whoseRelative) && KinBroughtIn.QuotesAnotherDescription(paragraph, known[heard], known[whoseRelative]))
                {
                    // «ابنه ميشال، الطالب …» heard, then «"…"، يقول الدليل الخمسيني»: the description is the father's, not his son's.
                    current = whoseRelative;
                }
            }

            NicknameGiven.Learn(found, known, current);

            // Narration or a collective source breaks the speaker's run; a bare verb goes on with it, and an interviewer's
            // question keeps it for the answer that follows.
            // «ويصطحب طوق … ابنه ميشال، …. ويرى الشاب أن …» then «"…"، يقول الدليل الخمسيني»: a title that is no word of the
            // relative's role goes back to the one whose relative they are, not on with the relative just heard.
            var resolvingWith = current is { } now && relativesOf.TryGetValue(now, out var whoseKin) && found is { Kind: AttributionKind.TitleOnly, Name: { } title }
                && !KinBroughtIn.Describes(title, known[now]) ? whoseKin : current;
            current = found.Kind is AttributionKind.Continuation or AttributionKind.Question ? current : SpeakerReferences.Resolve(found, known, resolvingWith);
            if (NicknameGiven.GivenToTheDescribed(paragraph.Words) is { } described && found.Kind != AttributionKind.Question)
            {
                // «"…"، يقول الرجل الذي تجاوز السبعين ويناديه أهل السوق أبا علاء» then «ويضيف أبو علاء أن»: the one the
                // description stands for is called so; described by no one met, the kunya is who speaks.
                if (current is null && NameInNarration.Before(paragraph, described.Verb, described.Feminine) is { Name: { } narratedName } narratedThere
                    && SpeakerNames.Words(narratedName).Count >= 2)
                {
                    // «يجلس الحاج جبار كاظم الصفار … "…"، يقول الرجل الذي … ويناديه أهل السوق أبا علاء»: the one narrated.
                    current = SpeakerReferences.Resolve(narratedThere, known, null);
                }

                current = KunyaOfTheDescribed(described.Kunya, described.Feminine, current, known);
                found = current is null ? found : new Attribution(AttributionKind.Named, known[current.Value].Name) { Feminine = described.Feminine, GenderShown = true };
            }

            if (relativeSpeaks && current is { } relativeHeard)
            {
                relativesBroughtIn.Add(relativeHeard);
                if (kinOwner is { } broughtInBy && relativeHeard != broughtInBy)
                {
                    relativesOf[relativeHeard] = broughtInBy;
                }
            }

            if (found.Kind == AttributionKind.None)
            {
                interviewee = InterviewIntroduction.Interviewee(paragraph) ?? interviewee;
            }
            else if (found.Kind == AttributionKind.Continuation
                && (InterviewIntroduction.AskedInParagraph(paragraph) ?? (current is null ? interviewee ?? InterviewIntroduction.Interviewee(paragraph) : null)) is { } answering)
            {
                // «سألنا الخبير … عن …، فأجاب: "…"»، «التقت "الموجز" …، وقالت لنا إنها …»: the one asked answers in the
                // same paragraph too, whoever the section quoted before.
                current = SpeakerReferences.Resolve(answering, known, current);
                interviewee = null;
            }

            current = Agreeing(found, current, met, known);
            if (found is { Kind: AttributionKind.Continuation, GenderShown: true, Feminine: true } && current is { } goesOnWith && !known[goesOnWith].Feminine)
            {
                // «وأضافت أن» going on with someone no title or verb showed a woman, and no woman met before: she is one.
                known[goesOnWith].Learn(found);
            }

            if (current is { } child && child >= knownBefore)
            {
                parents.Learn(paragraph, known, child, lastHeard);
            }

            Remember(met, current);
            lastHeard = current ?? lastHeard;

            var paragraphSpeakers = new List<int>();
            if (current is { } speaker && found.Kind != AttributionKind.Question)
            {
                paragraphSpeakers.Add(speaker);
            }

            // Others the paragraph quotes after the first («…، بينما رأى المحلل … أن …»): each is recorded, and the
            // last one named is who a bare verb in the next paragraph goes on with.
            foreach (var more in all.Skip(1))
            {
                if (SpeakerReferences.Resolve(more, known, current) is { } other)
                {
                    if (!paragraphSpeakers.Contains(other))
                    {
                        paragraphSpeakers.Add(other);
                    }

                    current = other;
                    Remember(met, current);
                }
            }

            quoted[i] = paragraphSpeakers;
            lastHeard = current ?? lastHeard;
            narration = found.Kind == AttributionKind.None && all.Count == 1 ? paragraph : null;
        }

        for (var i = 0; i + 1 < paragraphs.Count; i++)
        {
            if (quoted[i + 1].Count > 0 && Equals(paragraphs[i].Section, paragraphs[i + 1].Section) && IsWholeQuote(paragraphs[i].Text)
                && WithTheseWords.OpensParagraph(paragraphs[i + 1].Text))
            {
                // «"المدينة العتيقة ليست معرضًا مفتوحًا"» then «بهذه العبارة تختصر نادية الصنهاجي …»: the quotation is hers,
                // whoever was heard before it.
                quoted[i] = [quoted[i + 1][0]];
            }
        }

        // Names are final only now: a later, longer mention renames a speaker met earlier.
        var quotedNames = quoted.Select(q => (IReadOnlyList<string>)q.Select(k => known[k].Name).ToList()).ToList();
        var speakers = quotedNames.Select(q => q.Count > 0 ? q[0] : null).ToList();
        RoleFromAside.Learn(known.All, paragraphs);
        AgeAsDecade.Learn(known.All);
        SellerOfWhatTheySell.Learn(known.All, paragraphs);
        var profiles = known.All.Select(p => new SpeakerProfile(p.Name, p.Role, p.Feminine) { Aliases = p.Aliases.ToList(), References = p.References.ToList() }).ToList();
        return new SpeakerAttribution(speakers, profiles) { Quoted = quotedNames };
    }

    /// <summary>
    /// The person this paragraph, or one before it in the section (the nearest first, within <see cref="MaxParagraphsBackForAName"/>),
    /// names in narration and gives the alias <paramref name="found"/> is read by; null when none does.
    /// </summary>
    private static Attribution? AliasGivenBefore(
        Attribution found, Paragraph paragraph, IReadOnlyList<(string? Section, string Text)> paragraphs, int sectionStart, int at, HashSet<string> commonNouns)
    {
        if (NarratedName.NamedByAlias(found, paragraph) is { } here)
        {
            return here;
        }

        for (var p = at - 1; p >= Math.Max(sectionStart, at - MaxParagraphsBackForAName); p--)
        {
            if (NarratedName.NamedByAlias(found, new Paragraph(Word.Split(paragraphs[p].Text), commonNouns, _ => false)) is { } earlier)
            {
                return earlier;
            }
        }

        return null;
    }

    /// <summary>
    /// Every attribution in a paragraph, in order: the first as a paragraph's speaker is read (perhaps a bare verb that
    /// continues, a collective source, or none), then each further person named as saying something («…، بينما رأى
    /// المحلل … أن»، «وردّ عليه النائب … قائلًا»), or a surname or title that points back to one. Never empty.
    /// </summary>
    private static List<Attribution> FindAttributions(Paragraph paragraph, string text)
    {
        var found = new List<Attribution>();
        var inQuote = false;
        for (var v = 0; v < paragraph.Words.Count; v++)
        {
            var word = paragraph.Words[v];
            var quoted = inQuote || word.OpensQuote;
            inQuote = quoted && !word.ClosesQuote;

            // Once a speaker is found, a verb inside quotation marks is what they said, never a further speaker's verb
            // («قال هارينغتون إن بلاده "لا تستبعد أي خيار" ضد …، من دون أن يسمي» named no one called «خيار»).
            if (found.Count > 0 && quoted)
            {
                continue;
            }

            // «"… ولا يبقى بينك وبين الغرق إلا خبرة الريس"»: a look-alike of a reporting verb inside quotation marks is the
            // preposition it spells, so a paragraph that is one quotation goes on with the speaker before it.
            if (quoted && ReportingVerbs.IsLookAlike(word.Folded))
            {
                continue;
            }

            if (AttributionAt(paragraph, v, found.Count == 0) is { } attribution)
            {
                found.Add(attribution);
            }
        }

        if (found.Count == 0)
        {
            // A paragraph that is one quotation and nothing else goes on with the speaker of the one before it; so does an
            // interview's turn, the newsroom's question and then the answer quoted bare («كم يخسر العراق؟ «نحرق …»»).
            found.Add(paragraph.Unclosed ?? (IsWholeQuote(text) || IsAskedAndAnswered(text) ? new Attribution(AttributionKind.Continuation, null) : Attribution.None));
        }

        return found;
    }

    /// <summary>
    /// The attribution whose verb (or opener) is word <paramref name="v"/>, or null. The first one of a paragraph
    /// (<paramref name="first"/>) keeps the rules of a paragraph's speaker; a further one is a person named after the
    /// first, or a surname or title in a clause of its own that points back to one.
    /// </summary>
    private static Attribution? AttributionAt(Paragraph paragraph, int v, bool first)
    {
        foreach (var rule in Rules)
        {
            if (rule.TryRead(paragraph, v, first, out var found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Who a bare verb goes on with: the speaker met last, unless the verb's gender is not theirs and the section met
    /// someone of that gender before («قالت الوزيرة … إن …» / «وقال الطبيب … إن …» / «وأضافت أن …» is the minister).
    /// </summary>
    private static int? Agreeing(Attribution found, int? current, List<int> met, KnownSpeakers known)
    {
        if (found.Kind != AttributionKind.Continuation || !found.GenderShown || current is not { } last || known[last].Feminine == found.Feminine)
        {
            return current;
        }

        for (var k = met.Count - 1; k >= 0; k--)
        {
            if (known[met[k]].Feminine == found.Feminine)
            {
                return met[k];
            }
        }

        return current;
    }

    /// <summary>
    /// The last speaker of the given gender quoted in the section before paragraph <paramref name="before"/>, or null.
    /// </summary>
    private static int? HeardBefore(List<int>[] quoted, int before, int sectionStart, KnownSpeakers known, bool feminine)
    {
        for (var p = before - 1; p >= sectionStart; p--)
        {
            for (var k = quoted[p].Count - 1; k >= 0; k--)
            {
                if (known[quoted[p][k]].Feminine == feminine)
                {
                    return quoted[p][k];
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Who the kunya a description's relative clause gives («الذي يناديه أهل الحي أبا فراس») belongs to: the speaker the
    /// description was read as, when of its gender, the kunya no one else's and not their child's kunya («أبو حيدر» is not
    /// «حيدر»); with no speaker read, a speaker met by that kunya, or a new one known by it alone.
    /// </summary>
    private static int? KunyaOfTheDescribed(string kunya, bool feminine, int? speaker, KnownSpeakers known)
    {
        var kunyaWords = SpeakerNames.Words(kunya);
        var others = known.CouldBe(kunyaWords).Where(k => k != speaker).ToList();
        if (speaker is { } described)
        {
            var childsName = ArabicText.FoldedWords(kunya) is [_, var child] ? child : null;
            if (known[described].Feminine == feminine && others.Count == 0 && SpeakerNames.Words(known[described].Name) is { Count: > 0 } name && name[0] != childsName)
            {
                known.AddAlias(described, kunya);
            }

            return described;
        }

        return others.Count == 1 ? others[0] : others.Count == 0 ? SpeakerReferences.Resolve(new Attribution(AttributionKind.Named, kunya) { Feminine = feminine, GenderShown = true }, known, null) : null;
    }

    /// <summary>
    /// «ويقول الجد إن»، «وتقول الجدة»: the elder of a family feature writing follows, pointed at by the kin noun alone after
    /// narration that named one person: no other relative is so called before the grandchildren are brought in.
    /// </summary>
    private static bool IsElderOfTheFamily(Attribution found) =>
        found is { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } name } && ArabicText.FoldedWords(name) is ["الجد" or "الجده"];

    /// <summary>
    /// «الشاب»، «الرجل»: a description so general that it goes on with the one just heard only when the paragraph narrates
    /// no one else before it («يعمل ابنه جاسم في تقطيع الألواح. ويقول الشاب إنه» is the son, whoever spoke before).
    /// </summary>
    private static bool IsGeneralDescription(Attribution found) =>
        found is { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } name } && ArabicText.FoldedWords(name) is [var only]
        && SpeakerLexicon.IsGeneralReference(only);

    /// <summary>
    /// Null unless the paragraph before quoted the speaker being heard; then whether a description of a gender may go on
    /// with someone heard: the one just heard when the gender is theirs or was never shown («بحسب نوفاكوفا»), else
    /// another of that gender the section met («وقال الوزير …» then «وترى المستثمرة السعودية أن» is no one).
    /// </summary>
    private static Func<bool, bool>? JustHeard(int? current, List<int> quotedBefore, List<int> met, KnownSpeakers known) =>
        current is { } last && quotedBefore.Contains(last)
            ? feminine => !known[last].GenderShown || known[last].Feminine == feminine || met.Exists(k => known[k].Feminine == feminine)
            : null;

    /// <summary>
    /// Rule «a description after an opening quotation points back»: the one person the paragraph before quoted, or, when it
    /// quoted no one, the one its narration named (by a name the lexicon need not list: the description vouches for it),
    /// the gender agreeing; null otherwise.
    /// </summary>
    private static Attribution? PointedBackTo(Attribution found, Paragraph? narration, List<int> quotedBefore, KnownSpeakers known)
    {
        if (quotedBefore is [var only])
        {
            return known[only].Feminine == found.Feminine || !found.GenderShown
                ? new Attribution(AttributionKind.Named, known[only].Name) { Feminine = known[only].Feminine, GenderShown = true }
                : null;
        }

        return quotedBefore.Count == 0 && narration is not null
            && NameInNarration.VouchedBefore(narration, narration.Words.Count, found.Feminine) is { Name: { } name } narrated && SpeakerNames.Words(name).Count >= 2
                ? narrated
                : null;
    }

    /// <summary>The speakers a section has met, the latest last.</summary>
    private static void Remember(List<int> met, int? speaker)
    {
        if (speaker is { } id)
        {
            met.Remove(id);
            met.Add(id);
        }
    }

    /// <summary>
    /// A question of the newsroom's own, unquoted, then one quotation and nothing else: the interviewer asks, and the one
    /// interviewed answers without a verb, as an interview in turns is written.
    /// </summary>
    private static bool IsAskedAndAnswered(string text)
    {
        var asked = text.IndexOfAny(['؟', '?']);
        return asked > 0 && text.AsSpan(0, asked).IndexOfAny("\"«»“”") < 0 && IsWholeQuote(text[(asked + 1)..]);
    }

    private static bool IsWholeQuote(string text)
    {
        var t = text.Trim().TrimEnd('.', '،', ',', '!', '؟', '?', ' ');
        return t.Length > 2 && t[0] is '"' or '«' or '“' && t[^1] is '"' or '»' or '”' && t.AsSpan(1, t.Length - 2).IndexOfAny("\"«»“”") < 0;
    }
}
