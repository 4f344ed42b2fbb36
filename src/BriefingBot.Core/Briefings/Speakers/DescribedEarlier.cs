using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A person the narration just before introduced with what they are, then quoted by that description alone: «ويحفظ سيدي
/// محمد ولد بونا، وهو شيخ في الثمانين، …» then «ويضيف الشيخ أن»; «مريم منت محمد الأمين، وهي رسامة في الخمسين …» then
/// «وتشرح الرسامة الخمسينية أن». Feature writing introduces a person in a scene and carries them on by their trade or
/// age; no speaker met holds that description, so without this the passage is nobody's.
/// </summary>
internal static class DescribedEarlier
{
    /// <summary>How many paragraphs back, in the same section, the person may have been introduced: the one before may be a bare quote.</summary>
    private const int MaxParagraphsBack = 2;

    /// <summary>
    /// How many paragraphs back a description of age or trade («العجوز»، «الرجل السبعيني»، «البائع») may reach: a portrait
    /// carries its person on by what they are through a whole section, with a relative's lines between.
    /// </summary>
    private const int MaxParagraphsBackForAgeOrTrade = 6;

    /// <summary>Words for an old person («العجوز»، «المسن»): they fit an age given as sixty or more.</summary>
    private static readonly HashSet<string> OldAge = new(StringComparer.Ordinal) { "عجوز", "مسن", "شايب" };

    /// <summary>«الشاب / الشابة»: an age given in the twenties or thirties.</summary>
    private const string Young = "شاب";

    /// <summary>«الرجل السبعيني»، «السيدة الستينية»: a person by gender alone, who fits by the adjectives after.</summary>
    private static readonly HashSet<string> Persons = new(StringComparer.Ordinal) { "رجل", "سيد", "مرا" };

    /// <summary>
    /// A trade told by what the person does in a relative clause («، الذي يبيع التمر منذ …،»): «البائع» and «التاجر»
    /// point back to one who sells.
    /// </summary>
    private static readonly Dictionary<string, string[]> TradeVerbs = new(StringComparer.Ordinal)
    {
        [ArabicText.Fold("بائع")] = ["يبيع", "تبيع"],
        ["تاجر"] = ["يبيع", "تبيع", "يتاجر", "تتاجر"],
    };

    private static readonly string[] RelativePronouns = ["الذي", "التي"];

    /// <summary>The person a description with the article («الشيخ»، «الرسامة الخمسينية»، «الفلاح الستيني») points back to, or null.</summary>
    /// <param name="goesOnAs">
    /// Null unless the paragraph before, in the same section, quoted the speaker the section is hearing; then whether a
    /// description of the given gender (true for a woman) may go on with someone the section heard.
    /// </param>
    public static Attribution? Named(Attribution found, IReadOnlyList<(string? Section, string Text)> paragraphs, int at, Func<bool, bool>? goesOnAs = null)
    {
        if (KinPointedBack.Named(found, paragraphs, at) is { } relative)
        {
            return relative;
        }

        if (Description(found, paragraphs[at].Text) is not { } read)
        {
            return null;
        }

        var nounAt = read.Words.FindIndex(w => w.Folded == read.Noun);
        return Introduced(found, paragraphs, at, read.Wanted) ?? GoesOnWithTheOneJustHeard(found, read.Words, nounAt, read.Wanted)
            ?? (goesOnAs is not null && OpensWithTheOneJustHeard(found, read.Words) is { } goingOn && goesOnAs(goingOn.Feminine) ? goingOn : null);
    }

    /// <summary>
    /// Rule «an age outranks the one just heard»: «ويصر الرجل السبعيني على أنه»، «ويتذكر العجوز أن» point back to the person
    /// the section introduced with that age («حمد الرميح، الذي تجاوز السبعين،»), even when a relative spoke between
    /// («الرجل» alone would go on with the relative). Null when the description gives no age or no one introduced fits it.
    /// </summary>
    public static Attribution? OfAge(Attribution found, IReadOnlyList<(string? Section, string Text)> paragraphs, int at) =>
        Description(found, paragraphs[at].Text) is { Wanted.GivesAge: true } read ? Introduced(found, paragraphs, at, read.Wanted) : null;

