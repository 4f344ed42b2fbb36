using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.NameWordsInQuestion;
using static BriefingBot.Core.Answering.PersonDescribed;
using static BriefingBot.Core.Answering.SpeakerKin;
using static BriefingBot.Core.Answering.TitleHoldersAsked;
using static BriefingBot.Core.Answering.TitleThePassageGives;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Recognises a question about a person: their name (any spelling, a typo, the surname alone) together with
/// a word asking what they said or think («ماذا قال بولياكوف؟»، «ما رأي جوناثان وود؟»), or the bare name. The rules it
/// weighs each speaker by have types of their own: where a name word stands in the question (<see cref="NameWordsInQuestion"/>),
/// the kin asked of (<see cref="SpeakerKin"/>), the holders of a title asked by it (<see cref="TitleHoldersAsked"/>), a person
/// told by a clause (<see cref="PersonDescribed"/>) or by what a passage calls them (<see cref="TitleThePassageGives"/>).
/// </summary>
public static class SpeakerQuestion
{
    internal static readonly HashSet<string> SpeechWords = new(
        new[]
        {
            "قال", "يقول", "قاله", "يقوله", "تقول", "قالت", "رأي", "راي", "رأيه", "رايه", "يرى", "يري", "رأى", "موقف", "موقفه", "صرح", "صرّح", "تصريح", "تصريحات", "تصريحه",
            "كلام", "كلامه", "أقوال", "اقوال", "ذكر", "يذكر", "أضاف", "يضيف", "أشار", "يشير", "اعتبر", "يعتبر", "أكد", "يؤكد", "يعتقد", "رؤية", "تحليل", "تحليله", "وجهة", "نظر",
            "قالته", "ترى", "تري", "رأت", "تضيف", "أضافت", "تشير", "أشارت", "تعتقد", "اقترح", "يقترح", "اقترحت", "تقترح", "حذر", "يحذر", "حذرت", "تحذر",
            // Dialect: «شو حكى / حكت …؟»، «شو بيقول …؟»، «وش قالوا»، and more verbs of saying.
            "حكى", "حكا", "حكت", "يحكي", "تحكي", "بيحكي", "بتحكي", "حكيه", "بيقول", "بتقول", "قالو", "قالوا", "صرحت", "أوضح", "أوضحت", "يوضح", "توضح",
            "أكدت", "تؤكد", "أعلن", "أعلنت", "رأيها", "موقفها", "كلامها", "تصريحاتها", "تصريحها", "أقوالها", "أقواله",
            // What was written, criticised, called for or denied is what the person said: «ماذا كتب …»، «بماذا غردت …». Past
            // forms only: the present asks what someone must do («هل يجب أن تكتب الشركات …»).
            "كتب", "كتبت", "غرد", "غرّد", "غردت", "انتقد", "انتقدت", "دعا", "دعت", "نفى", "نفت",
            // Rule «the dialects' verbs of saying»: Iraq and the Gulf say «ق» as «ك» («شنو كال …؟»، «منو كالت …؟»), Iraq talks
            // with «حچى» («شنو حجت …؟»، «يحجي»), the Maghreb says «كيقول / كتقول» and talks with «هضر». Not «حجى» alone: folded
            // it is «حجي», the pilgrim's title before a name («حجي جاسم»); nor «ش» glued to the verb («شقال»، «شكالت»), which
            // named someone else where the roster lacks the person asked of: each cost a blind set a passage.
            "كال", "كالت", "كالو", "كالوا", "يكول", "تكول", "ديكول", "دتكول",
            "حجت", "يحجي", "تحجي", "كيقول", "كتقول", "كيقولو", "هضر", "هضرت", "كيهضر", "كتهضر",
            "said", "say", "says", "think", "thinks", "opinion", "view", "views", "according",
        }.Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>Words that may stand around a bare name without making it a topical question.</summary>
    internal static readonly HashSet<string> Filler = new(
        new[] { "ماذا", "ما", "ماهو", "ماهي", "شو", "ايش", "وش", "شنو", "شنهو", "واش", "اش", "ايه", "إيه", "شن", "عن", "من", "هو", "هي", "بماذا", "بم", "الخبير", "الباحث", "المحلل", "السيد", "what", "did", "does", "about", "who", "is", "mr", "the" }
            .Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>A given name alone («رأي أندريه») names a speaker only when it is this long: short ones are too often other words.</summary>
    private const int MinGivenNameLength = 5;

    /// <summary>A shorter given name names its speaker with a speech word when it is written exactly («ماذا قالت سلمى؟»).</summary>
    private const int MinExactGivenNameLength = 4;

    /// <summary>«رأي … في»، «موقف … في»: an opinion is «في» its subject; after a title alone «في» says where it is held.</summary>
    internal static readonly HashSet<string> OpinionWords = new(new[] { "رأي", "راي", "رأيه", "رايه", "رأيها", "رايها", "موقف", "موقفه", "موقفها" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>Returns the speaker the question is about, or null when it is not a question about a person.</summary>
    public static string? Match(string question, IReadOnlyList<string> speakers) =>
        speakers.Count == 0 ? null : Match(question, new SpeakerDirectory(speakers));

    /// <summary>
    /// As <see cref="Match(string, IReadOnlyList{string})"/>, with the names already indexed, and, when no name is in
    /// the question, the role it names («ماذا قال وزير الخارجية؟») looked up in <paramref name="roster"/>.
    /// </summary>
    public static string? Match(string question, SpeakerDirectory directory, SpeakerRoster? roster = null) =>
        MatchAll(question, directory, roster) is { Count: > 0 } speakers ? speakers[0] : null;

    /// <summary>
    /// The speakers the question is about: the one it names, or every holder of the title or office it names when
    /// several share it («ماذا قال النائب؟»), newest briefing first; empty when it is not a question about a person.
    /// </summary>
    /// <param name="inScope">Whether a speaker is quoted in the briefings the question may be answered from: a namesake
    /// or a holder of the same title quoted only in another community's briefings is not the one asked about. Null: all.</param>
    public static IReadOnlyList<string> MatchAll(string question, SpeakerDirectory directory, SpeakerRoster? roster = null, Func<string, bool>? inScope = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (directory.Count == 0)
        {
            return [];
        }

        // Compounds are compared glued, as the directory holds them: «عبدالرحمن» and «عبد الرحمن» are one name.
        var words = CompoundNames.Glued(ArabicText.FoldedWords(question));
        // A name typed in Latin letters («polyakov») is compared in its Arabic spelling.
        var nameForms = words.Select(LatinTransliteration.ToArabic).ToList();
        var asksForSpeech = words.Any(w => SpeechWords.Contains(w) || SpeechWords.Contains(StripConjunction(w)));
        string? best = null;
        var bestScore = 0;
        var bestExact = 0;
        var bestUsed = new HashSet<int>();
        // Others found by the same words of the question as the best, their surname among them: namesakes («مروان نصار»
        // and «ريما نصار» for «ماذا قال نصار؟»), all of whom the question may be about.
        var namesakes = new List<string>();
        var bestBySurname = false;
        var bestByGivenName = false;
        var bestGivenAfterTitle = false;
        // Others found by the same given name alone («شو قال جاسم عن الأسماك؟» of six men called Jassim): the name does
        // not say which is meant, so each is asked of and the subject or the newest briefing says which comes first.
        var givenNamesakes = new List<string>();
        // «أبو محمد الحيمي» with «محمد الحيمي» quoted: his father, quoted beside him.
        if (roster is not null && ParentsByKunya(words, directory, roster, inScope, withSurname: true) is { Count: > 0 } fathers)
        {
            return fathers;
        }

        // «حفيد الحاج يوسف»، «ولد سعيد البهلاني»: someone a report calls that kin beside their name.
        if (roster is not null && KinTheReportsName(words, roster, inScope) is { Count: > 0 } kinGiven)
        {
            return kinGiven;
        }

        var inBodyName = WordsOfABodysName(words);
        var popularTitles = PopularTitlesBeforeAName(words);
        var claim = WhoSaidQuestion.Read(words)?.ClaimAfterThat() ?? [];
        var preposition = PrepositionAla.In(question);
        var tradeHeads = TradeHeadsOfAClause(words);
        foreach (var (speaker, nameWords) in directory.Candidates(nameForms))
        {
            // An office held without a name («المتحدث باسم وزارة الصحة») is found by its role, below: its words
            // («وزارة»، «الصحة») are too common to name it on their own.
            if (nameWords.Count > 1 && SpeakerLexicon.IsOfficeTitle(nameWords[0]) || inScope is not null && !inScope(speaker))
            {
                continue;
            }

            var used = new HashSet<int>();
            var surnameMatched = false;
            var givenNameMatched = false;
            var longGivenNameMatched = false;
            var exact = 0;
            var givenAfterTitle = false;
            var isBody = SpeakerLexicon.IsOrganisation(nameWords[0]);
            var matches = new List<(int N, int Index)>();
            for (var n = 0; n < nameWords.Count; n++)
            {
                var index = FindWord(nameForms, nameWords[n], roster);
                if (index >= 0 && (isBody || !inBodyName.Contains(index)) && !MotherKunyaDisagrees(nameWords, n, nameForms, index)
                    && (!popularTitles.Contains(index) || NamedWithTheTitle(nameWords, n, nameForms, index))
                    && (!claim.Contains(index) || ArabicWordForms.Spells(nameForms[index], nameWords[n])) && !preposition.Contains(index) && !tradeHeads.Contains(index)
                    && used.Add(index))
                {
                    matches.Add((n, index));
                }
            }

            TypoBesideTheName(matches, used, nameWords, nameForms);
            var apart = MisspeltApart(matches, nameWords, nameForms);
            used.ExceptWith(apart);
            foreach (var (n, index) in matches.Where(m => !apart.Contains(m.Index)))
            {
                // Rule «title before a given name»: in «الشيخ جابر»، «الحاج إبراهيم» the word after the title is the
                // person's given name, so a speaker whose first name it is beats one whose surname it is («سعاد إبراهيم»).
                // So after a title of address people call someone by with the given name («الأستاذ علي»، «المعلم محمود»،
                // «العمدة عثمان»، «الدكتورة سعاد»), not after an office, which the press puts before a surname («الرئيس عون»).
                givenAfterTitle |= n == 0 && index > 0 && (popularTitles.Contains(index - 1) || IsTitleOfAddress(nameForms[index - 1]));
                exact += ArabicWordForms.Spells(nameForms[index], nameWords[n]) ? 1 : 0;
                surnameMatched |= n == nameWords.Count - 1;
                givenNameMatched |= n == 0;
                // A given name as written («ماذا قالت سلمى؟»، «الأمير فيصل») names its speaker as a long one does; a
                // title inside a name («محمد ولد الشيخ سيديا») asked alone («ما رأي الشيخ؟») asks of the title's holder.
                // A short one right after a title («شو حكت الدكتورة هيا») is a name too: the title says a person follows.
                longGivenNameMatched |= !SpeakerLexicon.IsTitle(nameWords[n]) && (nameWords[n].Length >= MinGivenNameLength
                    || n == 0 && nameWords[n].Length >= MinExactGivenNameLength && ArabicWordForms.Spells(nameForms[index], nameWords[n])
                    || n == 0 && nameWords[n].Length >= 3 && index > 0 && (SpeakerLexicon.IsTitle(nameForms[index - 1]) || popularTitles.Contains(index - 1)) && ArabicWordForms.Spells(nameForms[index], nameWords[n]));
            }

            // A body («وزارة الطاقة») is named only in full: its words alone («الطاقة») are what questions are about. The
            // country a long name ends with may be left to the question's reader («وزارة التغير المناخي والبيئة» of «…
            // الإماراتية»); a short one («وزارة المالية») every government has, so its country says whose it is.
            if (nameWords.Count > 1 && SpeakerLexicon.IsOrganisation(nameWords[0]) && used.Count < nameWords.Count
                && !(nameWords.Count >= 4 && used.Count == nameWords.Count - 1 && SpeakerRoster.IsDemonymWord(nameWords[^1]) && FindWord(nameForms, nameWords[^1], roster) < 0))
            {
                continue;
            }

            var score = used.Count;
            // «خديجة بنت محمد»: the given name after «بنت / ولد» is her father's; matched alone it names her only as a given
            // name does («شو قال محمد عرقاب» is another Mohammed). After «بن» it is as often the family's («بن سالم»).
            var fathersNameOnly = score == 1 && surnameMatched && nameWords.Count >= 2 && nameWords[^2] is "بنت" or "ولد"
                && SpeakerLexicon.IsGivenName(nameWords[^1]);
            bool GivenNameAsked() => asksForSpeech && !AnotherSurnameFollows(words, used) && !AnotherNameBefore(words, used);
            if (score == 1 && nameWords.Count > 1 && InAPlaceAsked(words, used.First()))
            {
                continue;
            }

            // Rule «a full name the speaker's briefings never write»: «ماذا قال عثمان ابو فاطمة؟» with «أحمد علمي عثمان»
            // quoted, «الاب ايليا حدادين» with «لينا حدادين»: one word of the name matched, and the name beside it in the
            // question is written nowhere that speaker is quoted: another person is asked of, so the passages are searched.
            if (score == 1 && nameWords.Count > 1 && !isBody && roster is not null
                && NameBesideNeverWritten(nameForms, used.First(), nameWords, speaker, roster))
            {
                continue;
            }

            var accepted = nameWords.Count == 1
                ? score == 1
                : fathersNameOnly ? GivenNameAsked() : surnameMatched || score >= 2 || longGivenNameMatched && GivenNameAsked();
            if (!accepted)
            {
                continue;
            }

            // Two speakers with the same surname («النائب مهلهل المضف»، «وزير المالية أنور المضف»): the role the question
            // names decides between them; when it names none, the question is about both.
            var roleDecides = best is not null && roster is not null ? roster.RoleWordsIn(speaker, words).CompareTo(roster.RoleWordsIn(best, words)) : 0;
            // A name written exactly («الشمري») is the one meant over another it is a typo of («الشميري»), and a surname
            // («بن سالم» of «محمد الهادي بن سالم») over a given name («سالم عبد الله بن بريك»).
            var bySurnameOverGivenName = surnameMatched && !bestBySurname;
            var titleDecides = givenAfterTitle.CompareTo(bestGivenAfterTitle);
            if (score > bestScore || score == bestScore && (exact > bestExact || exact == bestExact
                && (titleDecides > 0 || titleDecides == 0 && (bySurnameOverGivenName || roleDecides > 0 && surnameMatched == bestBySurname))))
            {
                bestGivenAfterTitle = givenAfterTitle;
                best = speaker;
                bestScore = score;
                bestExact = exact;
                bestUsed = used;
                bestBySurname = surnameMatched;
                bestByGivenName = givenNameMatched && score == 1 && !surnameMatched;
                namesakes.Clear();
                givenNamesakes.Clear();
            }
            else if (score == bestScore && exact == bestExact && titleDecides == 0 && roleDecides == 0 && surnameMatched && bestBySurname && used.SetEquals(bestUsed))
            {
                namesakes.Add(speaker);
            }
            else if (score == bestScore && exact == bestExact && titleDecides == 0 && roleDecides == 0 && bestByGivenName && givenNameMatched && !surnameMatched && used.SetEquals(bestUsed))
            {
                givenNamesakes.Add(speaker);
            }
        }

        var roleWords = words.Where(w => !SpeechWords.Contains(w) && !SpeechWords.Contains(StripConjunction(w)) && (!Filler.Contains(w) || SpeakerLexicon.IsTitle(w)));
        if (best is null)
        {
            // «ماذا قال حميدتي؟»: the name the briefing says the person is known by.
            if (roster?.ByAlias(words) is var (aliased, aliasWords) && (inScope is null || inScope(aliased))
                && (asksForSpeech || words.Where((w, i) => !aliasWords.Contains(i)).All(w => Filler.Contains(w) || IsSpeechWord(w))))
            {
                return KinBefore(words, aliasWords.Min(), []) is { } aliasKin ? KinOf(aliased, aliasKin, AsksOfAWoman(words), roster, inScope) : [aliased];
            }

            // «شو قال أبو أنس؟» with «أنس الطرابيشي» quoted and no one called so: his father, quoted beside him.
            if (asksForSpeech && roster is not null && ParentsByKunya(words, directory, roster, inScope, withSurname: false) is { Count: > 0 } father)
            {
                return father;
            }

            if (!asksForSpeech || roster is null)
            {
                return [];
            }

            // «ماذا قال وزير الزراعة عن تعويض الأشجار المصابة؟» with five ministers of agriculture quoted: the subject says
            // which is meant, the one who speaks of it, though the briefing names his office another way («وزير الثروة
            // الزراعية والسمكية»); the closest title alone would answer with another briefing's minister, who never does.
            var holders = HoldersOnSubject(words, roster, AsksOfAWoman(words), amongEveryHolder: true).Where(h => inScope is null || inScope(h)).ToList();
            if (holders.Count == 0)
            {
                holders = [.. roster.Holders(roleWords, AsksOfAWoman(words), inScope)];
            }

            if (holders.Count == 0)
            {
                holders = [.. HoldersOnSubject(words, roster, AsksOfAWoman(words)).Where(h => inScope is null || inScope(h))];
            }

            // «ماذا قالت مفوضية اللاجئين؟» with no statement of the body's own: those who hold an office of it speak for it.
            // Asked of a subject too («ماذا قالت وزارة الصحة عن اللقاحات؟»), the subject's passages are looked for instead.
            var body = BodyNamed(words);
            return holders.Count > 0 || body.Count != words.Count(w => !Filler.Contains(w) && !IsSpeechWord(w)) ? holders
                : [.. roster.SpeakersFor(body).Where(h => inScope is null || inScope(h))];
        }

        // Rule «kin of a named person»: «ماذا قالت ابنة أم خالد؟»، «شو قال والد الدلال الدرعي؟» ask of someone the briefing
        // names by their kin, not of the person it quotes: the named one's words are no answer.
        // Rule «kin in the same report»: when the briefing quotes that kin beside them («ابن فايز الطرابيشي» of «أنس
        // الطرابيشي»، «ابن أبو خليل» of «خليل السيوفي»), the kin is asked of (Quotations.SameFamily).
        if (KinBefore(words, bestUsed.Min(), CompoundNames.Glued(ArabicText.FoldedWords(best))) is { } kin)
        {
            return roster is null ? [] : KinOf(best, kin, AsksOfAWoman(words), roster, inScope);
        }

        // «القضاء» (the judiciary, a section's heading) is one letter from «القضاة» (a surname): a name matched only through
        // a typo, with nothing in the question asking what was said, is a word of the topic, not a person asked about.
        if (!asksForSpeech && bestExact == 0)
        {
            return [];
        }

        // A surname that is also an adjective of origin («ريم المصري») met after a role («ما رأي وزير المالية المصري؟»)
        // describes the office: the holder of the role the question names, by two of its words or more, is meant.
        if (asksForSpeech && roster is not null && bestScore == 1 && bestUsed.Count == 1 && bestUsed.First() > 0
            && roster.ByRole(roleWords) is { } holder && holder != best && (inScope is null || inScope(holder))
            && roster.RoleWordsIn(holder, words) is var held && held >= 2 && held > roster.RoleWordsIn(best, words))
        {
            return [holder];
        }

        // Rule «a profession is no misspelt surname»: «المعماري السويسري شو قال» with «سالم المعمري» quoted: a profession a
        // question is read with (<see cref="AskedOnlyTitles"/>), one edit from a surname and matching nothing else of the
        // name, asks by a title: the passages are searched, and the one that gives its speaker that title answers.
        if (bestScore == 1 && bestExact == 0 && IsAskedOnlyTitle(words[bestUsed.First()]))
        {
            return [];
        }

        // «ماذا قال إمام المسجد العتيق؟» with «لولوة المسند» quoted: a word one edit from a surname, and nothing else of the
        // name, right after a bare noun that governs it, is that noun's complement, not a misspelt name: the holder of a
        // role the question names by two of its words or more is asked of, or else the passages are searched.
        // Rule «a title's complement is no misspelt name»: so after a title without its article («ماذا قالت بائعة الملح في
        // كريتر؟» with «فهد الملحم» quoted, «بائعة التمر» with «سارة النمر»): what the title sells or heads follows it.
        if (bestScore == 1 && bestExact == 0 && bestUsed.First() is var typed and > 0
            && (IsConstructHead(words[typed - 1]) || IsTitleWithoutArticle(words[typed - 1])))
        {
            return roster is not null && asksForSpeech
                ? roster.Holders(roleWords, AsksOfAWoman(words), inScope).Where(h => h != best && roster.RoleWordsIn(h, words) >= 2).ToList()
                : [];
        }

        // «ماذا قال وزير النقل المصري؟» with no such minister quoted: the adjective of origin describes an office nobody
        // in the briefings holds, not the speaker whose surname it is («ريم المصري»).
        if (asksForSpeech && roster is not null && bestScore == 1 && bestUsed.Count == 1 && bestUsed.First() is var adjective and > 0
            && SpeakerLexicon.HasArticle(words[adjective]) && words[adjective].EndsWith('ي')
            && Enumerable.Range(0, adjective).Any(i => SpeakerLexicon.IsOfficeTitle(words[i])) && roster.RoleWordsIn(best, words) == 0)
        {
            return [];
        }

        // «ماذا قالت المتحدثة باسم صندوق النقد الدولي؟»: the body follows a title, so the person who speaks for it is asked of.
        if (asksForSpeech && roster is not null && bestUsed.Min() is var bodyAt and > 0 && SpeakerLexicon.IsOrganisation(ArabicText.FoldedWords(best)[0])
            && (words[bodyAt - 1] == "باسم" || SpeakerLexicon.IsTitle(words[bodyAt - 1]) || TitleWithItsAdjective(words, bodyAt))
            && roster.Holders(roleWords, AsksOfAWoman(words), inScope).Where(h => h != best).ToList() is { Count: > 0 } spokespeople)
        {
            return spokespeople;
        }

        // A person named alone («بولياكوف») is asked of; a body named alone («وزارة المالية الاتحادية», a section's heading)
        // is a topic: what it did is searched, not only what it said.
        // Nor is part of a name that is word for word a section's heading: «الخطاط» over the calligrapher's section, in the
        // report that also quotes «سهى فاضل الخطاط», asks for that section; «ماذا قالت الخطاط؟» still asks of her, and a
        // heading that is the whole name («## أم العز» over her words) is still the person.
        var bareName = !SpeakerLexicon.IsOrganisation(ArabicText.FoldedWords(best)[0])
            && words.Where((w, i) => !bestUsed.Contains(i) && !Filler.Contains(w)).All(w => SpeechWords.Contains(w))
            && !(roster is not null && bestUsed.Count < roster.NameWords(best).Count && roster.IsSectionHeading(bestUsed.Order().Select(i => words[i])));
        var meant = namesakes.Prepend(best).ToList();
        if (givenNamesakes.Count > 0 && roster is not null)
        {
            // Newest first, as a name with no other word asks of the one the news speaks of now.
            meant = [.. givenNamesakes.Prepend(best).OrderByDescending(roster.Quotations.LastQuotedOn)];
        }

        // Rule «a name another report gives as what someone is called»: «شو قالت أم ناصر؟» with «أم ناصر» quoted under that
        // name in one report and «سعاد مخول، … وأضافت أم ناصر، كما يناديها الجيران» in another: the name asked whole is
        // both. The one quoted under the name comes first: it is the name as that report writes it.
        if (roster is not null && bestExact == bestUsed.Count && bestUsed.Count == roster.NameWords(best).Count)
        {
            meant.AddRange(roster.Names.OthersCalledAs(best).Where(h => !meant.Contains(h) && (inScope is null || inScope(h))).ToList());
        }

        if (asksForSpeech && roster is not null && ArabicText.FoldedWords(best) is { Count: > 1 } bodyName && SpeakerLexicon.IsOrganisation(bodyName[0]))
        {
            // «ماذا قال صندوق النقد الدولي؟»: the body speaks in its statements and through those who hold an office of it.
            meant.AddRange(roster.SpeakersFor(bodyName).Where(h => h != best && (inScope is null || inScope(h))));
        }

        if (roster is not null)
        {
            // «أبو خليل» quoted beside «خليل السيوفي» and «محمود ديب السيوفي»: the kunya is the father's, whom the report also
            // names in full.
            meant.AddRange(FathersBesideTheKunya(best, roster).Where(h => !meant.Contains(h) && (inScope is null || inScope(h))));
        }

        if (roster is not null)
        {
            // «عمو قاسم» quoted beside «قاسم محمد الصحاف» in one report: the one person, as the street calls him.
            meant.AddRange(meant.SelectMany(roster.Quotations.CalledByTheGivenName).Distinct(StringComparer.Ordinal).Where(h => !meant.Contains(h) && (inScope is null || inScope(h))).ToList());
        }

        if (asksForSpeech && roster is not null && bestUsed.Count == bestScore && bestScore == ArabicText.FoldedWords(best).Count)
        {
            // «ماذا قال مربي الأبقار؟» asks of the trade: whoever a briefing calls by its noun («يقول المربي») is asked too.
            meant.AddRange(roster.OfTheSameOccupation(best).Where(h => !meant.Contains(h) && (inScope is null || inScope(h))));
        }

        if (meant.Count > 1 && roster is not null && AsksOfAWoman(words) && meant.Any(roster.Quotations.IsFeminine))
        {
            // «شو حكت العياري» of «حمزة العياري» and «منجية العياري»: the feminine verb asks of the woman.
            meant = meant.Where(roster.Quotations.IsFeminine).ToList();
        }

        return asksForSpeech || bareName ? meant.Take(SpeakerRoster.MaxHolders).ToList() : [];
    }

    /// <summary>
    /// Whether the question asks who said the claim after «إن / أن» («من قال إن البن كان يقدم جزءا من المهر؟»): the
    /// passage that says it tells the person, whose words are the answer (<see cref="QuestionAnswerer"/>).
    /// </summary>
    internal static bool AsksWhoSaidAClaim(string question) => WhoSaidQuestion.Read(question)?.ClaimAfterThat().Count > 0;

    /// <summary>
    /// Rule «who said it, without «إن»»: «مين قال الطين أحسن من الإسمنت؟»، «شكون قال الارض ما تتباعش؟»، «منو كال الشط يعطي
    /// وياخذ؟»، «مين اللي تكلم عن السواني …؟»: the chat's commonest way to ask who said something leaves out «إن». The words
    /// after the verb may then be what someone said, or something no one in the briefings said («منو كال الميناء راح
    /// يسكر؟»), which must still be declined: the passages tell which (<see cref="ClaimSpoken"/>), not the question. Whether the question is so asked: a word asking who, the chat's «اللي» if any, a plain
    /// verb of saying or of speaking of, and a claim of two words or more after it, none of them «إن / أن»
    /// (<see cref="WhoSaidQuestion.AsksWithoutThat"/>).
    /// </summary>
    internal static bool AsksWhoSaidWithoutThat(string question) => WhoSaidQuestion.Read(question)?.AsksWithoutThat == true;

    /// <summary>Whether the question asks of a woman (<see cref="AsksOfAWoman(IReadOnlyList{string})"/>).</summary>
    internal static bool AsksOfAWoman(string question) => AsksOfAWoman(CompoundNames.Glued(ArabicText.FoldedWords(question)));

    /// <summary>
    /// Whether the question asks of a woman: a feminine verb or first title («ماذا قالت النائبة؟»، «ما رأيها»). The masculine
    /// is how Arabic asks of a title in general, so it asks of no one gender; a later title-like word is the office's
    /// complement («وزير الفلاحة» is no farmer woman).
    /// </summary>
    internal static bool AsksOfAWoman(IReadOnlyList<string> words) =>
        words.Any(w => FeminineSpeechWords.Contains(w) || FeminineSpeechWords.Contains(StripConjunction(w)))
        || words.FirstOrDefault(SpeakerLexicon.IsTitle) is { } title && SpeakerLexicon.TitleGender(title) == true;

    private static readonly HashSet<string> FeminineSpeechWords = new(
        new[] { "قالت", "تقول", "قالته", "ترى", "تري", "رأت", "تضيف", "أضافت", "تشير", "أشارت", "تعتقد", "اقترحت", "تقترح", "حذرت", "تحذر", "حكت", "تحكي", "بتحكي", "بتقول", "كالت", "تكول", "دتكول", "حجت", "تحجي", "كتقول", "هضرت", "كتهضر", "صرحت", "أوضحت", "توضح", "أكدت", "تؤكد", "أعلنت", "رأيها", "موقفها", "كلامها", "تصريحاتها", "تصريحها", "أقوالها", "كتبت", "غردت", "انتقدت", "دعت", "نفت" }
            .Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>Whether the folded word may stand around a name without asking of a topic («ماذا»، «شو»، «عن»).</summary>
    internal static bool IsFiller(string folded) => Filler.Contains(folded);

    /// <summary>Whether the folded word asks someone's opinion («رأي»، «موقفها»): «في» after it opens the subject.</summary>
    internal static bool IsOpinionWord(string folded) => OpinionWords.Contains(folded) || OpinionWords.Contains(StripConjunction(folded));

    /// <summary>Whether the folded word asks what someone said or thinks («قال»، «رأي»، «وحذرت»).</summary>
    internal static bool IsSpeechWord(string folded) => SpeechWords.Contains(folded) || SpeechWords.Contains(StripConjunction(folded));

    /// <summary>«وبولياكوف»، «لبولياكوف»: a name may carry a conjunction or preposition.</summary>
    internal static string StripConjunction(string w) => ArabicWordForms.OpensWithOneLetterClitic(w) ? w[1..] : w;
}
