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

    /// <summary>The verb follows its subject («أما الخبير … فيرى»): the subject ends at it as at «أن».</summary>
    public bool EndsAtVerb { get; init; }

    public Attribution Read()
    {
        if (From >= Words.Count)
        {
            // «"لا حل قريبًا"، يضيف.»: a bare verb after the quote.
            return QuoteFirst && Verb is not null ? new Attribution(AttributionKind.Continuation, null) : Attribution.None;
        }

        if (Verb is not null && From > 0 && Words[From - 1].EndsWithColon)
        {
            // «وتابع: "…"»: the verb has no subject of its own.
            return new Attribution(AttributionKind.Continuation, null);
        }

        var first = Words[From];
        var second = From + 1 < Words.Count ? Words[From + 1].Folded : null;
        if (Verb is not null && (SpeakerLexicon.StartsContinuation(first.Folded)
            || ReportingVerbs.TakesBa(Verb) && first.Folded.Length > 3 && first.Folded[0] == 'ب'
            || first.Surface == "على" && second is not null && SpeakerLexicon.IsComplementiser(second)))
        {
            return new Attribution(AttributionKind.Continuation, null);
        }

        if (SpeakerLexicon.IsCollective(first.Folded))
        {
            return new Attribution(AttributionKind.Collective, null) { ByFaInna = true };
        }

        // The subject follows the verb: a noun with the article that is no title («تعتبر المسار …») is a thing,
        // unless it stands alone before «أن», where it is a surname («ويضيف الحسيني أن»).
        // A noun with the article that names a body («البنك الدولي») is read on below, as an institution.
        // A noun with the article right before a given name or a name particle is the person's occupation («يقول الصياد
        // أبو بكر …»، «تقول الأرملة فاطمة …»), read as a title.
        var occupation = SpeakerLexicon.HasArticle(first.Folded) && !first.EndsClause && !SpeakerLexicon.IsOrganisation(first.Folded)
            && second is not null && !SpeakerLexicon.IsPreposition(Words[From + 1].Surface)
            && (SpeakerLexicon.IsGivenName(second) || SpeakerLexicon.IsParticle(second) && !SpeakerLexicon.IsJoiner(second) || ClosedNameAfterAdjectives());
        if (HasArticle(first) && !SpeakerLexicon.IsTitle(first.Folded) && !first.OpensQuote && !occupation
            && !(SpeakerLexicon.IsOrganisation(first.Folded) && second is not null && SpeakerLexicon.HasArticle(second) && !first.EndsClause))
        {
            // «ويضيف الحسيني أن»، «وكان الحاج قد قال»، «ويقول الحاج: "…"», and after a quote «كما يقول الحاج، …».
            // «وبحسب الحسيني، فإن»، «… على حد تعبير الحسيني.»: after an opener, a surname closed by a comma or the end.
            var surname = Verb is not null
                && (second is not null && (SpeakerLexicon.IsComplementiser(second) || second is "الي" or "من" or "في" or "قد" or "علي") && !first.EndsClause
                    || second is not null && first.EndsWithComma && (SpeakerLexicon.EndsClause(second) || AsideBeforeComplementiser(From + 1))
                    || EndsAtVerb && second is not null && ReportingVerbs.IsReportingVerb(second)
                    || first.EndsClause && !first.EndsWithComma && From + 1 < Words.Count && Words[From + 1].OpensQuote
                    || QuoteFirst && (first.EndsClause || second is null))
                || Verb is null && (first.EndsWithComma || second is null || first.EndsSentence);
            return surname ? new Attribution(AttributionKind.Surname, first.Surface) : Attribution.None;
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
        var afterPreposition = false;
        var firstTitle = -1;
        var end = Math.Min(Words.Count, From + Window);
        var terminator = -1;
        var subjectEnd = -1;
        var closedAt = -1;
        // Candidates that begin right after a comma: an apposition («وزير المالية، ياسين جابر، فإن») must be closed
        // by a comma or «أن», else what follows the comma is what was said («بحسب رئيس الحكومة، سيكون الحل …»).
        var afterComma = new HashSet<int>();
        var articleOnly = new List<Word>();
        var lastWasCompound = false;
        var inAside = false;
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
                if (segment is null && candidates.Count == 0 && SpeakerLexicon.IsInstitution(Words[i - 1].Folded)
                    && Enumerable.Range(i, Math.Min(3, Words.Count - i)).FirstOrDefault(k => Words[k].ClosesQuote, -1) is var close and >= 0)
                {
                    i = close;
                    skipNext = false;
                    openChain = false;
                    continue;
                }

                break;
            }

            var f = w.Folded;
            var next = i + 1 < Words.Count ? Words[i + 1].Folded : null;
            if ((segment is not null || candidates.Count > 0) && (f == "ل" || SpeakerLexicon.IsToMedia(f)))
            {
                // «قال وزير الطاقة جو صدي لوكالة رويترز»: after the name, whom it was said to is no part of the subject.
                break;
            }

            if ((segment is not null || candidates.Count > 0) && VerbParticles.Contains(f))
            {
                // «وفقًا لرئيسة الهيئة ماري خوري، لن ترتفع التعرفة»: a negation or a tense particle opens what is said.
                break;
            }

            // «آن» (Anne) folds to «ان» as «أن» does: a name, not what introduces the statement.
            var complementiser = SpeakerLexicon.IsComplementiser(f) && !w.Surface.StartsWith('آ');
            if (complementiser
                || f is "الي" or "من" && next is not null && SpeakerLexicon.IsComplementiser(next))
            {
                terminator = complementiser ? i : i + 1;
                subjectEnd = i;
                break;
            }

            if (i > From && ReportingVerbs.IsSaying(f) || EndsSubjectAfterName(i, segment is not null) || segment is null && candidates.Count == 0 && i == firstTitle + 1 && firstTitle == From && TakesBaHere(i)
                || (segment is not null || firstTitle >= 0) && Verb is not null && ReportingVerbs.TakesAla(Verb) && w.Surface == "على" && !(next is not null && SpeakerLexicon.IsComplementiser(next)))
            {
                // «وتابع الوزير قائلًا إن»، «قالت الوزيرة أنالينا بيربوك للصحفيين إن»، «ونوّه … آل صالح بأهمية الاتفاقية»، «وحذّر … كمال حايك من
                // انقطاع …»، «ونوّهت الوزيرة بالدور …»: what follows is whom it was said to or what was said.
                closedAt = i;
                break;
            }

            if (SpeakerLexicon.EndsClause(f) || i > From && ReportingVerbs.IsReportingVerb(f))
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

            var isName = false;
            var compound = false;
            var wasOpenChain = openChain;
            var wasPlaceNoun = placeNoun;
            openChain = false;
            placeNoun = false;
            // «باسم» is a preposition after a spokesman («المتحدث باسم الحكومة») and a given name elsewhere («باسم العوادي»).
            var preposition = IsPrepositionHere(i);
            if (expectNamePart)
            {
                // The word after «عبد»، «أبو»، «بن» belongs to the name, article or not («عبد الرحمن»).
                expectNamePart = false;
                isName = true;
                compound = true;
            }
            else if (skipNext)
            {
                skipNext = false;
                openChain = !SpeakerLexicon.HasArticle(f);
            }
            else if (SpeakerLexicon.IsParticle(f) && (segment is not null || !afterPreposition))
            {
                isName = true;
                expectNamePart = true;
            }
            else if (segment is not null && SpeakerLexicon.IsCompoundSecond(f))
            {
                // «محمد الأمين ولد الشيخ»، «نور الدين الطبوبي»: the second part of a compound given name, title or not.
                isName = true;
            }
            else if ((IsTitleHere(i, segment is not null) || i == From && occupation) && !(segment is not null && SpeakerLexicon.HasArticle(f) && EndsSubject(i)))
            {
                // A title with the article right at the end of a name is the surname («شادي السيد»).
                firstTitle = firstTitle < 0 ? i : firstTitle;
                openChain = !SpeakerLexicon.HasArticle(f);
            }
            else if (SpeakerLexicon.IsInstitution(f))
            {
                // «وزارة الصحة»: an institution noun without the article takes the next word as its complement;
                // «الوزارة» with it is complete.
                skipNext = !SpeakerLexicon.HasArticle(f);
                openChain = skipNext;
            }
            else if (HasArticle(w))
            {
                // A surname carries the article («هاني الحسيني»); without a given name before it, it is a noun,
                // unless it is a given name written with the article before a name word («الفلاح الحسين أيت بلعيد»).
                isName = segment is not null || firstTitle >= 0 && SpeakerLexicon.IsArticleGivenName(f) && NameFollowsArticleName(i);
                if (segment is null && candidates.Count == 0 && firstTitle < 0)
                {
                    articleOnly.Add(w);
                }
            }
            else if (IsPlainName(w) && !preposition && !afterPreposition && (segment is not null || !CommonNouns.Contains(f)))
            {
                isName = true;
            }
            else if (afterPreposition && !SpeakerLexicon.HasArticle(f))
            {
                placeNoun = true;
            }

            isName &= f.Length <= BriefingLimits.MaxSpeakerWordLength;
            if (isName && segment is { Count: >= 2 } && !compound && !SpeakerLexicon.HasArticle(f) && !SpeakerLexicon.IsJoiner(f)
                && SpeakerLexicon.HasArticle(segment[^1].Folded) && !lastWasCompound && !SpeakerLexicon.IsCompoundSecond(segment[^1].Folded))
            {
                // A run that reached a word with the article and goes on without one was a role's construct chain
                // closed by its definite noun («قطاع البترول»، «تجمع أصحاب المولدات»): the name begins here.
                // Inside a name the article comes last, or before «بن» («محمد الطاهر بن علي») or after «عبد».
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
                if (!w.EndsWithComma)
                {
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
        if (firstTitle < 0 && Institution(terminator) is { Kind: AttributionKind.Named } speakingBody)
        {
            // «وأعلنت شركة كهرباء لبنان أن»: a subject that opens with a body and names no one by title is the body.
            return speakingBody;
        }

        var valid = candidates.Where(c => (!HasArticle(c.Name[0]) || SpeakerLexicon.IsArticleGivenName(c.Name[0].Folded)) && !IsRoleComplement(c.Start, c.Name)
            && !(afterComma.Contains(c.Start) && !c.Name[^1].EndsWithComma && c.Start + c.Name.Count != terminator)).ToList();
        // Where a subject with no «أن» is closed all the same: at a relative pronoun after the title («رئيس الحكومة الذي
        // كان يتحدث … أن»), or, without a verb, at the comma after it («وبحسب رئيس الحكومة، سيكون …»).
        var closedEnd = terminator >= 0 ? (subjectEnd >= 0 ? subjectEnd : terminator)
            : closedAt >= 0 ? closedAt
            : Verb is null ? Enumerable.Range(From, Math.Max(0, Math.Min(Words.Count, From + MaxTitleWords + 2) - From)).FirstOrDefault(k => Words[k].EndsWithComma, -2) + 1
            : -1;
        if (valid.Count > 0 && Chosen(valid, weak, firstTitle, terminator, out var unclosed) is var (start, name))
        {
            (start, name) = AtGivenName(start, name, segmentAfterOpenChain && ReferenceEquals(name, candidates[^1].Name) || StartsCoordinated(start, name));
            (start, name) = Bounded(start, name);
            var nameWords = name.Select(n => n.Surface).ToList();
            var role = RoleWords(firstTitle, subjectEnd >= 0 ? subjectEnd : i, start, start + name.Count);
            // A verb before its subject agrees with it; without a verb («بحسب الباحثة …») the title shows the gender.
            var feminine = Verb is not null ? ReportingVerbs.IsFeminine(Verb) : firstTitle >= 0 && SpeakerLexicon.TitleGender(Words[firstTitle].Folded) == true;

            return new Attribution(AttributionKind.Named, string.Join(' ', nameWords)) { Role = role, Feminine = feminine, ByFaInna = byFaInna, Unclosed = unclosed };
        }

        // An office holder without a name: the title is who speaks («المتحدث باسم وزارة الصحة»), also when a short
        // aside between commas stands before «إن» («المتحدث باسم الوزارة، في مؤتمر صحفي، إن»).
        if (valid.Count > 0)
        {
            // The only name-like words are an object or a place after a subject that is no person («وأعلنت المؤسسة
            // الوطنية للنفط حالة القوة القاهرة في موانئ السدرة ورأس لانوف»).
            return Attribution.None;
        }

        // «وأوضح المتحدث نفسه أن»، «وبحسب المسؤولة ذاتها، فإن», «وأوضح المسؤول الليبي أن»: a title that points back.
        if (firstTitle == From && Reference(closedEnd) is { } reference)
        {
            return reference with { ByFaInna = byFaInna };
        }

        var titleEnd = terminator >= 0 ? OfficeTitleEnd(terminator) : closedEnd;
        if (firstTitle == From && titleEnd > From && SpeakerLexicon.IsOfficeTitle(Words[From].Folded) && titleEnd - From >= 2)
        {
            var full = string.Join(' ', Words.Skip(From).Take(titleEnd - From).Select(x => x.Surface));
            var title = string.Join(' ', Words.Skip(From).Take(OfficeNameLength(titleEnd)).Select(x => x.Surface));
            var feminine = Verb is not null ? ReportingVerbs.IsFeminine(Verb) : SpeakerLexicon.TitleGender(Words[From].Folded) == true;
            return new Attribution(AttributionKind.Named, title) { Role = full, Feminine = feminine, ByFaInna = byFaInna, Office = true };
        }

        if (firstTitle == From && closedEnd == From + 1)
        {
            return new Attribution(AttributionKind.TitleOnly, Words[From].Surface) { Feminine = SpeakerLexicon.TitleGender(Words[From].Folded) == true };
        }

        if (Institution(terminator) is { } body)
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
    /// Which name-like run is the speaker. With no title before the first run, the name must open the subject
    /// («يقول عدنان الخدام، رئيس …»): a run further on follows a subject that is no person, so it is an object or a
    /// place («وأعلنت وزارة الداخلية إغلاق الحدود مع تونس والجزائر»). A name that opens the subject and is followed by
    /// a comma is the speaker, whatever its apposition names («سلمى الخطيب، أستاذة الاقتصاد في جامعة عين شمس»).
    /// Otherwise the last run before «أن», as a role comes before the name, except a complement after a name («أبو بكر
    /// ولد سيدي أحمد في ميناء نواذيبو»), a run right after a bare noun or a place governed by a preposition, which is
    /// taken only when every run is one («الباحث في معهد عصام فارس … في بيروت مارك أيوب»). An untitled name with no «أن», colon or quote after it is a verb's
    /// object («وأُعلنت حالة الطوارئ»).
    /// </summary>
    private (int Start, List<Word> Name)? Chosen(List<(int Start, List<Word> Name)> valid, HashSet<int> weak, int firstTitle, int terminator, out bool unclosed)
    {
        unclosed = false;
        var first = valid[0];
        var atHead = Enumerable.Range(From, first.Start - From).All(k => SpeakerLexicon.IsNonName(Words[k].Folded));
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

        if (atHead && first.Name[^1].EndsWithComma)
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

    /// <summary>Whether what was said follows a name ending before <paramref name="k"/>: a colon or quote, «لـ…», or «أن» later in the sentence.</summary>
    private bool SaidAfter(int k)
    {
        if (k > 0 && k - 1 < Words.Count && Words[k - 1].EndsWithColon)
        {
            return true;
        }

        for (var j = k; j < Words.Count && j < k + 12; j++)
        {
            var w = Words[j];
            if (w.OpensQuote || SpeakerLexicon.IsComplementiser(w.Folded) && !w.Surface.StartsWith('آ') || j == k && (w.Folded == "ل" || SpeakerLexicon.IsToMedia(w.Folded)))
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

    /// <summary>
    /// A title that points back to a speaker: «المتحدث نفسه»، «المسؤولة ذاتها», or a title with only adjectives after
    /// it and no name («المسؤول الليبي»، «الوزيرة الأردنية») that is no office of its own. Null otherwise.
    /// </summary>
    private Attribution? Reference(int closedEnd)
    {
        var end = closedEnd >= 0 ? closedEnd : Math.Min(Words.Count, From + 4);
        if (end - From is < 1 or > 4)
        {
            return null;
        }

        var self = false;
        for (var k = From; k < end; k++)
        {
            var f = Words[k].Folded;
            self |= SpeakerLexicon.IsSelfReference(f);
            if (k > From && !SpeakerLexicon.IsSelfReference(f) && !(SpeakerLexicon.HasArticle(f) && !SpeakerLexicon.IsTitle(f)))
            {
                return null;
            }

            if (k < end - 1 && Words[k].EndsClause)
            {
                return null;
            }
        }

        if (!self && (closedEnd < 0 || end - From == 1 || SpeakerLexicon.IsOfficeTitle(Words[From].Folded)))
        {
            // One title alone is read as before; an office with its adjective is the office («وزير الطاقة اللبناني»).
            return null;
        }

        var phrase = string.Join(' ', Enumerable.Range(From, end - From).Select(k => Words[k].Surface).Where(x => !SpeakerLexicon.IsSelfReference(ArabicText.Fold(x))));
        return new Attribution(AttributionKind.TitleOnly, phrase) { SelfReference = self, Feminine = SpeakerLexicon.TitleGender(Words[From].Folded) == true };
    }

    /// <summary>
    /// How many words of a long office title name the speaker: all of them up to five, else up to the preposition
    /// that gives its place («مدير مكتب منظمة الهجرة الدولية | في طرابلس»), else the first five.
    /// </summary>
    private int OfficeNameLength(int titleEnd)
    {
        var length = titleEnd - From;
        if (length <= MaxTitleWords)
        {
            return length;
        }

        for (var k = From + MaxTitleWords; k > From + 1; k--)
        {
            if (Words[k].Surface is "في" or "لدى" or "إلى" or "الى" or "من")
            {
                return k - From;
            }
        }

        return MaxTitleWords;
    }

    /// <summary>
    /// Whether an aside that opens with a preposition at <paramref name="k"/> and closes with a comma right before
    /// «أن» follows («وأضاف الطاهري، في تصريح لإذاعة موزاييك، أن»): where it was said, not who.
    /// </summary>
    private bool AsideBeforeComplementiser(int k)
    {
        const int MaxAsideWords = 8;
        if (k >= Words.Count || !SpeakerLexicon.IsPreposition(Words[k].Surface))
        {
            return false;
        }

        for (var j = k; j < Words.Count - 1 && j < k + MaxAsideWords; j++)
        {
            if (Words[j].EndsClause)
            {
                return Words[j].EndsWithComma && SpeakerLexicon.IsComplementiser(Words[j + 1].Folded);
            }
        }

        return false;
    }

    /// <summary>
    /// A short run that opens with «لـ» right after a title or a word with the article is the role's complement, not a
    /// name («المفوضة السامية | لحقوق الإنسان»); a longer one may hold the name after it («لمجمع سوناطراك رشيد حشيشي»).
    /// </summary>
    private bool IsRoleComplement(int start, List<Word> name)
    {
        var f = name[0].Folded;
        return name.Count <= 2 && start > From && f.Length >= 4 && f[0] == 'ل' && !SpeakerLexicon.IsGivenName(f) && !name.Any(n => SpeakerLexicon.IsGivenName(n.Folded))
            && (SpeakerLexicon.HasArticle(Words[start - 1].Folded) || SpeakerLexicon.IsTitle(Words[start - 1].Folded));
    }

    /// <summary>
    /// A run that opens with «و» right after a word with the article goes on with a role's coordinated complement
    /// («لشؤون الشرق الأوسط | وشمال أفريقيا أوسمان ديون»): its name is found as after an open chain.
    /// </summary>
    private bool StartsCoordinated(int start, List<Word> name)
    {
        var f = name[0].Folded;
        return start > From && f.Length >= 4 && f[0] == 'و' && !SpeakerLexicon.IsGivenName(f) && SpeakerLexicon.HasArticle(Words[start - 1].Folded);
    }

    /// <summary>
    /// Whether word <paramref name="i"/>, right after a name word (<paramref name="afterName"/>), opens what follows the
    /// subject: a word with a preposition and the article glued on («للصحفيين»، «بالقول»; a surname takes the bare
    /// article), the «بـ» object of a verb that takes one («بأهمية الاتفاقية»), or the «من» of «حذّر من».
    /// </summary>
    private bool EndsSubjectAfterName(int i, bool afterName)
    {
        if (!afterName)
        {
            return false;
        }

        // The glued word must close the phrase («للصحفيين إن»، «للصحفيين في جنيف»): inside a role it is a body's
        // complement and goes on («معهد عصام فارس للسياسات العامة»).
        var f = Words[i].Folded;
        if (f.Length > 4 && (f.StartsWith("لل", StringComparison.Ordinal) || f[0] is 'ب' or 'ك' && f.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
            && (Words[i].EndsClause || i + 1 < Words.Count && (Words[i + 1].OpensQuote || SpeakerLexicon.IsComplementiser(Words[i + 1].Folded) || Words[i + 1].Folded is "في" or "علي" or "عقب" or "خلال" or "بعد")))
        {
            return true;
        }

        return TakesBaHere(i) || Verb is not null && ReportingVerbs.TakesMin(Verb) && f == "من";
    }

    /// <summary>
    /// The «بـ» object of a verb that takes one («ونوّه … بأهمية الاتفاقية»، «ونوّهت الوزيرة بالدور»): a «بـ» word with
    /// the article, or before a word with it, that is no given name.
    /// </summary>
    private bool TakesBaHere(int i)
    {
        var f = Words[i].Folded;
        if (Verb is null || !ReportingVerbs.TakesBa(Verb) || f.Length <= 3 || f[0] != 'ب' || SpeakerLexicon.IsGivenName(f) || SpeakerLexicon.IsParticle(f))
        {
            return false;
        }

        return f.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)
            || !Words[i].EndsClause && i + 1 < Words.Count && SpeakerLexicon.HasArticle(Words[i + 1].Folded);
    }

    /// <summary>Whether word <paramref name="i"/> is a preposition here: «باسم» only after a spokesman («المتحدث باسم»), else a given name.</summary>
    private bool IsPrepositionHere(int i)
    {
        var w = Words[i];
        if (!SpeakerLexicon.IsPreposition(w.Surface))
        {
            return false;
        }

        // «المتحدث باسم»، «المتحدث الرسمي باسم»: a spokesman, perhaps with an adjective, speaks in someone's name.
        return w.Surface != "باسم"
            || i > 0 && SpeakerLexicon.IsSpokesman(Words[i - 1].Folded)
            || i > 1 && SpeakerLexicon.HasArticle(Words[i - 1].Folded) && SpeakerLexicon.IsSpokesman(Words[i - 2].Folded);
    }

    /// <summary>
    /// Whether word <paramref name="i"/> is a title here. «أمين» is a title before «عام / سر» and before its office
    /// («أمين بغداد»، «أمين العاصمة عمار الشبلي»), and a given name inside a name («محمد أمين الحسيني») or before a
    /// surname that ends the subject («أمين الناصر إن»).
    /// </summary>
    private bool IsTitleHere(int i, bool inName)
    {
        var f = Words[i].Folded;
        if (!SpeakerLexicon.IsTitle(f))
        {
            return false;
        }

        if (f is "امين" or "امينه")
        {
            var next = i + 1 < Words.Count ? Words[i + 1].Folded : null;
            if (next is "عام" or "العام" or "عامه" or "العامه" or "سر")
            {
                return true;
            }

            return !inName && !(next is not null && SpeakerLexicon.HasArticle(next) && !Words[i].EndsClause && EndsSubject(i + 1));
        }

        // A title that is also a given name («شيخة»، «مالك») is the name inside a name («مونيكا مالك») and where a name
        // follows it after a role («المديرة التنفيذية لهيئة البيئة في أبوظبي شيخة الظاهري أن»).
        if (SpeakerLexicon.IsGivenName(f) && (inName || i > From && NameFollows(i)))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether a given name with the article at <paramref name="i"/> goes on into a name: a name particle or a word without the article.</summary>
    private bool NameFollowsArticleName(int i)
    {
        if (Words[i].EndsClause || i + 1 >= Words.Count)
        {
            return false;
        }

        var next = Words[i + 1];
        return SpeakerLexicon.IsParticle(next.Folded) || !SpeakerLexicon.HasArticle(next.Folded) && IsPlainName(next) && !SpeakerLexicon.IsTitle(next.Folded);
    }

    /// <summary>Whether a name word follows word <paramref name="i"/> in the same clause: a surname that ends the subject, or a plain name word.</summary>
    private bool NameFollows(int i)
    {
        if (Words[i].EndsClause || i + 1 >= Words.Count)
        {
            return false;
        }

        var next = Words[i + 1];
        return SpeakerLexicon.HasArticle(next.Folded) ? HasArticle(next) && !SpeakerLexicon.IsTitle(next.Folded) && EndsSubject(i + 1)
            : IsPlainName(next) && !SpeakerLexicon.IsTitle(next.Folded);
    }

    /// <summary>
    /// Where an office title that ends the subject at <paramref name="terminator"/> ends (exclusive): at the
    /// terminator, or at the comma that opens a short aside closed by a comma right before it; -1 for neither.
    /// </summary>
    private int OfficeTitleEnd(int terminator)
    {
        if (terminator <= From)
        {
            return -1;
        }

        var comma = -1;
        for (var k = From; k < terminator; k++)
        {
            if (Words[k].EndsClause)
            {
                comma = k;
                break;
            }
        }

        if (comma < 0)
        {
            return terminator;
        }

        const int MaxAsideWords = 6;
        var asideOk = Words[comma].EndsWithComma
            && comma < terminator - 1
            && terminator - 1 - comma <= MaxAsideWords
            && Words[terminator - 1].EndsWithComma
            && Enumerable.Range(comma + 1, terminator - comma - 2).All(k => !Words[k].EndsClause && !ReportingVerbs.IsReportingVerb(Words[k].Folded));
        return asideOk ? comma + 1 : -1;
    }

    /// <summary>Whether the subject ends after word <paramref name="i"/>: a comma or stop, «أن»، «في», or the end.</summary>
    private bool EndsSubject(int i)
    {
        if (Words[i].EndsClause || i + 1 >= Words.Count)
        {
            return true;
        }

        var next = Words[i + 1].Folded;
        return SpeakerLexicon.IsComplementiser(next) || next is "في" or "الي";
    }

    /// <summary>
    /// After a construct chain with no article to close it («رئيس جمعية تجار بيروت نقولا شماس»، «الباحثة في معهد غرب
    /// آسيا وشمال أفريقيا هديل الخطيب»), the name may start at any of the run's words: it starts at a known given name
    /// when one stands inside the run, and is otherwise its last two parts (a compound such as «أبو شقرا» is one),
    /// the length of most names quoted with a role.
    /// </summary>
    private static (int Start, List<Word> Name) AtGivenName(int start, List<Word> name, bool afterOpenChain)
    {
        if (!afterOpenChain || name.Count < 3 || SpeakerLexicon.IsParticle(name[0].Folded) || SpeakerLexicon.IsGivenName(name[0].Folded))
        {
            return (start, name);
        }

        for (var k = 1; k <= name.Count - 2; k++)
        {
            if (SpeakerLexicon.IsGivenName(name[k].Folded) && !SpeakerLexicon.IsParticle(name[k - 1].Folded))
            {
                return (start + k, name.GetRange(k, name.Count - k));
            }
        }

        var from = name.Count;
        for (var parts = 0; parts < 2 && from > 0; parts++)
        {
            from -= from >= 2 && SpeakerLexicon.IsParticle(name[from - 2].Folded) ? 2 : 1;
        }

        return (start + from, name.GetRange(from, name.Count - from));
    }

    /// <summary>
    /// A name of at most <see cref="MaxNameWords"/> words: a longer run keeps its last words, without a joiner or the
    /// second part of a compound at its head.
    /// </summary>
    private static (int Start, List<Word> Name) Bounded(int start, List<Word> name)
    {
        var cut = Math.Max(0, name.Count - MaxNameWords);
        while (cut > 0 && cut < name.Count - 1 && (SpeakerLexicon.IsJoiner(name[cut].Folded) || SpeakerLexicon.IsCompoundSecond(name[cut].Folded) || SpeakerLexicon.IsParticle(name[cut - 1].Folded)))
        {
            cut++;
        }

        return cut == 0 ? (start, name) : (start + cut, name.GetRange(cut, name.Count - cut));
    }

    /// <summary>
    /// A body that speaks for itself, with no person named: «قالت وزارة الطاقة في بيان إن»، «أعلن مصرف لبنان أن»،
    /// «قالت منظمة الصحة العالمية إن». Its name runs from the institution noun to a preposition, a comma or «أن», and
    /// needs a complement; the noun alone with the article («وأضافت الوزارة أن») refers back to the body already met.
    /// </summary>
    private Attribution? Institution(int terminator)
    {
        if (!SpeakerLexicon.IsOrganisation(Words[From].Folded) || terminator < 0 && !QuoteFirst)
        {
            return null;
        }

        var name = new List<string>();
        for (var k = From; k < Words.Count && name.Count < MaxNameWords; k++)
        {
            var w = Words[k];
            // A title right after the body's noun is its complement («مكتب رئيس الوزراء»، «ديوان المحاسبة»).
            if (k > From && (w.OpensQuote || SpeakerLexicon.IsComplementiser(w.Folded) || SpeakerLexicon.IsPreposition(w.Surface)
                || ReportingVerbs.IsReportingVerb(w.Folded) || SpeakerLexicon.IsTitle(w.Folded) && k > From + 1 || SpeakerLexicon.EndsClause(w.Folded)))
            {
                break;
            }

            name.Add(w.Surface);
            if (w.EndsClause)
            {
                break;
            }
        }

        if (name.Count == 1)
        {
            return SpeakerLexicon.HasArticle(Words[From].Folded) && Verb is not null ? new Attribution(AttributionKind.Surname, name[0]) : null;
        }

        var feminine = Verb is not null && ReportingVerbs.IsFeminine(Verb);
        return new Attribution(AttributionKind.Named, string.Join(' ', name)) { Feminine = feminine, ByFaInna = terminator >= 0 && Words[terminator].Folded.StartsWith('ف') };
    }

    /// <summary>The title and its complements around the name, from the first title to the end of the subject.</summary>
    private string? RoleWords(int firstTitle, int end, int nameStart, int nameEnd)
    {
        if (firstTitle < 0)
        {
            return null;
        }

        var role = Enumerable.Range(firstTitle, Math.Max(0, end - firstTitle))
            .Where(k => k < nameStart || k >= nameEnd)
            .Select(k => Words[k])
            .TakeWhile(x => !SpeakerLexicon.IsComplementiser(x.Folded) && !ReportingVerbs.IsSaying(x.Folded))
            .Take(10)
            .Select(x => x.Surface)
            .ToList();
        return role.Count == 0 ? null : string.Join(' ', role);
    }

    /// <summary>
    /// «قالت العاملة الفلبينية جوي ماناليلي، التي …»: after a noun with the article and its adjectives, a short run of
    /// name words closed by a comma, «أن» or a relative pronoun is a person; the noun is what they are.
    /// </summary>
    private bool ClosedNameAfterAdjectives()
    {
        const int MaxAdjectives = 3;
        const int MaxNameRun = 4;
        var k = From + 1;
        while (k < Words.Count && k <= From + MaxAdjectives && HasArticle(Words[k]) && !Words[k - 1].EndsClause)
        {
            k++;
        }

        if (k == From + 1 || Words[k - 1].EndsClause)
        {
            return false;
        }

        var run = 0;
        while (k < Words.Count && run < MaxNameRun)
        {
            var w = Words[k];
            if (HasArticle(w) || SpeakerLexicon.IsPreposition(w.Surface) || !IsPlainName(w) || CommonNouns.Contains(w.Folded) || SpeakerLexicon.IsParticle(w.Folded))
            {
                break;
            }

            run++;
            k++;
            if (w.EndsClause)
            {
                return w.EndsWithComma || w.EndsWithColon;
            }
        }

        return run > 0 && k < Words.Count && (SpeakerLexicon.IsComplementiser(Words[k].Folded) || SpeakerLexicon.EndsClause(Words[k].Folded));
    }

    /// <summary>The article, as written: «ألفة»، «ألبير» begin with a hamza, not with «ال», though they fold alike.</summary>
    private static bool HasArticle(Word w) =>
        SpeakerLexicon.HasArticle(w.Folded) && !w.Surface.StartsWith("أل", StringComparison.Ordinal) && !w.Surface.StartsWith("إل", StringComparison.Ordinal);

    /// <summary>A word that may be part of a name; whether it is a preposition here is the caller's to say («باسم»).</summary>
    private static bool IsPlainName(Word w) =>
        w.Folded.Length is >= 2 and <= BriefingLimits.MaxSpeakerWordLength
        && !w.HasTanween
        && !SpeakerLexicon.IsNonName(w.Folded)
        && !SpeakerLexicon.IsCollective(w.Folded)
        && !ReportingVerbs.IsReportingVerb(w.Folded)
        && w.Folded.All(c => ArabicText.IsArabicLetter(c) || char.IsLetter(c));
}