    /// <summary>The paragraph's words, the description's noun and what it describes, or null when the mention is no description.</summary>
    private static (List<Word> Words, string Noun, Described Wanted)? Description(Attribution found, string text)
    {
        var words = Word.Split(text);
        return found is { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } mention } && ArabicText.FoldedWords(mention) is [var noun, ..]
            && WithAdjectives(noun, words) is { } description && Described.Of(description) is { } wanted
                ? (words, noun, wanted)
                : null;
    }

    /// <summary>The one person the paragraphs before, in the same section, introduced as the description says; null for none or two.</summary>
    private static Attribution? Introduced(Attribution found, IReadOnlyList<(string? Section, string Text)> paragraphs, int at, Described wanted)
    {
        Introduction? chosen = null;
        var reach = wanted.ByAgeOrTrade ? MaxParagraphsBackForAgeOrTrade : MaxParagraphsBack;
        for (var p = at - 1; p >= Math.Max(0, at - reach); p--)
        {
            if (!Equals(paragraphs[p].Section, paragraphs[at].Section))
            {
                break;
            }

            foreach (var introduced in Introductions(Word.Split(paragraphs[p].Text)))
            {
                if (!wanted.Fits(introduced) || found.GenderShown && found.Feminine != introduced.Feminine || chosen?.Name == introduced.Name)
                {
                    continue;
                }

                if (chosen is not null)
                {
                    // A description two people fit is no one's.
                    return null;
                }

                chosen = introduced;
            }
        }

        return chosen is { } person
            ? new Attribution(AttributionKind.Named, person.Name) { Role = person.Role, Feminine = person.Feminine, GenderShown = true }
            : null;
    }

    /// <summary>
    /// Rule «a description going on with the one just heard»: «يعرض لحسن أمزال … . علّق أبو يوسف بأن …» then «وأضاف التاجر
    /// الستيني أن»، «ويعوّل عبد الكريم الشرعبي، الذي يتاجر …» then «ويضيف التاجر أن»: a verb that goes on («وأضاف»،
    /// «ويتابع») with a description no aside gave anyone is the speaker just heard, carried on by what they are. A plural
    /// («ويضيف المزارعون») is a group, never the one just heard; with no one heard the description stays no one's.
    /// </summary>
    private static Attribution? GoesOnWithTheOneJustHeard(Attribution found, List<Word> words, int nounAt, Described wanted) =>
        nounAt > 0 && !words[nounAt - 1].EndsClause && ReportingVerbs.IsAdding(words[nounAt - 1].Folded) && !IsSoundPlural(wanted.Head)
            ? new Attribution(AttributionKind.Continuation, null) { Feminine = found.Feminine, GenderShown = found.GenderShown }
            : null;

    /// <summary>
    /// Rule «a description opening the paragraph after the one just heard»: «قالت برونر …» then «وترى الخزافة أن»، «تقول أم
    /// سعيد …» then «وتشير البائعة إلى أن»، «قال أبو عيسى …» then «ويتذكر الشيخ أن»: a paragraph that opens with any
    /// reporting verb and a description alone, right after a paragraph that quoted someone, goes on with them; feature
    /// writing names a person once and then calls them by their trade, age or standing. The description must be no office
    /// («ويرى الوزير أن» may be someone not met), no title with its field («الخبير الاقتصادي» may be someone new), no body
    /// and no group, and its gender is the verb's: a woman heard before is who a feminine verb goes on with. Null otherwise.
    /// </summary>
    private static Attribution? OpensWithTheOneJustHeard(Attribution found, List<Word> words)
    {
        // The description is read from the verb on: «وترى الفنانة الشابة أن» may have been read as a role and a surname.
        if (words.Count < 3 || found.FieldNamed && NamesAField(found.Name!) || words[0].EndsClause || !ReportingVerbs.IsReportingVerb(words[0].Folded)
            || WithAdjectives(words[1].Folded, words) is not { } description || Described.Of(description) is not { } wanted
            || !ArabicText.FoldedWords(found.Name!).All(ArabicText.FoldedWords(description).Contains))
        {
            return null;
        }

        var span = words.Skip(1).Take(1 + wanted.Adjectives.Count).ToList();
        return IsPersonDescription(words[1])
            // «وتقول المندوبية الإقليمية للسياحة إن»: a word with «لل» is a body's complement, no adjective of a person.
            && span.All(w => w.Folded.StartsWith("ال", StringComparison.Ordinal))
                ? new Attribution(AttributionKind.Continuation, null) { Feminine = ReportingVerbs.IsFeminine(words[0].Folded), GenderShown = true }
                : null;
    }

    /// <summary>
    /// «الخبير الاقتصادي»: a title and the relative adjective of its field, which may be someone new; «الفنانة الشابة» is a
    /// title and the person's age.
    /// </summary>
    private static bool NamesAField(string title) =>
        ArabicText.FoldedWords(title) is [_, var field, ..] && (field.EndsWith('ي') || field.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>
    /// «الخزافة»، «البائعة»، «الشيخ»، «الفتى»، «العجوز»: a noun with the article a person may be called by once named — no
    /// office («الوزير»), no body, no group or plural.
    /// </summary>
    public static bool IsPersonDescription(Word word) =>
        word.Folded.StartsWith("ال", StringComparison.Ordinal) && word.Folded.Length > 4 && !SpeakerLexicon.IsOfficeTitle(word.Folded)
        && !SpeakerLexicon.IsInstitution(word.Folded) && !SpeakerLexicon.IsCollective(word.Folded) && !IsSoundPlural(SpeakerLexicon.WithoutPrefixes(word.Folded));

    /// <summary>«المزارعون»، «الحرفيين»، «الباحثات»: a sound plural names a group.</summary>
    private static bool IsSoundPlural(string head) =>
        head.Length > 4 && (head.EndsWith("ون", StringComparison.Ordinal) || head.EndsWith("ين", StringComparison.Ordinal) || head.EndsWith("ات", StringComparison.Ordinal));

    /// <summary>
    /// «وتشرح الرسامة الخمسينية أن»: the noun read as the subject and the adjectives with the article after it, up to the
    /// «أن» that closes them; null when something else follows («وتعلّق الرسامة لوحتها على الجدار قبل أن …»: the verb is
    /// no saying, and the noun no description of a speaker).
    /// </summary>
    private static string? WithAdjectives(string folded, List<Word> words)
    {
        var at = words.FindIndex(w => w.Folded == folded);
        if (at < 0)
        {
            return null;
        }

        var end = at;
        while (end + 1 < words.Count && end - at < MaxAdjectives && !words[end].EndsClause && SubjectWords.HasArticle(words[end + 1]) && !words[end + 1].IsComplementiser)
        {
            end++;
        }

        // «ويصر الرجل السبعيني على أنه»، «وتشير البائعة إلى أن»: the verb's preposition may stand before «أن»; «وبحسب
        // المصممة الشابة، فإن»: after an opener, the comma before «فإن» closes the description.
        // «وتشكو الفنانة الشابة من ارتفاع …»، «ويحذر الشيخ من أن»: a verb that takes «من» closes it there.
        var closes = end + 1 < words.Count && !words[end].EndsClause
                && (words[end + 1].IsComplementiser || end + 2 < words.Count && words[end + 1].Surface is "على" or "إلى" or "الى" && !words[end + 1].EndsClause && words[end + 2].IsComplementiser
                    || words[end + 1].Surface == "من" && at > 0 && ReportingVerbs.TakesMin(words[at - 1].Folded))
            || end + 1 < words.Count && words[end].EndsWithComma && words[end + 1].Folded == "فان" && at > 0 && SpeakerLexicon.IsOpener(words[at - 1].Folded);
        return closes ? string.Join(' ', words.Skip(at).Take(end - at + 1).Select(w => w.Surface)) : null;
    }

    /// <summary>The longest relative clause read as an introduction, as <see cref="TopicWithAmma"/> steps over.</summary>
    private const int MaxRelativeClauseWords = 24;

    /// <summary>The most adjectives read after a description's noun («الفلاح الستيني»).</summary>
    private const int MaxAdjectives = 2;

    /// <summary>
    /// Each person a paragraph's narration names and then describes in an aside «، وهو / وهي …،», or by an office in
    /// apposition «، أمين حرفة الصباغين في المدينة العتيقة،» («ويجلس الحسين بلكبير، أمين …، أمام ورشته» then «وروى الأمين أن»),
    /// or by the trade a verb of working gives them («ويعمل جورج طوق دليلًا في الوادي» then «ويقول الدليل إن»).
    /// </summary>
    private static IEnumerable<Introduction> Introductions(List<Word> words) =>
        AsidesAndOffices(words).Concat(TradeAsComplement.Of(words)).Concat(KnownByAKunya.Of(words));

    private static IEnumerable<Introduction> AsidesAndOffices(List<Word> words)
    {
        var quoted = false;
        for (var k = 1; k < words.Count; k++)
        {
            quoted = (quoted || words[k - 1].OpensQuote) && !words[k - 1].ClosesQuote;
            // «، وهو / وهي …،», a relative clause «، الذي تجاوز السبعين،»، «، الذي يبيع التمر منذ …،», or an office in apposition.
            if (quoted || (DescriptiveAside.Closing(words, k) ?? DescriptiveAside.ClosingOf(words, k, MaxRelativeClauseWords, RelativePronouns) ?? OfficeInApposition(words, k)) is not { } end
                || NameBefore(words, k - 1) is not { } start)
            {
                continue;
            }

            // The pronoun opening an aside or a relative clause is no word of the role; the office in apposition is its first word, and its
            // feminine ending says a woman holds it («أمينة المكتبة»).
            var pronoun = words[k].Folded is "وهو" or "وهي" or "الذي" or "التي";
            var aside = words.Skip(pronoun ? k + 1 : k).Take(pronoun ? end - k : end - k + 1).ToList();
            yield return new Introduction(
                string.Join(' ', words.Skip(start).Take(k - start).Select(w => w.Surface)),
                string.Join(' ', aside.Select(w => w.Surface)),
                aside.Select(w => Bare(SpeakerLexicon.WithoutPrefixes(w.Folded))).ToHashSet(StringComparer.Ordinal),
                pronoun ? words[k].Folded is "وهي" or "التي" : words[k].Folded.EndsWith('ه'));
        }
    }

    /// <summary>The most words of an office set off after a name («أمين حرفة الصباغين في المدينة العتيقة»).</summary>
    private const int MaxOfficeWords = 8;

    /// <summary>
    /// The word that closes, with its comma, an office in apposition opened at <paramref name="k"/> right after a name's
    /// comma: a noun in construct («أمين حرفة …»، «رئيس جمعية …»), no verb, «أن» or quotation in it; null otherwise.
    /// </summary>
    private static int? OfficeInApposition(List<Word> words, int k)
    {
        if (k == 0 || k + 1 >= words.Count || !words[k - 1].EndsWithComma || words[k].EndsClause || SubjectWords.HasArticle(words[k]) || words[k].HasTanween
            || !SubjectWords.IsPlainName(words[k]))
        {
            return null;
        }

        for (var j = k + 1; j < words.Count && j <= k + MaxOfficeWords; j++)
        {
            if (words[j].IsComplementiser || words[j].OpensQuote || ReportingVerbs.IsReportingVerb(words[j].Folded))
            {
                return null;
            }

            if (words[j].EndsClause)
            {
                return words[j].EndsWithComma ? j : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where the name ending at <paramref name="last"/> (the word with the comma) begins: at a given name the lexicon knows,
    /// or right after a kin word or popular title («ابنه محفوظ»، «الحاج علي»); null when no name stands there.
    /// </summary>
    private static int? NameBefore(List<Word> words, int last)
    {
        int? start = null;
        for (var j = last; j >= 0 && last - j < BriefingLimits.MaxSpeakerWords; j--)
        {
            if (!SubjectWords.IsPlainName(words[j]) || j < last && words[j].EndsClause)
            {
                break;
            }

            if (j > 0 && !words[j - 1].EndsClause && (SpeakerLexicon.IsKinOfSomeone(words[j - 1].Folded) || SpeakerLexicon.IsPopularTitle(words[j - 1].Folded)))
            {
                return j;
            }

            // The earliest given name of the run («تجلس مريم منت محمد الأمين»: not «محمد الأمين»), of two words at least; a
            // given name written with the article too («ويجلس الحسين بلكبير،»).
            if ((SpeakerLexicon.IsGivenName(words[j].Folded) || SpeakerLexicon.IsArticleGivenName(words[j].Folded)) && j < last)
            {
                start = j;
            }
        }

        return start;
    }

    /// <summary>A word without its feminine ending, so «رسامة» and «الرسامة» and «الخمسينية» compare with «خمسيني».</summary>
    private static string Bare(string folded) => folded.Length > 3 && folded[^1] == 'ه' ? folded[..^1] : folded;

    private static int? DecadeOf(IEnumerable<string> words) => words.Select(AgeAsDecade.DecadeOf).FirstOrDefault(d => d is not null);

    /// <summary>
    /// Rule «a trade given as the verb's complement»: «ويعمل جورج طوق دليلًا في الوادي»، «ويعمل الجطيلي دلّالًا في سوق
    /// الإبل»، «وتعمل سلمى الحسن مرشدةً في المتحف»: a verb of working, the person's name as its subject, and the trade in the
    /// indefinite accusative right after it. Feature writing then calls the person by that trade («ويشكو الدلّال»).
    /// </summary>
    /// <summary>
    /// «يجلس بائع شاي عجوز يعرفه أهل الزقاق بأبي جمال»: a person brought in by what they are, indefinite and unnamed, then
    /// by the kunya others know them by, which is all the name the briefing gives; feature writing goes on «ويقول العجوز إن».
    /// The kunya is their name, the description their role.
    /// </summary>
    private static class KnownByAKunya
    {
        /// <summary>The most words of the description before the verb of naming («بائع شاي عجوز»).</summary>
        private const int MaxDescriptionWords = 3;

        public static IEnumerable<Introduction> Of(List<Word> words)
        {
            for (var v = 1; v + 2 < words.Count; v++)
            {
                if (words[v - 1].EndsClause || NicknameGiven.KunyaGivenBy(words, v) is not { } given)
                {
                    continue;
                }

                var start = v;
                while (start > 0 && v - start < MaxDescriptionWords && (start == v || !words[start - 1].EndsClause) && IsIndefiniteDescription(words[start - 1]))
                {
                    start--;
                }

                if (start == v)
                {
                    continue;
                }

                var described = words.Skip(start).Take(v - start).ToList();
                yield return new Introduction(
                    given.Kunya,
                    string.Join(' ', described.Select(w => w.Surface)),
                    described.Select(w => Bare(SpeakerLexicon.WithoutPrefixes(w.Folded))).ToHashSet(StringComparer.Ordinal),
                    given.Feminine);
            }
        }

        /// <summary>«بائع»، «شاي»، «عجوز»: a word of an indefinite description — no article, no name, no verb, no preposition.</summary>
        private static bool IsIndefiniteDescription(Word w) =>
            SubjectWords.IsPlainName(w) && !SubjectWords.HasArticle(w) && !SpeakerLexicon.IsGivenName(w.Folded) && !SpeakerLexicon.IsPreposition(w.Surface)
            && !SpeakerLexicon.IsTitle(w.Folded) && NameInNarration.VerbGender(w.Folded) is null;
    }

    private static class TradeAsComplement
    {
        /// <summary>«يعمل / يشتغل» and their feminine and past forms, without «و / ف».</summary>
        private static readonly HashSet<string> WorkingVerbs = new(StringComparer.Ordinal)
        {
            "يعمل", "تعمل", "عمل", "عملت", "يشتغل", "تشتغل", "اشتغل", "اشتغلت",
        };

        public static IEnumerable<Introduction> Of(List<Word> words)
        {
            for (var v = 0; v + 2 < words.Count; v++)
            {
                // «ويعمل جاره سمير داود دليلًا»: a kin word before the name is no part of it.
                var from = v + 2 < words.Count && SpeakerLexicon.IsKinOfSomeone(words[v + 1].Folded) ? v + 2 : v + 1;
                if (words[v].EndsClause || !WorkingVerbs.Contains(WithoutConjunction(words[v].Folded)) || Trade(words, from) is not { } t)
                {
                    continue;
                }

                var name = string.Join(' ', words.Skip(from).Take(t - from).Select(w => w.Surface));
                var trade = Bare(TradeStem(words[t].Folded));
                var verb = WithoutConjunction(words[v].Folded);
                var role = words[t].Surface.EndsWith('ا') ? words[t].Surface[..^1] : words[t].Surface;
                yield return new Introduction(name, role, [trade], verb[0] == 'ت' || verb.EndsWith('ت'));
            }
        }

        /// <summary>
        /// Where the trade stands: the first word after a name of one to <see cref="BriefingLimits.MaxSpeakerWords"/> plain
        /// name words (no clause end inside), in the indefinite accusative («دليلًا»، «دلالا»); null when no name or no trade.
        /// </summary>
        private static int? Trade(List<Word> words, int from)
        {
            for (var k = from; k < words.Count && k - from <= BriefingLimits.MaxSpeakerWords; k++)
            {
                var w = words[k];
                if (k > from && IsIndefiniteAccusative(w))
                {
                    return k;
                }

                if (!SubjectWords.IsPlainName(w) || w.EndsClause || SpeakerLexicon.IsPreposition(w.Surface) || SpeakerLexicon.IsTitle(w.Folded))
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>«دليلًا»، «بحارًا»، «مرشدةً»: no article, and the tanween or the «ـا» it is written on.</summary>
        private static bool IsIndefiniteAccusative(Word w) =>
            !SpeakerLexicon.HasArticle(w.Folded) && w.Folded.Length >= 4 && (w.HasTanween || w.Folded[^1] == 'ا')
            && !SpeakerLexicon.IsGivenName(w.Folded);

        /// <summary>The trade as the description writes it without the article: «دليلا» → «دليل».</summary>
        private static string TradeStem(string folded) => folded[^1] == 'ا' ? folded[..^1] : folded;

        private static string WithoutConjunction(string folded) => folded.Length > 3 && folded[0] is 'و' or 'ف' ? folded[1..] : folded;
    }

    /// <summary>A person named in narration, with the aside that says what they are.</summary>
    private sealed record Introduction(string Name, string Role, HashSet<string> RoleWords, bool Feminine)
    {
        public int? Decade => DecadeOf(RoleWords);
    }

    /// <summary>
    /// A description with the article: the noun of what the person is («شيخ»، «رسام») and its adjectives, of age
    /// («الستيني») or otherwise.
    /// </summary>
    private sealed record Described(string Head, List<string> Adjectives)
    {
        public static Described? Of(string description)
        {
            var words = ArabicText.FoldedWords(description);
            if (words.Count is 0 or > 3 || words.Any(w => !SpeakerLexicon.HasArticle(w)) || SpeakerLexicon.IsOrganisation(SpeakerLexicon.WithoutPrefixes(words[0])))
            {
                return null;
            }

            var bare = words.Select(w => Bare(SpeakerLexicon.WithoutPrefixes(w))).ToList();
            return new Described(bare[0], bare.Skip(1).ToList());
        }

        /// <summary>
        /// The aside says what the description does: its noun, each adjective, and an age adjective the same decade
        /// («الخمسينية» for «في الخمسين من عمرها»).
        /// </summary>
        public bool Fits(Introduction person) =>
            (person.RoleWords.Contains(Head) || FitsByAge(Head, person) || Persons.Contains(Head) && Adjectives.Count > 0
                || TradeVerbs.TryGetValue(Head, out var verbs) && verbs.Any(person.RoleWords.Contains))
            && Adjectives.All(a => person.RoleWords.Contains(a) || AgeAsDecade.DecadeOf(a) is { } decade && person.Decade == decade || FitsByAge(a, person));

        /// <summary>Whether the description gives an age: «العجوز»، «الشاب»، «الرجل السبعيني».</summary>
        public bool GivesAge => OldAge.Contains(Head) || Head == Young || Adjectives.Any(a => AgeAsDecade.DecadeOf(a) is not null || a == Young || OldAge.Contains(a));

        /// <summary>Whether the description is of age or trade, carried on further than a title is.</summary>
        public bool ByAgeOrTrade =>
            OldAge.Contains(Head) || Head == Young || Persons.Contains(Head) || TradeVerbs.ContainsKey(Head) || Adjectives.Any(a => AgeAsDecade.DecadeOf(a) is not null || a == Young);

        /// <summary>«العجوز» for an age of sixty or more, «الشاب / الشابة» for one in the twenties or thirties.</summary>
        private static bool FitsByAge(string word, Introduction person) =>
            person.Decade is { } decade && (OldAge.Contains(word) && decade >= 60 || word == Young && decade <= 30);
    }
}
