using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// What a word is at its place in a subject: a title or a given name («أمين»، «شيخة»), a preposition or a name («باسم»),
/// the end of the subject or a role's complement. Many words are one or the other by where they stand.
/// </summary>
internal sealed record SubjectWords(List<Word> Words, int From, HashSet<string> CommonNouns, string? Verb)
{
    /// <summary>
    /// Whether an aside that opens with a preposition at <paramref name="k"/> and closes with a comma right before
    /// «أن» follows («وأضاف الطاهري، في تصريح لإذاعة موزاييك، أن»): where it was said, not who.
    /// </summary>
    public bool AsideBeforeComplementiser(int k)
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
                // «ولفت الطراونة، في السياق نفسه، إلى أن»: the verb's preposition may stand before «أن».
                return Words[j].EndsWithComma && (Words[j + 1].IsComplementiser
                    || Words[j + 1].Folded is "الي" or "علي" or "من" && j + 2 < Words.Count && Words[j + 2].IsComplementiser);
            }
        }

        return false;
    }

    /// <summary>
    /// A short run that opens with «لـ» right after a title or a word with the article is the role's complement, not a
    /// name («المفوضة السامية | لحقوق الإنسان»); a longer one may hold the name after it («لمجمع سوناطراك رشيد حشيشي»).
    /// Such a complement is closed by the article or names a body or an office («لشركة أرامكو»، «لأمين عام …»): two bare
    /// words after an adjective, neither a body nor a title, are a foreign name («خبير الطاقة النرويجي لارس هانسن»).
    /// </summary>
    public bool IsRoleComplement(int start, List<Word> name)
    {
        var f = name[0].Folded;
        return name.Count <= 2 && start > From && f.Length >= 4 && f[0] == 'ل' && !SpeakerLexicon.IsGivenName(f) && !name.Any(n => SpeakerLexicon.IsGivenName(n.Folded))
            && (SpeakerLexicon.HasArticle(Words[start - 1].Folded) || SpeakerLexicon.IsTitle(Words[start - 1].Folded))
            && !IsForeignNameAfterAdjective(start, name) && !ApposedRoleAfter(start, name) && !SetOffByCommas(start, name);
    }

    /// <summary>
    /// «…، الدكتورة لولوة المسند، إن»: a run set off by commas, with at most titles after the first, is a name even when it
    /// opens with «ل»; a role's complement is not set off so.
    /// </summary>
    private bool SetOffByCommas(int start, List<Word> name)
    {
        var k = start - 1;
        while (k > From && SpeakerLexicon.IsTitle(Words[k].Folded) && !Words[k].EndsClause)
        {
            k--;
        }

        return name[^1].EndsWithComma && k >= From && k < start - 1 && Words[k].EndsWithComma;
    }

    /// <summary>
    /// A run that goes on with the name of a body named after a person («في جامعة الملك | عبد العزيز بجدة»، «التابع لجامعة
    /// حمد | بن خليفة»): the body noun took the first word as its complement, and the rest of that person's name is the
    /// body's too, not the speaker's. The run is cut to a given name further in it, or else dropped.
    /// </summary>
    public (int Start, List<Word> Name) AfterBodyNamedForPerson(int start, List<Word> name)
    {
        var k = start - 1;
        var named = k - 1 >= From && SpeakerLexicon.IsBodyNoun(Words[k - 1].Folded)
            && (SpeakerLexicon.IsJoiner(name[0].Folded) && IsPlainName(Words[k]) && !SpeakerLexicon.HasArticle(Words[k].Folded)
                || SpeakerLexicon.IsTitleOfABodysNamesake(Words[k].Folded));
        if (!named)
        {
            return (start, name);
        }

        for (var j = 1; j < name.Count; j++)
        {
            if (SpeakerLexicon.IsGivenName(name[j].Folded) && !SpeakerLexicon.IsParticle(name[j - 1].Folded) && !name[j - 1].EndsClause)
            {
                return (start + j, name.GetRange(j, name.Count - j));
            }
        }

        return (start, []);
    }

    /// <summary>
    /// A role in apposition after the run («المطران لوتشيانو بيرتي، رئيس أساقفة تونس،»): the run is a person's name, not
    /// a role's complement with «لـ».
    /// </summary>
    private bool ApposedRoleAfter(int start, List<Word> name) =>
        name[^1].EndsWithComma && start + name.Count < Words.Count && SpeakerLexicon.IsTitle(Words[start + name.Count].Folded);

    private bool IsForeignNameAfterAdjective(int start, List<Word> name)
    {
        var bare = name[0].Folded[1..];
        var previous = Words[start - 1].Folded;
        return name.Count == 2 && !SpeakerLexicon.HasArticle(name[1].Folded) && !SpeakerLexicon.IsInstitution(bare) && !SpeakerLexicon.IsTitle(bare)
            && SpeakerLexicon.HasArticle(previous) && !SpeakerLexicon.IsTitle(previous);
    }

    /// <summary>
    /// A run that opens with «و» right after a word with the article goes on with a role's coordinated complement
    /// («لشؤون الشرق الأوسط | وشمال أفريقيا أوسمان ديون»): its name is found as after an open chain.
    /// </summary>
    public bool StartsCoordinated(int start, List<Word> name)
    {
        var f = name[0].Folded;
        return start > From && f.Length >= 4 && f[0] == 'و' && !SpeakerLexicon.IsGivenName(f) && SpeakerLexicon.HasArticle(Words[start - 1].Folded);
    }

    /// <summary>
    /// «المتحدث باسم الشركة الوطنية لاستغلال وتوزيع المياه»: a run with no given name or name particle in which, or right
    /// before which, a bare noun glued to «لـ» is followed with no comma by «و» on a word no given name is, holds two
    /// coordinated nouns of the body's name, not a person after the title.
    /// </summary>
    public bool CoordinatedInBodyName(int start, List<Word> name)
    {
        if (name.Any(n => SpeakerLexicon.IsGivenName(n.Folded) || SpeakerLexicon.IsParticle(n.Folded)))
        {
            return false;
        }

        for (var k = Math.Max(start, From + 1); k < start + name.Count; k++)
        {
            var (previous, f) = (Words[k - 1], Words[k].Folded);
            if (!previous.EndsClause && f.Length >= 4 && f[0] == 'و' && previous.Folded is { Length: >= 5 } p && p[0] == 'ل'
                && !SpeakerLexicon.HasArticle(p) && !SpeakerLexicon.IsGivenName(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether word <paramref name="i"/>, right after a name word (<paramref name="afterName"/>), opens what follows the
    /// subject: a word with a preposition and the article glued on («للصحفيين»، «بالقول»; a surname takes the bare
    /// article), the «بـ» object of a verb that takes one («بأهمية الاتفاقية»), or the «من» of «حذّر من».
    /// </summary>
    public bool EndsSubjectAfterName(int i, bool afterName)
    {
        if (!afterName)
        {
            return false;
        }

        // The glued word must close the phrase («للصحفيين إن»، «للصحفيين في جنيف»): inside a role it is a body's
        // complement and goes on («معهد عصام فارس للسياسات العامة»).
        var f = Words[i].Folded;
        if (f.Length > 4 && (f.StartsWith("لل", StringComparison.Ordinal) || f[0] is 'ب' or 'ك' && f.AsSpan(1).StartsWith("ال", StringComparison.Ordinal))
            && (Words[i].EndsClause || i + 1 < Words.Count && (Words[i + 1].OpensQuote || Words[i + 1].IsComplementiser || Words[i + 1].Folded is "في" or "علي" or "عقب" or "خلال" or "بعد"))
            && !(Words[i].EndsWithComma && NameSetOffBeforeComplementiser(i + 1))
            && !SurnameWithBa(i))
        {
            return true;
        }

        return TakesBaHere(i) || VerbalNounAfterSurname(i)
            || Verb is not null && (ReportingVerbs.TakesMin(Verb) && f == "من" || ReportingVerbs.TakesAn(Verb) && f == "عن");
    }

    /// <summary>
    /// «فاطمة بالهول،»، «محمد بالحاج إن»: a word in «بال» right after a lone given name, closing the subject, is a Gulf or
    /// Maghrebi surname, unless it is a place or a time («أحمد بالقاهرة»).
    /// </summary>
    private bool SurnameWithBa(int i)
    {
        var f = Words[i].Folded;
        return i > From && f.StartsWith("بال", StringComparison.Ordinal) && SpeakerLexicon.IsGivenName(Words[i - 1].Folded) && !Words[i - 1].EndsClause
            && (i - 1 == From || Words[i - 2].EndsClause || !IsPlainName(Words[i - 2]) || SpeakerLexicon.HasArticle(Words[i - 2].Folded) || SpeakerLexicon.IsTitle(Words[i - 2].Folded))
            && !Gazetteer.PlacesNamedBy(f).Any() && !SpeakerLexicon.IsTimeWord(f[1..]) && !SpeakerLexicon.IsOrganisation(f[3..]);
    }

    /// <summary>
    /// «مدير العمليات في سلسلة متاجر «الوفرة» للتجزئة، طارق المرزوقي، إن»: a name of two to four words set off by commas
    /// and followed by «أن» after a glued «لـ» word, which is then the body's complement, not whom it was said to; an
    /// aside there («للصحفيين، عقب الاجتماع، إن»، «للصحفيين، الثلاثاء، إن») opens with no name word.
    /// </summary>
    public bool NameSetOffBeforeComplementiser(int k)
    {
        const int MaxNameWords = 4;
        if (k >= Words.Count || SpeakerLexicon.HasArticle(Words[k].Folded) || !IsPlainName(Words[k]) || SpeakerLexicon.IsTimeWord(Words[k].Folded)
            || SpeakerLexicon.IsPreposition(Words[k].Surface) || Words[k].Folded is "عقب" or "خلال" or "بعد" or "قبل" or "اثر")
        {
            return false;
        }

        for (var j = k; j < Words.Count - 1 && j < k + MaxNameWords; j++)
        {
            if (!IsPlainName(Words[j]) || SpeakerLexicon.IsPreposition(Words[j].Surface) || SpeakerLexicon.IsTitle(Words[j].Folded) && j > k)
            {
                return false;
            }

            if (Words[j].EndsClause)
            {
                return j > k && Words[j].EndsWithComma && Words[j + 1].IsComplementiser;
            }
        }

        return false;
    }

    /// <summary>
    /// «ويطالب النائب … خالد المطيري بوضع سقف للدين»، «…، إبراهيم البلوشي، بنشر تقرير»: right after a surname with the
    /// article (and its comma), a «بـ» word shaped as a verbal
    /// noun (three root letters, or one opening «ا» or «ت»: «إعفاء»، «تخفيض») is the object of a verb that takes «بـ»;
    /// a name there is no such shape («بوتفليقة»، «بلحاج») or a given name.
    /// </summary>
    private bool VerbalNounAfterSurname(int i)
    {
        var f = Words[i].Folded;
        if (Verb is null || !ReportingVerbs.TakesBa(Verb) || i == 0 || !SpeakerLexicon.HasArticle(Words[i - 1].Folded) || Words[i - 1].EndsClause && !Words[i - 1].EndsWithComma
            || f.Length < 3 || f[0] != 'ب' || SpeakerLexicon.IsGivenName(f) || SpeakerLexicon.IsParticle(f))
        {
            return false;
        }

        // A root with its last letter doubled is written in two («بخطّ»، «بحلّ»، «بحقّ»): the shadda is folded away.
        var stem = f.AsSpan(1);
        return stem.Length is 2 or 3 || stem.Length is >= 4 and <= 6 && stem[0] is 'ا' or 'ت';
    }

    /// <summary>
    /// The «بـ» object of a verb that takes one («ونوّه … بأهمية الاتفاقية»، «ونوّهت الوزيرة بالدور»): a «بـ» word with
    /// the article, or before a word with it, that is no given name.
    /// </summary>
    public bool TakesBaHere(int i)
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
    public bool IsPrepositionHere(int i)
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
    /// «مصدّر» written with its shadda is an exporter, an occupation like «تاجر»; unvocalised, «مصدر» is a source, who is
    /// no one («قال مصدر في الوزارة»). As with «إمام» and «أمام», only the mark the writer kept tells them apart.
    /// </summary>
    public static bool IsVocalisedExporter(Word w) =>
        w.Folded is "مصدر" or "ومصدر" && w.HasShadda;

    /// <summary>
    /// Whether word <paramref name="i"/> is a title here. «أمين» is a title before «عام / سر» and before its office
    /// («أمين بغداد»، «أمين العاصمة عمار الشبلي»), and a given name inside a name («محمد أمين الحسيني») or before a
    /// surname that ends the subject («أمين الناصر إن»).
    /// </summary>
    public bool IsTitleHere(int i, bool inName)
    {
        var f = Words[i].Folded;
        if (!inName && (f.EndsWith("امام", StringComparison.Ordinal) || f is "امامه" or "امامها" or "وامامه" or "وامامها")
            && Words[i].Surface.Contains("إمام", StringComparison.Ordinal))
        {
            // «إمام المسجد الكبير الشيخ …» is an office, and so is «إمامه الشيخ …» (the mosque's imam, with its pronoun);
            // «أمام / أمامه» (before, before him) folds the same and only its hamza tells them apart.
            return true;
        }

        if (!inName && !SpeakerLexicon.IsTitle(f) && i + 1 < Words.Count && !Words[i].EndsClause && f.Length >= 4 && !SpeakerLexicon.HasArticle(f)
            && !SpeakerLexicon.IsGivenName(f) && !SpeakerLexicon.IsParticle(f) && !SpeakerLexicon.IsInstitution(f)
            && SpeakerLexicon.IsOfficeTitle(Words[i + 1].Folded) && !SpeakerLexicon.HasArticle(Words[i + 1].Folded))
        {
            // «مساعد وزير السياحة»، «معاون مدير الشرطة»: a noun in construct before an office is a rank of that office, no name.
            return true;
        }

        if (!inName && IsVocalisedExporter(Words[i]))
        {
            // «يقول مصدّر زيت بذور الصبار كريم بلحاج إن»: the exporter's trade, then his name.
            return true;
        }

        if (!SpeakerLexicon.IsTitle(f))
        {
            return false;
        }

        if (f is "والي" && !Words[i].Surface.EndsWith('ي'))
        {
            // «والي الولاية» is the governor; «وإلى» and its common misspelling «والى» (and to) fold the same.
            return false;
        }

        // «المدير العام للشركة، الشيخ ولد عبد الله، أن»: after a role, a title that is also a given name right before the
        // patronymic «ولد» is the name's first word, for «ولد» never starts a name.
        if (!inName && i > From && SpeakerLexicon.IsArticleGivenName(f) && !Words[i].EndsClause && i + 1 < Words.Count && Words[i + 1].Folded == "ولد")
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

            if (!inName && next is not null && Gazetteer.Places.Contains(SpeakerLexicon.WithoutPrefixes(next)))
            {
                // «أمين عمّان، حازم الروسان»: the mayor of a city, whose name is apposed after it; no one is named after a city.
                return true;
            }

            // «أمين سلام إن»: one more word before «أن» makes «أمين» the given name of that surname.
            return !inName && !(next is not null && !Words[i].EndsClause && EndsSubject(i + 1) && (SpeakerLexicon.HasArticle(next) || !SpeakerLexicon.IsInstitution(next)));
        }

        // An honorific that is also a surname is the name inside a name («أنطون سعادة») and where nothing follows it
        // before «أن» («وتقول سعادة إن»).
        // Nor is one before a body, which no honorific addresses («ويطالب سعادة وزارة الصحة بتسديد …»: the surname, then
        // the verb's object).
        if (SpeakerLexicon.IsHonorific(f) && (inName || Words[i].EndsClause || i + 1 >= Words.Count || Words[i + 1].IsComplementiser
            || SpeakerLexicon.IsOrganisation(Words[i + 1].Folded) && !SpeakerLexicon.HasArticle(Words[i + 1].Folded)))
        {
            return false;
        }

        // A title without the article between a given name and one more plain word that ends the subject is a part of the
        // name: «أحمد معلم فقي إن»، «فاطمة شيخ علي، التي» (Somali and Gulf names carry «معلم»، «شيخ»). A role after a
        // name has its complement after it («محمد علي مدير مكتب الأمم المتحدة»), which ends no subject.
        if (inName && !SpeakerLexicon.HasArticle(f) && !Words[i].EndsClause && i + 1 < Words.Count
            && !SpeakerLexicon.HasArticle(Words[i + 1].Folded) && IsPlainName(Words[i + 1]) && !SpeakerLexicon.IsTitle(Words[i + 1].Folded)
            && EndsSubject(i + 1))
        {
            return false;
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
    public bool NameFollowsArticleName(int i)
    {
        if (Words[i].EndsClause || i + 1 >= Words.Count)
        {
            return false;
        }

        var next = Words[i + 1];
        return SpeakerLexicon.IsParticle(next.Folded) || !SpeakerLexicon.HasArticle(next.Folded) && IsPlainName(next) && !SpeakerLexicon.IsTitle(next.Folded);
    }

    /// <summary>
    /// Whether a given name with the article at <paramref name="i"/> is set off after a comma with its surname, the surname
    /// closing the subject («المدير العام لديوان الحبوب، الهادي الطرابلسي، إن»): North African names pair two words with
    /// the article, and a role's adjective is never set off alone between commas.
    /// </summary>
    public bool ApposedArticleName(int i) =>
        i > From && (Words[i - 1].EndsWithComma || !Words[i - 1].EndsClause && SpeakerLexicon.HasArticle(Words[i - 1].Folded))
        && SpeakerLexicon.IsArticleGivenName(Words[i].Folded) && NameFollows(i);

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
    /// Whether the subject ends after word <paramref name="i"/>: a comma or stop, «أن»، «في», the end, or whom it was said
    /// to («يقول سعيد القاضي لـ"موجز"»، «قال محمد الشيخ للصحفيين»), which follows the name and never a title's complement.
    /// </summary>
    public bool EndsSubject(int i)
    {
        if (Words[i].EndsClause || i + 1 >= Words.Count)
        {
            return true;
        }

        var next = Words[i + 1].Folded;
        return SpeakerLexicon.IsComplementiser(next) || next is "في" or "الي" || IsSaidTo(Words[i + 1]);
    }

    /// <summary>«لـ"موجز"»، «لـ«الموجز»»، «لوكالة …»، «للصحفيين»: whom it was said to, the addressee after a speaker's name.</summary>
    private static bool IsSaidTo(Word w) =>
        w.Folded == "ل" || SpeakerLexicon.IsToMedia(w.Folded)
        || w.Surface.Length > 2 && w.Surface[0] == 'ل' && w.Surface.TrimStart('ل', 'ـ') is ['«' or '"' or '“', ..];

    /// <summary>
    /// The title and its complements around the name, from the first title to the end of the subject, up to where an
    /// aside after the name tells the occasion («…، فهد الرشيدي، في ختام اجتماع مجلس الوزراء»، «في مؤتمر صحفي»): where
    /// it was said is no part of who said it.
    /// </summary>
    public string? RoleWords(int firstTitle, int end, int nameStart, int nameEnd)
    {
        if (firstTitle < 0)
        {
            return null;
        }

        var occasion = Enumerable.Range(nameEnd, Math.Max(0, end - nameEnd)).FirstOrDefault(OpensOccasion, end);
        if (firstTitle < nameStart && nameEnd < end && !DescribesNameBefore(nameEnd))
        {
            // «وطالب النائب عن مقاطعة أكجوجت، محمد …، الحكومة بتخصيص …»، «قالت الوزيرة فاطمة … خلال زيارة …»: after a role
            // and its holder's name, what describes no one is the verb's object or the occasion, no part of the role.
            occasion = nameEnd;
        }

        var role = Enumerable.Range(firstTitle, Math.Max(0, Math.Min(end, occasion) - firstTitle))
            .Where(k => k < nameStart || k >= nameEnd)
            .Select(k => Words[k])
            .TakeWhile(x => !x.IsComplementiser && !ReportingVerbs.IsSaying(x.Folded))
            .Take(10)
            .Select(x => x.Surface)
            .ToList();
        return role.Count == 0 ? null : string.Join(' ', role);
    }

    /// <summary>
    /// Whether the words at <paramref name="k"/>, right after a role's holder's name, go on describing the holder: a second
    /// title («، الأستاذ بجامعة …»), a founder («مؤسسة شركة …»), one of a group («أحد عمد المخيم»), an adjective or participle with the article («المتخصص في
    /// …»، «القادم من …») or where they come from («من قضاء الجبايش»). A body with the article («الحكومة»), a bare noun
    /// («غياب»، «بيانًا») or another preposition («خلال زيارة»، «في خطبته») begins the verb's object or the occasion.
    /// </summary>
    private bool DescribesNameBefore(int k)
    {
        var w = Words[k];
        return SpeakerLexicon.IsTitle(w.Folded) || w.Folded is "موسس" or "موسسه" or "احد" or "احدي" || w.Surface == "من"
            || SpeakerLexicon.HasArticle(w.Folded) && !SpeakerLexicon.IsOrganisation(w.Folded) && !SpeakerLexicon.IsInstitution(w.Folded);
    }

    /// <summary>
    /// «وتقول نفيسة الطيب، وهي معلمة سودانية تدرّس في مخيم فرشنة، إن»: with no title, what the speaker is comes after the
    /// name as «، وهي / وهو …،»; those words, up to the comma, are the role. Null when the name is not followed so, or when
    /// what follows is no noun: an age or a place («وهي في الثامنة والستين»)، or what the speaker does as they speak («وهو
    /// يشير إلى بساتين النخيل»).
    /// </summary>
    public string? DescriptionAfter(int nameEnd)
    {
        const int MaxRoleWords = 10;
        if (nameEnd <= 0 || nameEnd + 1 >= Words.Count || !Words[nameEnd - 1].EndsWithComma || Words[nameEnd].Folded is not ("وهو" or "وهي"))
        {
            return null;
        }

        var head = Words[nameEnd + 1];
        if (SpeakerLexicon.IsPreposition(head.Surface) || head.Folded.StartsWith('ي') || ReportingVerbs.IsReportingVerb(head.Folded))
        {
            return null;
        }

        var role = new List<string>();
        for (var k = nameEnd + 1; k < Words.Count && role.Count < MaxRoleWords && !Words[k].IsComplementiser; k++)
        {
            role.Add(Words[k].Surface);
            if (Words[k].EndsClause)
            {
                break;
            }
        }

        return role.Count == 0 ? null : string.Join(' ', role);
    }

    /// <summary>
    /// «في مؤتمر صحفي»، «خلال لقاء»، «في ختام اجتماع»: a preposition of place or time before the occasion of a statement;
    /// «أمام لجنة الطاقة» after the name says whom it was said before, never what the speaker is.
    /// </summary>
    private bool OpensOccasion(int k) =>
        k + 1 < Words.Count && (Words[k].Folded == "امام"
        || Words[k].Surface is "في" or "خلال" or "عقب" or "بعد" or "على"
        && (SpeakerLexicon.IsStatementOccasion(Words[k + 1].Folded) || Words[k + 1].Folded is "ختام" or "مستهل" or "هامش" or "نهايه" or "بدايه"));

    /// <summary>
    /// «قالت العاملة الفلبينية جوي ماناليلي، التي …»: after a noun with the article and its adjectives (or a people's
    /// adjective alone, «الألمانية»), a short run of name words closed by a comma, «أن» or a relative pronoun is a person;
    /// the noun is what they are.
    /// </summary>
    public bool ClosedNameAfterAdjectives()
    {
        const int MaxAdjectives = 3;
        const int MaxNameRun = 4;
        var k = From + 1;
        while (k < Words.Count && k <= From + MaxAdjectives && HasArticle(Words[k]) && !Words[k - 1].EndsClause)
        {
            k++;
        }

        // A people's adjective alone is what a foreigner is («قالت الألمانية أنيكا شولتس، الشريكة في …، إن»).
        if (k == From + 1 && !SpeakerLexicon.IsPeoplesAdjective(Words[From].Folded) || Words[k - 1].EndsClause)
        {
            return false;
        }

        var run = 0;
        while (k < Words.Count && run < MaxNameRun)
        {
            var w = Words[k];
            if (run > 0 && HasArticle(w) && !SpeakerLexicon.IsTitle(w.Folded) && (!w.EndsClause || w.EndsWithComma)
                && (EndsSubject(k) || k + 2 < Words.Count && Words[k + 1].Folded is "عن" or "من" or "علي" && Words[k + 2].IsComplementiser))
            {
                // «الغواص الشاب حسين المناعي، وهو …»، «… إنه»، «… عن أنه»: a surname with the article closing the subject ends
                // the name.
                return true;
            }

            // A particle goes on with a name begun («الدليل السياحي سليمان أبو عيد،»), never opens one here.
            if (HasArticle(w) && !(run > 0 && Words[k - 1].Folded is var before && SpeakerLexicon.IsParticle(before))
                || SpeakerLexicon.IsPreposition(w.Surface) || !IsPlainName(w) && !(run > 0 && SpeakerLexicon.IsParticle(w.Folded))
                || CommonNouns.Contains(w.Folded) && !(run > 0 && SpeakerLexicon.IsParticle(Words[k - 1].Folded)) || run == 0 && SpeakerLexicon.IsParticle(w.Folded))
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

        return run > 0 && k < Words.Count && (Words[k].IsComplementiser || SpeakerLexicon.EndsClause(Words[k].Folded));
    }

    /// <summary>
    /// Whether «أن / إن» comes later in the sentence than word <paramref name="i"/>: then a «إلى» there may still be
    /// inside the subject («المبعوث الأميركي إلى سوريا توم باراك إلى أن»); with none, «إلى» after a name opens what was
    /// said («وأشار … السوداني إلى ضرورة …»).
    /// </summary>
    public bool ComplementiserLater(int i)
    {
        for (var k = i + 1; k < Words.Count; k++)
        {
            if (Words[k].IsComplementiser && !Words[k].Surface.StartsWith('آ'))
            {
                return true;
            }

            if (Words[k].EndsSentence)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether word <paramref name="i"/> opens an alias after the name («…، المعروف بـ«حميدتي»»، «…، المعروف سابقًا بأبي
    /// محمد الجولاني»): the alias is another name for the speaker, never the speaker's name. An adjective of a title
    /// («الخبير المعروف هاني توفيق») is no alias: it neither follows a name or a comma nor takes «بـ».
    /// </summary>
    public bool OpensAlias(int i, bool afterName)
    {
        if (!SpeakerLexicon.IsAliasWord(Words[i].Folded) || !afterName && !(i > From && Words[i - 1].EndsWithComma) || i + 1 >= Words.Count)
        {
            return false;
        }

        var next = Words[i + 1].Folded;
        return next.Length > 1 && next[0] == 'ب' || next is "سابقا" or "ايضا" or "شعبيا" or "اعلاميا" || AfterWhereKnown(i + 1) is not null;
    }

    /// <summary>«المعروف في السوق بأبي يوسف»، «المعروفة بين جيرانها بأم سلمى»: where the person goes by the alias, before its «بـ».</summary>
    private static readonly HashSet<string> WhereKnown = new(StringComparer.Ordinal) { "في", "بين", "لدي", "عند", "وسط" };

    /// <summary>The most words of where the person is known so («في المدينة العتيقة»).</summary>
    private const int MaxWhereKnownWords = 4;

    /// <summary>
    /// The word with «بـ» that gives the alias after a phrase of where the person is known so, opening at
    /// <paramref name="k"/> («في السوق | بأبي يوسف»); null when no such phrase opens there or none closes on a «بـ» word.
    /// </summary>
    private int? AfterWhereKnown(int k)
    {
        if (k >= Words.Count || !WhereKnown.Contains(Words[k].Folded) || Words[k].EndsClause)
        {
            return null;
        }

        for (var j = k + 1; j < Words.Count && j <= k + MaxWhereKnownWords; j++)
        {
            if (Words[j].Folded is { Length: > 2 } f && f[0] == 'ب' && j > k + 1)
            {
                return j;
            }

            if (Words[j].EndsClause || Words[j].OpensQuote)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The alias given after the alias word at <paramref name="i"/>: «المعروف بـ«حميدتي»» → «حميدتي»، «المعروف سابقًا بأبي
    /// محمد الجولاني» → «أبي محمد الجولاني»; up to the comma or quote that closes it, without the «بـ»; null for none.
    /// </summary>
    public string? AliasAfter(int i)
    {
        const int MaxAliasWords = 4;
        var k = i + 1;
        while (k < Words.Count && Words[k].Folded is "سابقا" or "ايضا" or "شعبيا" or "اعلاميا")
        {
            k++;
        }

        k = AfterWhereKnown(k) ?? k;

        var alias = new List<string>();
        for (; k < Words.Count && alias.Count < MaxAliasWords; k++)
        {
            var surface = new string(Words[k].Surface.Where(c => c is not ('ـ' or '«' or '»' or '"' or '“' or '”')).ToArray());
            if (alias.Count == 0)
            {
                surface = surface.Length > 2 && surface[0] == 'ب' ? surface[1..] : "";
            }

            if (surface.Length == 0)
            {
                return null;
            }

            alias.Add(surface);
            // «بـ«أبو كرامة»»: the quote opened inside the first word does not end the alias; its closing does.
            if (Words[k].ClosesQuote || Words[k].EndsWithComma || Words[k].EndsSentence || Words[k].EndsWithColon || Words[k].EndsClause && alias.Count > 1)
            {
                break;
            }
        }

        return alias.Count > 0 ? string.Join(' ', alias) : null;
    }

    /// <summary>The article, as written: «ألفة»، «ألبير» begin with a hamza, not with «ال», though they fold alike.</summary>
    public static bool HasArticle(Word w) =>
        SpeakerLexicon.HasArticle(w.Folded) && !w.Surface.StartsWith("أل", StringComparison.Ordinal) && !w.Surface.StartsWith("إل", StringComparison.Ordinal);

    /// <summary>
    /// A word that may be part of a name, a hyphenated given name too («جان-بيير»); whether it is a preposition here is the
    /// caller's to say («باسم»).
    /// </summary>
    public static bool IsPlainName(Word w) =>
        w.Folded.Length is >= 2 and <= BriefingLimits.MaxSpeakerWordLength
        && !w.HasTanween
        && (!SpeakerLexicon.IsNonName(w.Folded) || w.ForeignArticle)
        && !SpeakerLexicon.IsCollective(w.Folded)
        && !SpeakerLexicon.IsNounWithPossessive(w.Surface)
        && !SpeakerLexicon.IsNumberWord(w.Folded)
        // «ومئتي»، «وخمسين»: a number joined to the one before it («بمليار ومئتي مليون») is no name either.
        && !(w.Folded.Length > 3 && w.Folded[0] == 'و' && SpeakerLexicon.IsNumberWord(w.Folded[1..]))
        && !ReportingVerbs.IsReportingVerb(w.Folded)
        && w.Folded.All(c => ArabicText.IsArabicLetter(c) || char.IsLetter(c) || c == '-')
        && w.Folded[0] != '-' && w.Folded[^1] != '-';
}
