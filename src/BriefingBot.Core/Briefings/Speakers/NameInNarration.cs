using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A person's name written as the subject of a narrated verb («ينحت رشيد بلحاج رأس تمثال»، «وقف الحاج إبراهيم عند السد»،
/// «بينما كان عزيز الوردي، مدير الكاستينغ المحلي، يمر») or heading the paragraph with an aside and a verb («فاطمة
/// الزهراء أمزيان، أم لثلاثة أطفال، بدأت»). A run of plain words is a name only where something says so: a title before it,
/// a given name the lexicon knows first, or a comma closing it before an aside that a comma closes too (the role in
/// apposition) — so a verb's object («يزرع القمح») or a body («جمعية …») is never taken for one.
/// </summary>
internal static class NameInNarration
{
    /// <summary>The most words of a name read in narration («يحيى حاج سعيد» and a particle).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The most words of the aside set off by commas after the name («مدير العمليات في أحد الاستوديوهين الكبيرين بالمدينة»).</summary>
    private const int MaxAsideWords = 12;

    /// <summary>«هؤلاء», folded as the words of a paragraph are.</summary>
    private static readonly string These = ArabicText.Fold("هؤلاء");

    /// <summary>Words that open a clause of time before its verb («بينما كان عزيز …»، «حين وقف …»).</summary>
    private static readonly HashSet<string> TimeOpeners = new(StringComparer.Ordinal) { "بينما", "وبينما", "فيما", "وفيما", "حين", "وحين", "عندما", "وعندما" };

    /// <summary>
    /// Whether a name read in narration is someone: a name of two words or a listed given name. One word alone may be the
    /// verb of an unnamed person («كانت معلمة جاءت من كلميم …»).
    /// </summary>
    public static bool NamesSomeone(string name) => name.Contains(' ', StringComparison.Ordinal) || SpeakerLexicon.IsGivenName(ArabicText.Fold(name));

    /// <summary>
    /// The person named in narration before word <paramref name="limit"/>: after a verb at the head of a clause, or at the
    /// head of the paragraph with an aside; <paramref name="feminine"/> is the gender the later verb shows, which the
    /// narrated verb must not contradict. Null when none is named so, or when a second person (a title or a given name)
    /// stands between the name and <paramref name="limit"/>.
    /// </summary>
    public static Attribution? Before(Paragraph paragraph, int limit, bool feminine)
    {
        var words = paragraph.Words;
        for (var h = 0; h < limit - 1; h++)
        {
            if (ReportingVerbs.IsReportingVerb(words[h].Folded) && words[h + 1].IsComplementiser)
            {
                // «وأضاف أن السلطات تمنع رشيد بلحاج …، ويرى أن»: the paragraph quotes already; a name after is what was said.
                return null;
            }

            if (words[h].OpensQuote)
            {
                continue;
            }

            if (AfterAmongOpener(words, h) && PickedOut(paragraph, h, limit) is { } among && NoOneElseBefore(words, among.End + 1, limit))
            {
                // «ومن هؤلاء مصطفى حيدر العزاوي، خريج …. ويقول إنه»: the one picked out of the group just told of is narrated.
                return new Attribution(AttributionKind.Named, among.Name) { Feminine = feminine, GenderShown = true };
            }

            // «لكن بطرس شديد، …، يشكك»: «لكن» heading the paragraph stands before its subject.
            var afterBut = h == 1 && words[0].Folded is "لكن" or "ولكن";
            // «… تبدأ الأيدي العمل في الرابعة فجرًا. ويشرف فيصل بن سالم القرشي على فريق …، ويقول إن»: a sentence of its own
            // heads its clause as the paragraph does; the scene set before it names no one.
            if (h > 0 && !words[h - 1].EndsWithComma && !words[h - 1].EndsSentence && !AfterPlaceOpener(words, h) && !AfterNegationAtTheHead(words, h) && !afterBut)
            {
                continue;
            }

            if (h == 0 && NarratedName.SetApartAtTheHead(words, feminine) is { } setApart && setApart.End < limit)
            {
                // «أما أقدم فخاريي البلدة، جريس إلياس عبود، فيقضي صباحه …. "…"»: the person «أما» sets apart is narrated.
                return NoOneElseBefore(words, setApart.End + 1, limit, ArabicText.FoldedWords(setApart.Name)) ? new Attribution(AttributionKind.Named, setApart.Name) { Feminine = feminine, GenderShown = true } : null;
            }

            var named = h == 0 || afterBut ? AtTheHead(paragraph, h, limit, feminine) : null;
            if (named is null && NarratedVerb(words, h) is { } verb && VerbGender(words[verb].Folded) != !feminine)
            {
                named = NameAt(paragraph, verb + 1, limit, afterWas: words[verb].Folded is "كان" or "كانت") ?? SubjectAfterTheObject(paragraph, verb, limit);
            }

            // «يقف خالد الريامي، …، ممسكًا بهاتفه …. ويبث خالد المزاد …»، «يجلس رامي حجازي، … . وقد ترك رامي دراسة …»: the person
            // named, mentioned again by part of the name, is no one else.
            if (named is { } found && NoOneElseBefore(words, found.End + 1, limit, ArabicText.FoldedWords(found.Name)))
            {
                // «… . ويعرفه أهل السوق باسم "أبو خليل"، ويقول إنه»: the name the narration says they are known by is theirs.
                return new Attribution(AttributionKind.Named, found.Name)
                {
                    Feminine = feminine,
                    GenderShown = true,
                    Role = found.Role,
                    Alias = found.Alias ?? NicknameInAside(words, h, found.End, limit) ?? NicknameGiven.KnownByIn(words, found.End + 1, limit),
                };
            }
        }

        return CalledByName(paragraph, limit, feminine) is { } called && NoOneElseBefore(words, called.End + 1, limit)
            ? new Attribution(AttributionKind.Named, called.Name) { Feminine = feminine, GenderShown = true }
            : null;
    }

