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

    /// <summary>Words that, right before a reporting verb, make it no attribution («التي ترى»، «ما يقال»، «أن ترد»).</summary>
    private static readonly HashSet<string> NotAttributingBefore = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "ما", "مما", "ان", "كي", "لكي", "حتي", "لا", "لم", "لن",
    };

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
        int? current = null;
        string? currentSection = null;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (section, text) = paragraphs[i];
            if (!Equals(section, currentSection))
            {
                current = null;
                currentSection = section;
            }

            var all = FindAttributions(text, commonNouns);
            var found = all[0];
            if (found.Kind == AttributionKind.None && continuesParagraph is not null && i < continuesParagraph.Count && continuesParagraph[i])
            {
                found = new Attribution(AttributionKind.Continuation, null);
            }

            // Narration or a collective source breaks the speaker's run; a bare verb goes on with it.
            current = found.Kind == AttributionKind.Continuation ? current : SpeakerReferences.Resolve(found, known, current);

            var paragraphSpeakers = new List<int>();
            if (current is { } speaker)
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
                }
            }

            quoted[i] = paragraphSpeakers;
        }

        // Names are final only now: a later, longer mention renames a speaker met earlier.
        var quotedNames = quoted.Select(q => (IReadOnlyList<string>)q.Select(k => known[k].Name).ToList()).ToList();
        var speakers = quotedNames.Select(q => q.Count > 0 ? q[0] : null).ToList();
        var profiles = known.All.Select(p => new SpeakerProfile(p.Name, p.Role, p.Feminine)).ToList();
        return new SpeakerAttribution(speakers, profiles) { Quoted = quotedNames };
    }

    /// <summary>
    /// Every attribution in a paragraph, in order: the first as a paragraph's speaker is read (perhaps a bare verb that
    /// continues, a collective source, or none), then each further person named as saying something («…، بينما رأى
    /// المحلل … أن»، «وردّ عليه النائب … قائلًا»), or a surname or title that points back to one. Never empty.
    /// </summary>
    private static List<Attribution> FindAttributions(string text, HashSet<string> commonNouns)
    {
        var words = Word.Split(text);
        var found = new List<Attribution>();
        Attribution? unclosed = null;
        for (var v = 0; v < words.Count; v++)
        {
            if (AttributionAt(words, v, commonNouns, found.Count == 0, ref unclosed) is { } attribution)
            {
                found.Add(attribution);
            }
        }

        if (found.Count == 0)
        {
            // A paragraph that is one quotation and nothing else goes on with the speaker of the one before it.
            found.Add(unclosed ?? (IsWholeQuote(text) ? new Attribution(AttributionKind.Continuation, null) : Attribution.None));
        }

        return found;
    }

    /// <summary>
    /// The attribution whose verb (or opener) is word <paramref name="v"/>, or null. The first one of a paragraph
    /// (<paramref name="first"/>) keeps the rules of a paragraph's speaker; a further one is a person named after the
    /// first, or a surname or title in a clause of its own that points back to one.
    /// </summary>
    private static Attribution? AttributionAt(List<Word> words, int v, HashSet<string> commonNouns, bool first, ref Attribution? unclosed)
    {
        // A further speaker's verb opens a clause of its own («…، بينما رأى»، «. وردّ عليه»): inside a clause a verb's
        // form is too often another word («وبين» is «and between»).
        if (!first && !OpensClause(words, v))
        {
            // «…، غير أن الخبير الاقتصادي هاني توفيق رأى أن»: a titled subject of its own before a bare verb.
            return ReportingVerbs.IsReportingVerb(words[v].Folded) && v + 1 < words.Count && SpeakerLexicon.IsComplementiser(words[v + 1].Folded)
                ? SubjectBefore(words, v, commonNouns, words[v].Folded)
                : null;
        }

        var folded = words[v].Folded;
        if (OpenerSubject(words, v) is { } opener)
        {
            var opened = new SubjectReader(words, opener.From, commonNouns, Verb: null).Read();
            // «بحسب» is also said of figures and documents («بحسب أرقام الوزارة»): it names a speaker when the
            // subject ends in «فإن», or names a titled person («وفقًا لرئيسة الهيئة ماري خوري، …»); «على حد
            // تعبير» is only ever said of a speaker.
            if (opened.Kind == AttributionKind.Named && (opened.ByFaInna || opened.Role is not null || opener.AlwaysSpeaker)
                || opened.Kind == AttributionKind.Collective && (opened.ByFaInna || opener.AlwaysSpeaker)
                || opened.Kind == AttributionKind.TitleOnly && OnlyLeadInsBefore(words, v)
                || opened.Kind == AttributionKind.Surname && (opener.AlwaysSpeaker || OnlyLeadInsBefore(words, v)))
            {
                // «وبحسب المتحدث نفسه، فإن …» points back to the speaker already met.
                return opened;
            }

            return null;
        }

        if (folded is "اما" or "واما" && VerbAfterFa(words, v) is { } fa)
        {
            // «أما الخبير حمزة الحمادي فيرى أن»: the subject stands between «أما» and the verb with «ف».
            var topic = new SubjectReader(words, v + 1, commonNouns, words[fa].Folded) { EndsAtVerb = true }.Read();
            if (topic.Kind == AttributionKind.Named || topic.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && OnlyLeadInsBefore(words, v))
            {
                return topic;
            }

            return null;
        }

        if (OnlyLeadInsBefore(words, v) && SaysAfter(words, v))
        {
            // «ومضى قائلًا إن»، «وأنهى حديثه بالقول إن»: a verb of going on with «قائلًا / بالقول» continues the speaker.
            return new Attribution(AttributionKind.Continuation, null);
        }

        if (folded is "كان" or "وكان" or "فكان" or "كانت" or "وكانت" or "فكانت" && VerbAfterQad(words, v) is { } qad)
        {
            // «وكان وزير الطاقة جو صدي قد أعلن أن»: the subject stands between «كان» and «قد».
            var before = new SubjectReader(words, v + 1, commonNouns, words[qad].Folded).Read();
            if (before.Kind == AttributionKind.Named || before.Kind is AttributionKind.Surname or AttributionKind.TitleOnly && OnlyLeadInsBefore(words, v))
            {
                return before;
            }

            return null;
        }

        if (ReportingVerbs.IsRelaying(folded))
        {
            // «نقلت الوكالة الوطنية عن وزير الزراعة نزار هاني قوله إن»: the medium relays; who spoke follows «عن».
            var an = RelayedFrom(words, v);
            if (an >= 0)
            {
                var relayed = new SubjectReader(words, an + 1, commonNouns, Verb: null).Read();
                if (relayed.Kind is AttributionKind.Named or AttributionKind.Collective)
                {
                    return relayed;
                }
            }

            return null;
        }

        if (ReportingVerbs.IsReplying(folded) && v + 2 < words.Count && ReportingVerbs.ObjectOfReply(folded, words[v + 1].Folded))
        {
            // «وردّ عليه النائب وليد صعب قائلًا إن»، «واتفق معه الخبير …، إذ قال إن»: who replies follows the pronoun.
            var reply = new SubjectReader(words, v + 2, commonNouns, folded).Read();
            return reply.Kind is AttributionKind.Named or AttributionKind.Surname or AttributionKind.TitleOnly && !(first && reply.Unclosed) ? reply : null;
        }

        if (!ReportingVerbs.IsReportingVerb(folded) || v > 0 && NotAttributingBefore.Contains(words[v - 1].Folded))
        {
            return null;
        }

        var quoteFirst = v > 0 && (words[v - 1].ClosesQuote || words[v - 1].Folded == "كما");
        var attribution = new SubjectReader(words, AfterTimeWords(words, v + 1), commonNouns, folded, quoteFirst).Read();
        if (attribution.Kind == AttributionKind.None)
        {
            return null;
        }

        if (attribution.Unclosed && first)
        {
            // Perhaps an object or a place: a later attribution in the paragraph comes first.
            unclosed ??= attribution;
            return null;
        }

        if (attribution.Kind == AttributionKind.Continuation && v > 0 && !quoteFirst && !OnlyLeadInsBefore(words, v)
            && SubjectBefore(words, v, commonNouns, folded) is { } fronted)
        {
            // «غير أن الباحثة في منظمة العفو الدولية إليزابيث مورغان ترى أن»: the subject came before its verb.
            return fronted;
        }

        // A bare verb (or a bare surname or title) continues a speaker when it opens the paragraph, perhaps after
        // «كما» or «من جهته»، or when it follows a quote («"…"، يضيف الحسيني»). Further on, a surname or title
        // points back to a speaker when its verb opens a clause of its own («…، وأضاف مراد أن»).
        if (attribution.Kind is AttributionKind.Continuation or AttributionKind.Surname or AttributionKind.TitleOnly && v > 0 && !quoteFirst && !OnlyLeadInsBefore(words, v)
            && (first || attribution.Kind == AttributionKind.Continuation))
        {
            return null;
        }

        return attribution;
    }

    /// <summary>Whether the word at <paramref name="v"/> opens a clause: after a stop, a comma, a quote or «بينما / فيما / في حين».</summary>
    private static bool OpensClause(List<Word> words, int v) =>
        v == 0 || words[v - 1].EndsClause || SpeakerLexicon.IsContrast(words[v - 1].Folded);

    /// <summary>
    /// A titled subject standing before its verb («غير أن الباحثة … إليزابيث مورغان ترى أن»): read from the clause's start
    /// (the paragraph's, or after «أن / إن» or a comma) up to the verb. Only a named person with a title counts.
    /// </summary>
    private static Attribution? SubjectBefore(List<Word> words, int v, HashSet<string> commonNouns, string verb)
    {
        const int MaxSubjectWords = 14;
        var start = v;
        while (start > 0 && v - start < MaxSubjectWords)
        {
            var previous = words[start - 1];
            if (previous.EndsClause || SpeakerLexicon.IsComplementiser(previous.Folded) || ReportingVerbs.IsReportingVerb(previous.Folded))
            {
                break;
            }

            start--;
        }

        if (start >= v - 1 || start > 0 && !words[start - 1].EndsClause && !SpeakerLexicon.IsComplementiser(words[start - 1].Folded))
        {
            return null;
        }

        var subject = new SubjectReader(words, start, commonNouns, verb) { EndsAtVerb = true }.Read();
        return subject is { Kind: AttributionKind.Named, Role: not null, Office: false, Unclosed: false } ? subject : null;
    }

    private static bool IsWholeQuote(string text)
    {
        var t = text.Trim().TrimEnd('.', '،', ',', '!', '؟', '?', ' ');
        return t.Length > 2 && t[0] is '"' or '«' or '“' && t[^1] is '"' or '»' or '”' && t.AsSpan(1, t.Length - 2).IndexOfAny("\"«»“”") < 0;
    }

    /// <summary>Where the subject of a verbless attribution starting at <paramref name="v"/> begins: «بحسب …»، «وفقًا لـ …»، «على حد تعبير …».</summary>
    private static (int From, bool AlwaysSpeaker)? OpenerSubject(List<Word> words, int v)
    {
        var folded = words[v].Folded;
        if (SpeakerLexicon.IsOpener(folded))
        {
            var from = v + 1 < words.Count && words[v + 1].Folded is "ل" ? v + 2 : v + 1;
            // «بحسب ما قاله …»، «وفقًا لما ذكره …»: the verb after «ما» only repeats the attribution.
            if (from + 1 < words.Count && words[from].Folded is "ما" or "لما")
            {
                from += 2;
            }

            return (from, false);
        }

        if (folded == "حد" && v > 0 && words[v - 1].Folded is "علي" or "وعلي" && v + 1 < words.Count && words[v + 1].Folded is "تعبير" or "قول" or "وصف")
        {
            return (v + 2, true);
        }

        return null;
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

    /// <summary>A word with «و» or «ف» opening the paragraph, followed (perhaps after «حديثه») by «قائلًا» or «بالقول».</summary>
    private static bool SaysAfter(List<Word> words, int v)
    {
        var f = words[v].Folded;
        if (f.Length < 3 || f[0] is not ('و' or 'ف') || SpeakerLexicon.IsCollective(f))
        {
            return false;
        }

        return v + 1 < words.Count && ReportingVerbs.IsSaying(words[v + 1].Folded)
            || v + 2 < words.Count && SpeakerLexicon.StartsContinuation(words[v + 1].Folded) && ReportingVerbs.IsSaying(words[v + 2].Folded);
    }

    /// <summary>Time words between a verb and its subject («وقال الثلاثاء وزير …»، «وأعلن اليوم رئيس …») are skipped.</summary>
    private static int AfterTimeWords(List<Word> words, int from)
    {
        while (from < words.Count - 1 && SpeakerLexicon.IsTimeWord(words[from].Folded) && !words[from].EndsClause)
        {
            from++;
        }

        return from;
    }

    /// <summary>The reporting verb after «قد» that completes «كان … قد»، within a subject's reach; null when there is none.</summary>
    private static int? VerbAfterQad(List<Word> words, int v)
    {
        const int MaxSubjectWords = 14;
        for (var k = v + 1; k + 1 < words.Count && k <= v + MaxSubjectWords; k++)
        {
            if (words[k].Folded == "قد")
            {
                return ReportingVerbs.IsReportingVerb(words[k + 1].Folded) ? k + 1 : null;
            }

            if (words[k].EndsClause && !words[k].EndsWithComma)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The «عن» after a relaying verb, before what was said; -1 when there is none.</summary>
    private static int RelayedFrom(List<Word> words, int v)
    {
        const int MaxMediumWords = 8;
        for (var k = v + 1; k < words.Count && k <= v + MaxMediumWords; k++)
        {
            if (words[k].Folded == "عن")
            {
                return k;
            }

            if (SpeakerLexicon.IsComplementiser(words[k].Folded) || words[k].EndsClause && !words[k].EndsWithComma)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary>Words that may stand before a continuing verb at the head of a paragraph: «كما أشار إلى أن»، «ومن جهته، أكد أن».</summary>
    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal)
    {
        "كما", "وكما", "ثم", "بدوره", "بدورها", "وبدوره", "وبدورها", "من", "ومن", "جهته", "جهتها", "جانبه", "جانبها", "كذلك", "وكذلك",
    };

    private static bool OnlyLeadInsBefore(List<Word> words, int v) =>
        Enumerable.Range(0, v).All(k => LeadIns.Contains(words[k].Folded)) || LeadInPhraseBefore(words, v);

    /// <summary>The longest topic phrase that may open a paragraph before its verb: «وعن مستقبل الحوار،»، «وردًا على سؤال حول …،».</summary>
    private const int MaxLeadInPhraseWords = 12;

    /// <summary>
    /// A topic or circumstance phrase closed by a comma right before the verb («وعن مستقبل الحوار، قال»، «وفي ما يتعلق
    /// بالانتخابات، أوضح»، «وفي السياق ذاته، لفت»): the paragraph still opens with the speaker's verb.
    /// </summary>
    private static bool LeadInPhraseBefore(List<Word> words, int v)
    {
        if (v is < 2 or > MaxLeadInPhraseWords || !words[v - 1].EndsWithComma)
        {
            return false;
        }

        for (var k = 0; k < v - 1; k++)
        {
            var w = words[k];
            if (w.EndsClause && !w.EndsWithComma || w.OpensQuote || w.ClosesQuote || ReportingVerbs.IsReportingVerb(w.Folded) || SpeakerLexicon.IsComplementiser(w.Folded))
            {
                return false;
            }
        }

        return true;
    }
}