    /// <summary>
    /// The person named right after a narrated verb before word <paramref name="limit"/> by a name the lexicon need not
    /// list («يجلس محند آيت لعربي منذ السابعة …»، «تقف رلى عيسى على سقالة …»، «ولا يستطيع جمال الجعبري الوصول …»): only
    /// for a later sentence that points back to one person by what they are, which vouches that the words after the verb
    /// are someone. The name is the given name and one more word (with a joiner, «آيت لعربي», two), up to a preposition or a
    /// clause end, or a word with the article after a given name the lexicon does not list («تسعديت أوقاسي العمل»). Null when <see cref="Before"/> finds no one and the narration names no one so.
    /// </summary>
    public static Attribution? VouchedBefore(Paragraph paragraph, int limit, bool feminine)
    {
        if (Before(paragraph, limit, feminine) is { } listed)
        {
            return listed;
        }

        var words = paragraph.Words;
        for (var h = 0; h < limit - 2; h++)
        {
            // «ولا يستطيع جمال الجعبري»: a negation before the narrated verb heads the clause with it.
            var head = h > 0 && words[h - 1].Folded is "لا" or "ولا" && !words[h - 1].EndsClause ? h - 1 : h;
            if (head > 0 && !words[head - 1].EndsWithComma && !AfterPlaceOpener(words, h) || NarratedVerb(words, h) is not { } verb
                || VerbGender(words[verb].Folded) != feminine || !IsNameWord(paragraph, words[verb + 1], first: true) || IsPresentVerb(words[verb + 1]))
            {
                continue;
            }

            var start = verb + 1;
            var end = start;
            var most = start + (start + 2 < limit && SpeakerLexicon.IsJoiner(words[start + 1].Folded) ? 2 : 1);
            // «تاوريرت ميمون حوّلت»: a place shaped as a verb; a word shaped as a verb is no part of a name the lexicon does not list.
            while (!words[end].EndsClause && end < most && end + 1 < limit && IsNameWord(paragraph, words[end + 1], first: false) && VerbGender(words[end + 1].Folded) is null
                && (!SubjectWords.HasArticle(words[end + 1]) || SpeakerLexicon.IsGivenName(words[start].Folded))
                && !IsPresentVerb(words[end + 1]))
            {
                end++;
            }

            if (end == start)
            {
                continue;
            }

            if (!NoOneElseBefore(words, end + 1, limit))
            {
                return null;
            }

            var name = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface.TrimEnd('،', ',')));
            return new Attribution(AttributionKind.Named, name) { Feminine = feminine, GenderShown = true };
        }

        return null;
    }

    /// <summary>
    /// «ينحني قلاف عجوز اسمه أنطوان نعمة فوق فلوكة»، «يعمل شاب في الخامسة والعشرين اسمه إيلي سركيس،»، «خزاف ياباني اسمه
    /// كينجي موريتا»: the first sentence brings a person in by what they are, a trade the lexicon need not know, and names
    /// them after «اسمه / اسمها» (agreeing with <paramref name="feminine"/>); the name runs to its comma, or, unclosed, is
    /// the word after «اسمه» and one more. Null when the sentence names no one so.
    /// </summary>
    private static (string Name, int End)? CalledByName(Paragraph paragraph, int limit, bool feminine)
    {
        var words = paragraph.Words;
        for (var k = 1; k + 1 < limit && !words[k - 1].EndsSentence; k++)
        {
            // «ويقول العجوز إن … كان لرجل من الموصل اسمه حسن الموصلي»: a name after «أن / إن» is in what was said.
            if (words[k].IsComplementiser)
            {
                return null;
            }

            if (words[k].Folded != (feminine ? "اسمها" : "اسمه") || words[k].EndsClause || words[k - 1].EndsClause)
            {
                continue;
            }

            var start = k + 1;
            if (!IsNameWord(paragraph, words[start], first: true) || IsPresentVerb(words[start]))
            {
                return null;
            }

            var end = start;
            while (!words[end].EndsClause && end + 1 < limit && end + 1 - start < MaxNameWords && IsNameWord(paragraph, words[end + 1], first: false))
            {
                end++;
            }

            if (!words[end].EndsClause)
            {
                // «اسمه أنطوان نعمة فوق فلوكة»: unclosed, the name is two words at most, and no present verb («اسمه أيوب يحمل»).
                end = Math.Min(end, start + 1);
                end = end > start && IsPresentVerb(words[end]) ? start : end;
            }

            return (string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface)), end);
        }

        return null;
    }

    /// <summary>
    /// «تصقل سعاد قزي، التي يناديها الجيران "أم هشام"، …»: the nickname a relative aside after the name narrated from word
    /// <paramref name="h"/> gives; the person goes by it later («تعيده أم هشام إلى الصانع»). Null when the aside gives none.
    /// </summary>
    private static string? NicknameInAside(List<Word> words, int h, int end, int limit)
    {
        for (var k = h + 1; k <= end + 1 && k < limit; k++)
        {
            if (NicknameGiven.GivenInAside(words, k) is { } nickname)
            {
                return nickname;
            }
        }

        return null;
    }

    /// <summary>
    /// «ولا تستعمل الحاجة فاطمة أي لون صناعي»، «ولم تترك الحاجة زينب الكعبي نولها»: a negation heading the paragraph or a
    /// clause stands before the narrated verb at <paramref name="h"/>, which heads the clause with it.
    /// </summary>
    /// <summary>
    /// «ومن هؤلاء مصطفى …،»، «… . ومن بين القاطفين ياسر …،»: a sentence opens by picking one out of a group («ومن هؤلاء»،
    /// «ومن بين» and the group with the article), and word <paramref name="h"/> is the first after that opener.
    /// </summary>
    private static bool AfterAmongOpener(List<Word> words, int h)
    {
        for (var o = h - 3; o <= h - 2; o++)
        {
            if (o < 0 || o > 0 && !words[o - 1].EndsSentence || words[o].Folded is not ("ومن" or "من") || words.Skip(o).Take(h - o).Any(w => w.EndsClause))
            {
                continue;
            }

            if (h - o == 2 ? words[o + 1].Folded == These : words[o + 1].Folded == "بين" && (words[o + 2].Folded == These || SubjectWords.HasArticle(words[o + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name of two words or more from word <paramref name="h"/>, closed by a comma before <paramref name="limit"/>; null for none.</summary>
    private static (string Name, int End)? PickedOut(Paragraph paragraph, int h, int limit)
    {
        var words = paragraph.Words;
        var end = h;
        while (end < limit && end - h + 1 < MaxNameWords && !words[end].EndsClause && IsNameWord(paragraph, words[end], first: end == h))
        {
            end++;
        }

        return end > h && end < limit && words[end].EndsWithComma && IsNameWord(paragraph, words[end], first: false)
            ? (string.Join(' ', words.Skip(h).Take(end - h + 1).Select(w => w.Surface)), end)
            : null;
    }

    private static bool AfterNegationAtTheHead(List<Word> words, int h) =>
        h > 0 && words[h - 1].Folded is "لا" or "ولا" or "لم" or "ولم" && !words[h - 1].EndsClause && (h == 1 || words[h - 2].EndsClause);

    /// <summary>
    /// «وفي كشك من التنك عند مدخل الميناء تقلي أم جورج …»: the paragraph opens on a place with a preposition and no comma
    /// closes it; word <paramref name="h"/> is the first there shaped as a verb (its prefix or ending shows a gender), which
    /// is where the narration's verb stands.
    /// </summary>
    internal static bool AfterPlaceOpener(List<Word> words, int h)
    {
        const int MaxPlaceWords = 8;
        var opener = words[0].Folded.Length > 2 && words[0].Folded[0] == 'و' ? words[0].Surface[1..] : words[0].Surface;
        if (h > MaxPlaceWords || !SpeakerLexicon.IsPreposition(opener) || words[0].EndsClause)
        {
            return false;
        }

        // «وفي تاوريرت ميمون حوّلت كهينة مزيان …»: the word right after the preposition is the place it governs, whatever
        // verb its shape recalls; the narration's verb stands after it.
        for (var k = 1; k < h; k++)
        {
            if (words[k].EndsClause || k > 1 && NarratedVerb(words, k) is not null)
            {
                return false;
            }
        }

        return h > 1 && NarratedVerb(words, h) == h;
    }

    /// <summary>
    /// «، وهو مهندس معماري في الثلاثين …،»، «، كاهن كنيسة الروم الأرثوذكس،»: the aside set off after a name in narration is
    /// who the person is, kept as their role, so «ويشير المهندس» or «وعلّق الكاهن» later points back to them. An alias set off
    /// so («، المعروفة بأم علي،») is another name, no role.
    /// </summary>
    private static string RoleIn(List<Word> words, int from, int to) =>
        string.Join(' ', words.Skip(from).Take(to - from + 1).Where(w => w.Folded is not ("وهو" or "وهي")).Select(w => w.Surface.TrimEnd('،', ',')));

    /// <summary>
    /// «كلير هيوز، وهي منتجة تنفيذية …، اعتبرت أن»: a name heading the paragraph, an aside opened by «وهو / وهي», and a
    /// reporting verb with «أن» agreeing with that pronoun. The name need not be one the lexicon knows: the aside and the
    /// verb's agreement say it is a person, who says what follows. Null otherwise.
    /// </summary>
    public static Attribution? HeadingWithAside(Paragraph paragraph)
    {
        var words = paragraph.Words;
        if (NameAt(paragraph, 0, words.Count) is not { Closed: true } name || name.End + 2 >= words.Count || words[0].Folded is "هو" or "هي")
        {
            return null;
        }

        var pronoun = words.FindIndex(1, w => w.Folded is "وهو" or "وهي");
        var verb = words[name.End + 1];
        if (pronoun < 1 || pronoun > name.End || !words[pronoun - 1].EndsWithComma || DescriptiveAside.Closing(words, pronoun) != name.End
            || !ReportingVerbs.IsReportingVerb(verb.Folded) || !words[name.End + 2].IsComplementiser
            || ReportingVerbs.IsFeminine(verb.Folded) != (words[pronoun].Folded == "وهي"))
        {
            return null;
        }

        var nameWords = words.Take(pronoun).ToList();
        var start = nameWords.FindIndex(w => !IsTitle(w));
        return new Attribution(AttributionKind.Named, string.Join(' ', nameWords.Skip(start).Select(w => w.Surface))) { Feminine = words[pronoun].Folded == "وهي", GenderShown = true };
    }

    /// <summary>
    /// «فاطمة الزهراء أمزيان، أم لثلاثة أطفال، بدأت»، «لكن بطرس شديد، أقدم صانع نصال في البلدة، يشكك»: a name at word
    /// <paramref name="from"/> (the head, or after «لكن» heading the paragraph), its aside, and a verb agreeing with the person.
    /// </summary>
    private static (string Name, int End, bool Closed, string? Role, string? Alias)? AtTheHead(Paragraph paragraph, int from, int limit, bool feminine)
    {
        if (NameAt(paragraph, from, limit) is not { Closed: true } name || name.End + 1 >= limit)
        {
            return null;
        }

        var verb = paragraph.Words[name.End + 1];
        return !SubjectWords.HasArticle(verb) && !SpeakerLexicon.IsPreposition(verb.Surface) && VerbGender(verb.Folded) == feminine ? name : null;
    }

    /// <summary>The word after a clause head that is the narrated verb: the head itself, or the verb after «بينما كان»; null when the head is no verb.</summary>
    internal static int? NarratedVerb(List<Word> words, int h)
    {
        var at = TimeOpeners.Contains(words[h].Folded) && !words[h].EndsClause ? h + 1 : h;
        var head = words[at];
        return at + 1 < words.Count && !head.EndsClause && !head.HasTanween && !SubjectWords.HasArticle(head) && !SpeakerLexicon.IsPreposition(head.Surface)
            && !SpeakerLexicon.IsTitle(head.Folded) && !SpeakerLexicon.IsOpener(head.Folded) && !SpeakerLexicon.IsGivenName(head.Folded)
            && (!SpeakerLexicon.IsNonName(head.Folded) || head.Folded is "كان" or "كانت") && head.Folded is not ("هو" or "هي" or "وهو" or "وهي")
            && VerbGender(head.Folded) is not null ? at : null;
    }

    /// <summary>
    /// The name that begins at <paramref name="from"/> (perhaps after a title), ending at its comma or, unclosed, after the
    /// given name and one more word; null when nothing shows these words are a name.
    /// </summary>
    private static (string Name, int End, bool Closed, string? Role, string? Alias)? NameAt(Paragraph paragraph, int from, int limit, bool afterWas = false)
    {
        var words = paragraph.Words;
        var start = from;
        string? occupation = null;
        // «يقاطعه حفيده يوسف الحشيبري، وهو طالب …»: kin of someone already met stands before the name as a title does; so
        // does a trade with the article the lexicon need not know, right before a listed given name («يدير الدلال جمعة الدرعي»).
        while (start < limit && !words[start].EndsClause
            && (IsTitle(words[start]) && !IsGivenNameBeforeItsFather(words, start, limit) || SpeakerLexicon.IsKinOfSomeone(words[start].Folded)
                || OccupationBeforeGivenName(paragraph, start, limit)))
        {
            // A title the lexicon knows («الحاج»، «المعلم») leaves the role to what the briefing says of the person later.
            occupation = !IsTitle(words[start]) && OccupationBeforeGivenName(paragraph, start, limit) ? words[start].Surface : occupation;
            start++;
        }

        if (start >= limit || !IsNameWord(paragraph, words[start], first: true) && !IsGivenNameBeforeItsFather(words, start, limit))
        {
            return null;
        }

        var end = start;
        while (!words[end].EndsClause && end + 1 < limit && end + 1 - start < MaxNameWords
            && (IsNameWord(paragraph, words[end + 1], first: false) || SecondOfAbd(words, end)))
        {
            end++;
        }

        var aside = AsideAfter(words, end);
        var fathers = FathersName.End(words, start, end);
        // «يفرغ امحمد ولد الطاهر أكياس الطين»: a joiner of the father's name says these words are a name, whatever the
        // lexicon knows of the first («امحمد»، «امباركة» are North-African spellings it need not list).
        var withFamily = HasFamilyNisba(words, start, end);
        var known = start > from || SpeakerLexicon.IsGivenName(words[start].Folded) || fathers is not null || withFamily;
        if (aside is null)
        {
            if (!known || IsDualNoun(words[Math.Min(end, start + 1)]))
            {
                return null;
            }

            // Unclosed, the name is the given name and its surname: what follows may be the verb's object («رأس تمثال»).
            // A surname of two words whose second is itself a given name («يقلّب يحيى حاج سعيد تراب بستانه») is read
            // whole: a given name right there is the family name, never the verb's object. After a joiner the name runs
            // to the father's name («امحمد بن يونس»، «محمد بن عبد الله»), and on to a family name with the article only
            // when that is a nisba («شيخة بنت سالم الكندية»): «أشعلت فاطمة بنت علي الفرن» ends before the verb's object. A
            // surname opened by a particle («يفك الريس شعبان أبو زيد شباكه») is two words too.
            end = fathers is { } father ? FathersName.WithFamilyName(words, father, end)
                : Math.Min(end, end >= start + 2 && (SpeakerLexicon.IsGivenName(words[start + 2].Folded) || SpeakerLexicon.IsParticle(words[start + 1].Folded) || withFamily) ? start + 2 : start + 1);

            // «كان المعلّم عودة يجلس على عتبة …»: after «كان» the person's present verb follows the name; it is no surname.
            if (afterWas && end == start + 1 && IsPresentVerb(words[end]))
            {
                end = start;
            }
        }

        var name = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface.TrimEnd('،', ',')));
        if (aside is { } set && KunyaIn(words, end + 1, set) is { } kunya)
        {
            // «جمعة الدرعي، أبو سلطان،»: the kunya set off after the name is the name the person goes by.
            return (name, set, true, occupation, kunya);
        }

        if (aside is { } apposed && KunyaIn(words, start, end) is { } going && PersonsNameIn(paragraph, end + 1, apposed) is { } full)
        {
            // «تقلي أم جورج، ماري الخوري، البزري»: a kunya, then the person's name set off after it.
            return (full, apposed, true, occupation, going);
        }

        return (name, aside ?? end, aside is not null, aside is { } a && !SpeakerLexicon.IsAliasWord(words[end + 1].Folded) ? RoleIn(words, end + 1, a) : occupation, null);
    }

    /// <summary>
    /// «الدلال» in «يدير الدلال جمعة الدرعي،»: a word with the article, no preposition, title or clause end, right before a
    /// given name the lexicon lists and a name word after it, or before a name of two words whose surname with the article
    /// its comma closes — a trade, whatever the lexicon knows of it.
    /// </summary>
    private static bool OccupationBeforeGivenName(Paragraph paragraph, int at, int limit)
    {
        var words = paragraph.Words;
        return at + 2 < limit && SubjectWords.HasArticle(words[at]) && SubjectWords.IsPlainName(words[at]) && !words[at].EndsClause
            && !SpeakerLexicon.IsPreposition(words[at].Surface) && !words[at + 1].EndsClause && IsNameWord(paragraph, words[at + 1], first: true)
            && IsNameWord(paragraph, words[at + 2], first: false)
            && (SpeakerLexicon.IsGivenName(words[at + 1].Folded) || SubjectWords.HasArticle(words[at + 2]) && words[at + 2].EndsWithComma);
    }

    /// <summary>The kunya («أبو سلطان»، «أم جورج») that words [<paramref name="from"/>, <paramref name="to"/>] are, or null.</summary>
    private static string? KunyaIn(List<Word> words, int from, int to) =>
        to - from is 1 or 2 && SpeakerLexicon.IsKunyaHead(words[from].Folded) && !words[from].EndsClause && !words[from + 1].InParentheses
            && SubjectWords.IsPlainName(words[from + 1])
            // «أم لثلاثة أطفال»: a mother of three, no kunya; a preposition glued to the word says so.
            && !(words[from + 1].Folded[0] is 'ل' or 'ب' && !SpeakerLexicon.IsGivenName(words[from + 1].Folded))
            ? string.Join(' ', words.Skip(from).Take(to - from + 1).Select(w => w.Surface.TrimEnd('،', ',')))
            : null;

    /// <summary>A person's name of two or three words, opening with a listed given name, that words [<paramref name="from"/>, <paramref name="to"/>] are; or null.</summary>
    private static string? PersonsNameIn(Paragraph paragraph, int from, int to)
    {
        var words = paragraph.Words;
        if (to - from is not (1 or 2) || !SpeakerLexicon.IsGivenName(words[from].Folded))
        {
            return null;
        }

        for (var k = from + 1; k <= to; k++)
        {
            if (!IsNameWord(paragraph, words[k], first: false) || words[k - 1].EndsClause)
            {
                return null;
            }
        }

        return string.Join(' ', words.Skip(from).Take(to - from + 1).Select(w => w.Surface.TrimEnd('،', ',')));
    }

    /// <summary>
    /// «يجلس»، «تضع»: a word of four letters or fewer on the present verb's pattern (a prefix «يـ/تـ», no ending of a noun
    /// or relative adjective), which no listed given name is.
    /// </summary>
    private static bool IsPresentVerb(Word w) =>
        w.Folded is { Length: 3 or 4 } f && f[0] is 'ي' or 'ت' && f[^1] is not ('ي' or 'ه' or 'ة' or 'ا' or 'ى') && !w.EndsClause
        && !SpeakerLexicon.IsGivenName(f);

    /// <summary>
    /// «ويلوم حسن الحكومتين معًا»: a dual with the article after the given name is the verb's object, never a surname
    /// (a surname is no dual of a feminine noun).
    /// </summary>
    private static bool IsDualNoun(Word w) =>
        SubjectWords.HasArticle(w) && w.Folded.Length > 6 && (w.Folded.EndsWith("تين", StringComparison.Ordinal) || w.Folded.EndsWith("تان", StringComparison.Ordinal));

    /// <summary>
    /// A title, or a popular one with the article («الحاج»), or a priest's «الأب» («وبينما كان الأب إيليا حدادين، كاهن …»):
    /// before a name in narration, whoever «the father» is, the name after it is the person.
    /// </summary>
    private static bool IsTitle(Word w) => SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsPopularTitle(w.Folded) || w.Folded == "الاب";

    /// <summary>
    /// «تجلس شيخة بنت سالم الكندية»: a title that is also a listed given name («شيخة»), written without the article and
    /// followed by the joiner of the father's name, is that given name, not a title before one.
    /// </summary>
    /// <summary>
    /// Rule «a full name closed by its family nisba»: «يقف مزهر عباس الشويلي منذ الفجر»، «يعمل جاسب عودة الخفاجي منذ أربعين
    /// عامًا»: two plain words and then a nisba with the article («الشويلي»، «السويعدي»، «الفهداوي»), where or since when
    /// right after, is the shape of a given name, the father's and the family's — whatever the lexicon lists of the first.
    /// Unread, the person a portrait opens on was no one, or was cut to two words and lost the surname readers ask by.
    /// A verb's object is rarely a nisba right before a preposition; «الشاي» ends in «اي», no nisba.
    /// </summary>
    private static bool HasFamilyNisba(List<Word> words, int start, int end)
    {
        if (end < start + 2 || words[start].EndsClause || words[start + 1].EndsClause || SubjectWords.HasArticle(words[start + 1]))
        {
            return false;
        }

        var family = words[start + 2];
        var f = family.Folded;
        return SubjectWords.HasArticle(family) && f.Length >= 6 && f[^1] == 'ي' && f[^2] != 'ا' && !family.HasTanween
            && (family.EndsClause || start + 3 < words.Count && SpeakerLexicon.IsPreposition(words[start + 3].Surface));
    }

    private static bool IsGivenNameBeforeItsFather(List<Word> words, int at, int limit) =>
        at + 1 < limit && !words[at].EndsClause && SpeakerLexicon.IsGivenName(words[at].Folded) && !SubjectWords.HasArticle(words[at])
        && words[at + 1].Folded is "بن" or "بنت";

    /// <summary>
    /// Whether <paramref name="w"/> may be a word of a name; a first word may not carry the article, nor be a preposition
    /// with its «و» («وعند الغروب، يغطي …» opens on a time, not a name); «وهو / وهي» opening how someone said it («يقول
    /// الشيخ وهو يشير بعصاه إلى الجبل. ويضيف أن») never is.
    /// </summary>
    private static bool IsNameWord(Paragraph paragraph, Word w, bool first) =>
        SubjectWords.IsPlainName(w) && !(first && (SubjectWords.HasArticle(w) || w.Surface.Length > 2 && w.Surface[0] == 'و' && SpeakerLexicon.IsPreposition(w.Surface[1..]))) && !paragraph.CommonNouns.Contains(w.Folded) && !w.InParentheses
        && !SpeakerLexicon.IsPreposition(w.Surface) && !w.IsComplementiser && !w.OpensQuote && !SpeakerLexicon.IsTitle(w.Folded)
        && w.Folded is not ("وهو" or "وهي" or "هو" or "هي");

    /// <summary>
    /// «كاظم عبد الأمير الساعدي»، «ضياء عبد الملك»: after «عبد» the word with the article is the second half of a compound
    /// given name, though it spells a title on its own («الأمير»، «الملك»): no name ends on «عبد».
    /// </summary>
    private static bool SecondOfAbd(List<Word> words, int at) =>
        words[at].Folded == "عبد" && !words[at].EndsClause && at + 1 < words.Count && SubjectWords.HasArticle(words[at + 1]) && SubjectWords.IsPlainName(words[at + 1]);

    /// <summary>The word that closes with a comma the aside right after the name's comma at <paramref name="end"/>; null for none.</summary>
    private static int? AsideAfter(List<Word> words, int end)
    {
        if (!words[end].EndsWithComma || end + 1 >= words.Count)
        {
            return null;
        }

        if (DescriptiveAside.Closing(words, end + 1) is { } closing)
        {
            return closing;
        }

        for (var j = end + 1; j < words.Count && j <= end + MaxAsideWords; j++)
        {
            // «، الذي يناديه البحّارة «أبو عادل»،»: the nickname a verb of naming gives is part of the aside, not what was said.
            if (words[j].OpensQuote && NicknameGiven.NamedBefore(words, j) && NicknameGiven.QuoteClosing(words, j) is { } quoteEnd)
            {
                j = quoteEnd;
            }
            else if (words[j].IsComplementiser || words[j].OpensQuote || ReportingVerbs.IsReportingVerb(words[j].Folded))
            {
                return null;
            }

            if (words[j].EndsClause)
            {
                return words[j].EndsWithComma && j > end + 1 ? j : null;
            }
        }

        return null;
    }

    /// <summary>
    /// No one else named between the name (and its aside) and the verb that quotes — a known given name, or a title before a
    /// name word — else that verb may be theirs; a word of the name itself (<paramref name="named"/>, folded) is no one else.
    /// </summary>
    internal static bool NoOneElseBefore(List<Word> words, int from, int limit, IReadOnlyList<string>? named = null)
    {
        for (var k = from; k < limit; k++)
        {
            // «أما …، كميل أبي راشد، فيسخّن …. ولم يعد أبي راشد يجد …»: the person named, mentioned again by part of the name.
            if (named is not null && named.Contains(words[k].Folded))
            {
                continue;
            }

            // «التي يناديها الجيران "أم هشام"»: the name others call the person by is theirs, no one else.
            if (words[k].OpensQuote && NicknameGiven.NamedBefore(words, k))
            {
                while (k + 1 < limit && !words[k].ClosesQuote)
                {
                    k++;
                }

                continue;
            }

            // «الذي يناديه الجيران أبا حيدر»: so is a kunya a verb of naming gives unquoted.
            if (NicknameGiven.UnquotedKunyaAt(words, k) is not null && NicknameGiven.NamedBefore(words, k))
            {
                k++;
                continue;
            }

            // «يكسر الكتل الكبيرة بمطرقة»: a title-shaped word with the article right after a noun with the article is
            // that noun's adjective («كبيرة الاقتصاديين» is a title, «الكتل الكبيرة» is not); a listed given name after it
            // («إمام المسجد الشيخ محمد») is still someone.
            if (IsAdjectiveOfTheNounBefore(words, k, from))
            {
                continue;
            }

            // «على» folds to the given name «علي»: a preposition is no one («…، على المغتربين، قائلًا إن»).
            // «، وهو رجل في السبعين ورث المعصرة …،»: a title before a preposition says what the person is, naming no one.
            if (SpeakerLexicon.IsGivenName(words[k].Folded) && !SpeakerLexicon.IsPreposition(words[k].Surface)
                || IsTitle(words[k]) && !words[k].EndsClause && k + 1 < limit && SubjectWords.IsPlainName(words[k + 1]) && !SubjectWords.HasArticle(words[k + 1])
                    && !SpeakerLexicon.IsPreposition(words[k + 1].Surface))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether the title-shaped word at <paramref name="k"/> is an adjective: it has the article and follows, in the same
    /// clause, a noun with the article that is no title itself; a popular title («الحاج»، «الشيخ»، «الأب») never is, and a
    /// listed given name after it says it heads a name.
    /// </summary>
    private static bool IsAdjectiveOfTheNounBefore(List<Word> words, int k, int from)
    {
        if (k <= from || k + 1 >= words.Count || !SubjectWords.HasArticle(words[k]) || SpeakerLexicon.IsPopularTitle(words[k].Folded)
            || SpeakerLexicon.IsTitleOfABodysNamesake(words[k].Folded) || words[k].Folded == "الاب")
        {
            return false;
        }

        var noun = words[k - 1];
        return !noun.EndsClause && SubjectWords.HasArticle(noun) && !IsTitle(noun) && !SpeakerLexicon.IsKinOfSomeone(noun.Folded)
            && !SpeakerLexicon.IsGivenName(words[k + 1].Folded);
    }

    /// <summary>
    /// «تقودها سمية باباعمي، طالبة الدكتوراه …، التي تقول إن»: the name of two words or more that a comma closes before the
    /// aside closed right before the relative pronoun at <paramref name="relative"/>, right after a verb agreeing with it;
    /// null when the words there are no such name (a body, «جمعية … التي تقول», has no aside of a person's role so set off).
    /// </summary>
    public static Attribution? BeforeRelative(Paragraph paragraph, int relative, bool feminine)
    {
        var words = paragraph.Words;
        var nameEnd = relative - 2;
        while (nameEnd > 0 && !words[nameEnd].EndsClause)
        {
            nameEnd--;
        }

        if (nameEnd <= 0 || !words[nameEnd].EndsWithComma || relative - 1 - nameEnd > MaxAsideWords || AsideAfter(words, nameEnd) != relative - 1)
        {
            return null;
        }

        var start = nameEnd;
        while (start > 0 && nameEnd - start + 1 < MaxNameWords && !words[start - 1].EndsClause && !SubjectWords.HasArticle(words[start])
            && IsNameWord(paragraph, words[start - 1], first: false) && (SpeakerLexicon.IsGivenName(words[start - 1].Folded) || VerbGender(words[start - 1].Folded) is null))
        {
            start--;
        }

        var verb = start - 1;
        if (nameEnd == start || verb < 0 || words[verb].EndsClause || !IsNameWord(paragraph, words[start], first: true)
            || SpeakerLexicon.IsGivenName(words[verb].Folded) || VerbGender(words[verb].Folded) != feminine)
        {
            return null;
        }

        var name = string.Join(' ', words.Skip(start).Take(nameEnd - start + 1).Select(w => w.Surface));
        return new Attribution(AttributionKind.Named, name) { Feminine = feminine, GenderShown = true };
    }

    /// <summary>
    /// «ويقود فزعة الحي في يفرن خليفة الشيباني، الذي …»، «وتدير التعاونية منذ تأسيسها الحرفية حليمة بن عمر، ابنة …،»: a
    /// feature may put the verb's object and a time or place before its subject. When no name stands right after the
    /// narrated verb at <paramref name="verb"/>, the subject is the first name within a few words of it that a listed given
    /// name or the father's joiner shows and a comma closes (the name itself or its aside); an unclosed name there may be
    /// the object's own («ويعلّم ابنه محمد الحساب»). Null when the clause ends, quotes or says «أن» first.
    /// </summary>
    private static (string Name, int End, bool Closed, string? Role, string? Alias)? SubjectAfterTheObject(Paragraph paragraph, int verb, int limit)
    {
        const int MaxObjectWords = 7;
        // «وتشارك في إدارة المشتل منذ عامين المهندسة الزراعية رهف …»: since when («منذ» and up to three words) is no word of
        // the object; the subject may stand after it.
        const int MaxSinceWords = 4;
        var words = paragraph.Words;
        var since = 0;
        for (var p = verb + 2; p < limit && p <= verb + 1 + MaxObjectWords + since; p++)
        {
            if (words[p - 1].EndsClause || words[p].OpensQuote || words[p].IsComplementiser)
            {
                return null;
            }

            if (words[p - 1].Folded == "منذ" && since == 0)
            {
                since = MaxSinceWords;
            }

            // A listed given name, a first name the father's joiner follows, or a title or trade before a name that is no
            // verb («الدليل أيوب الناكوع،»; «الشركة التي تجلب الحافلة،» is none); not a word inside a kunya or a father's
            // name («أبو إلياس»، «بن عمر»).
            var opensName = !SpeakerLexicon.IsParticle(words[p - 1].Folded)
                && (SpeakerLexicon.IsGivenName(words[p].Folded) && !SpeakerLexicon.IsPreposition(words[p].Surface) || FathersName.End(words, p, p + 2) is not null
                    || (IsTitle(words[p]) || OccupationBeforeGivenName(paragraph, p, limit)) && p + 1 < limit && !IsPresentVerb(words[p + 1]));
            if (opensName && NameAt(paragraph, p, limit) is { } name)
            {
                return name.Closed || words[name.End].EndsWithComma ? WithUnlistedGivenNameBefore(paragraph, verb, p, name) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// «وتشارك في إدارة المشتل المهندسة الزراعية رهف خالد الشطناوي،»، «وتشارك في عمل الفريق رقية حسن اللامي،»: the subject
    /// after the object, read from the listed given name on, is the father's and family name; the plain word right before
    /// it, after a word with the article that ends the object or the title, is the person's own given name the lexicon
    /// need not list. The name as read when no such word stands there, or when it is long enough already.
    /// </summary>
    private static (string Name, int End, bool Closed, string? Role, string? Alias) WithUnlistedGivenNameBefore(
        Paragraph paragraph, int verb, int start, (string Name, int End, bool Closed, string? Role, string? Alias) name)
    {
        var words = paragraph.Words;
        var given = start - 1;
        // The name's own words (its end may be the aside's, when one follows).
        var count = name.Name.Split(' ').Length;
        if (given - 1 <= verb || count is < 2 or >= MaxNameWords || !words[start + count - 1].EndsWithComma)
        {
            return name;
        }

        var w = words[given];
        var before = words[given - 1];
        return !w.EndsClause && !before.EndsClause && SubjectWords.IsPlainName(w) && !SubjectWords.HasArticle(w) && w.Folded.Length >= 3
            && !SpeakerLexicon.IsPreposition(w.Surface) && !SpeakerLexicon.IsParticle(w.Folded) && !paragraph.CommonNouns.Contains(w.Folded) && VerbGender(w.Folded) is null
            && (SubjectWords.HasArticle(before) || IsTitle(before)) && SubjectWords.IsPlainName(before)
            ? name with { Name = w.Surface + " " + name.Name }
            : name;
    }

    /// <summary>
    /// The gender a narrated verb shows, read off its shape: a present with «يـ» is masculine, with «تـ» feminine; a past
    /// ending in «ـت» feminine. Null when the shape tells nothing (or the word is no verb the shape can tell).
    /// </summary>
    internal static bool? VerbGender(string folded)
    {
        var stem = folded.Length > 3 && folded[0] is 'و' or 'ف' ? folded[1..] : folded;
        // «فقدت هنية الشاعري بيتها»: a past whose first letter is «ف» or «و» of the root, not a conjunction, is read as
        // written when the stem left tells nothing.
        return GenderOfStem(stem) ?? (stem.Length < folded.Length ? GenderOfStem(folded) : null);
    }

    private static bool? GenderOfStem(string stem) =>
        stem.Length < 3 ? null
        : stem[0] switch
        {
            'ي' => false,
            'ت' => true,
            _ => stem[^1] == 'ت' && stem.Length >= 4 ? true : stem is "كان" or "وقف" or "جلس" or "ظل" ? false : null,
        };
}
