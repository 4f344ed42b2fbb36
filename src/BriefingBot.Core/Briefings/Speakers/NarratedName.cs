using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// A person a paragraph introduces in narration and then quotes by a shorter name: «وقفت المدرّسة المتقاعدة سعاد عيتاني
/// تحمل لافتة … تقول عيتاني إن»، «أما ابنه ياسين بوزيد، وهو مهندس …، فيبدو أقل قطعًا: يقول ياسين إن». The shorter mention
/// is the fuller name the paragraph wrote, with the role written before it; and a name is known by the alias written
/// after it, in apposition or in a relative clause («…، الذي يلقبه رفاقه بـ«أبو كرامة»»).
/// </summary>
internal static class NarratedName
{
    /// <summary>The most words taken for a role before a name introduced in narration («المدرّسة المتقاعدة»).</summary>
    private const int MaxRoleWords = 4;

    /// <summary>How far after a relative pronoun the verb that gives an alias may stand («الذي يلقبه رفاقه في الاعتصامات بـ…»).</summary>
    private const int MaxAliasClauseWords = 6;

    /// <summary>
    /// How many more words an aside «، وهو / وهي …» may spend on what the person is before the verb that gives the alias
    /// («وهو حمّال في سوق الخضار يناديه الجميع "أبو الخير"»).
    /// </summary>
    private const int MaxAsideWordsBeforeNaming = 4;

    /// <summary>
    /// The attribution with the fuller name the paragraph gives the person it names (and that name's role and alias), or as
    /// it was when the paragraph writes no fuller one.
    /// </summary>
    public static Attribution Widened(Attribution found, Paragraph paragraph)
    {
        if (found.Kind is not (AttributionKind.Named or AttributionKind.Surname) || found.Office || found.Name is null)
        {
            return found;
        }

        var words = paragraph.Words;
        var mention = ArabicText.FoldedWords(found.Name);
        if (mention.Count is 0 or > 2)
        {
            return found.Alias is null && AliasOf(mention, paragraph) is { } given ? found with { Alias = given } : found;
        }

        for (var j = 0; j + mention.Count <= words.Count; j++)
        {
            if (!At(words, j, mention))
            {
                continue;
            }

            var start = j;
            while (start > 0 && j + mention.Count - start < BriefingLimits.MaxSpeakerWords && NamePartBefore(paragraph, start - 1))
            {
                start--;
            }

            var end = j + mention.Count - 1;
            // «تقول عيساتا» of «وتدير أخته عيساتا جالو مطعمًا»: a name the lexicon does not know is a given name too where it
            // follows a kin word, as a name begins there.
            if (start == j && mention.Count == 1 && (SpeakerLexicon.IsGivenName(mention[0]) || j > 0 && !words[j - 1].EndsClause && SpeakerLexicon.IsKinOfSomeone(words[j - 1].Folded)))
            {
                // «يقول ياسين إن» of «ابنه ياسين بوزيد، وهو …»: a given name goes on with its surname, up to where a comma or
                // «أن» closes the name, or the verb's indefinite object does («عيساتا جالو مطعمًا»).
                while (end + 1 < words.Count && end - start + 1 < BriefingLimits.MaxSpeakerWords && !words[end].EndsClause && NamePartAfter(paragraph, end + 1))
                {
                    end++;
                }

                if (!(words[end].EndsWithComma || end + 1 < words.Count && (words[end + 1].IsComplementiser || end > j && words[end + 1].HasTanween && !SpeakerLexicon.HasArticle(words[end + 1].Folded))))
                {
                    end = j;
                }
            }

            if (end - start + 1 == mention.Count)
            {
                continue;
            }

            var name = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface));
            return found with
            {
                Kind = AttributionKind.Named,
                Name = name,
                Role = found.Role ?? RoleBefore(words, start),
                Alias = found.Alias ?? AliasAfter(paragraph, end),
                Unclosed = false,
            };
        }

        return found.Alias is null && AliasOf(mention, paragraph) is { } alias ? found with { Alias = alias } : found;
    }

    /// <summary>
    /// The attribution with the fuller name another paragraph (the one before, in narration) gives the person it names
    /// («يبيع المزارع حسين عبد الكريم …» for «يقول عبد الكريم إن»), or null when it gives none whole: a name that goes on
    /// in a compound there («سمير العبد الله» for «العبد») is not it.
    /// </summary>
    public static Attribution? WidenedFrom(Attribution found, Paragraph other)
    {
        var wider = Widened(found, other);
        if (wider.Name is not { } name || name == found.Name)
        {
            return null;
        }

        var folded = ArabicText.FoldedWords(name);
        var words = other.Words;
        for (var j = 0; j + folded.Count <= words.Count; j++)
        {
            if (At(words, j, folded))
            {
                var after = j + folded.Count;
                return after < words.Count && !words[after - 1].EndsClause && SpeakerLexicon.IsCompoundSecond(words[after].Folded) ? null : wider;
            }
        }

        return null;
    }

    /// <summary>
    /// The person a paragraph (this one or one before it, in narration) names and gives an alias to, when the attribution is
    /// by that alias: «ويقود المرشد السياحي عبد الرحيم الدريوش، المعروف في المدينة العتيقة بأبي ريشة، …» then «ويضيف أبو
    /// ريشة أن»، «ويتسلق عمر قاسمي، "أبو النخلة" كما يناديه العمال، الجذوع» then «ويضيف أبو النخلة أن». Null when
    /// <paramref name="other"/> gives no name that alias.
    /// </summary>
    public static Attribution? NamedByAlias(Attribution found, Paragraph other)
    {
        if (found.Kind is not (AttributionKind.Named or AttributionKind.Surname) || found.Office || found.Name is null)
        {
            return null;
        }

        var mention = Nominative(ArabicText.FoldedWords(found.Name));
        var words = other.Words;
        for (var end = 1; end < words.Count - 1; end++)
        {
            // The alias may run on into why it was given («بأبي ريشة لأنه كان يرسم في شبابه»): the mention is its opening.
            if (words[end].InParentheses || AliasAfter(other, end) is not { } alias || Nominative(ArabicText.FoldedWords(alias)) is not { } given
                || given.Count < mention.Count || !given.Take(mention.Count).SequenceEqual(mention, StringComparer.Ordinal))
            {
                continue;
            }

            var start = end;
            while (start > 0 && end - start + 1 < BriefingLimits.MaxSpeakerWords && NamePartBefore(other, start - 1, fathersNameVouched: true))
            {
                start--;
            }

            if (start == end || !SubjectWords.IsPlainName(words[end]))
            {
                continue;
            }

            return found with
            {
                Kind = AttributionKind.Named,
                Name = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface)),
                Role = found.Role ?? RoleBefore(words, start),
                Alias = found.Name,
                Unclosed = false,
            };
        }

        return null;
    }

    /// <summary>
    /// A kunya read in the nominative, as a mention writes it: «بأبي ريشة» gives «أبي ريشة», said later «أبو ريشة».
    /// </summary>
    private static IReadOnlyList<string> Nominative(IReadOnlyList<string> folded) =>
        folded is [var kunya, ..] && kunya is "ابي" or "ابا" ? ["ابو", .. folded.Skip(1)] : folded;

    /// <summary>
    /// The person a sentence of narration opening the paragraph names by title before a bare reporting verb later in it
    /// («وتولّت وكيلة الوزارة …، الدكتورة منى العلوي، شرح التفاصيل، فأوضحت أن»): the verb has no subject of its own,
    /// and it is that person who explains. Null when the paragraph opens otherwise or names no one so.
    /// </summary>
    public static Attribution? Introduced(Paragraph paragraph)
    {
        var words = paragraph.Words;
        if (IntroducedByAmma(words) is { } topic)
        {
            return topic;
        }

        if (SaysLaterInTheSentence.Introduced(paragraph) is { } later)
        {
            return later;
        }

        if ((KinPointedBack.CutsIn(paragraph) ?? KinPointedBack.Mention(paragraph)) is { } kin)
        {
            return kin;
        }

        if (SpeaksInALaterSentence.Introduced(paragraph) is { } nextSentence)
        {
            return nextSentence;
        }

        if (DescriptionBeforeItsVerb.Introduced(paragraph) is { } described)
        {
            return described;
        }

        if (words.Count < 4 || words[0].EndsClause || SpeakerLexicon.IsPreposition(words[0].Surface) || ReportingVerbs.IsReportingVerb(words[0].Folded)
            || SpeakerLexicon.IsOpener(words[0].Folded) || !SpeakerLexicon.IsTitle(words[1].Folded) || SpeakerLexicon.IsTitle(words[0].Folded))
        {
            return null;
        }

        var verb = -1;
        for (var v = 2; v < words.Count - 1 && verb < 0; v++)
        {
            if (words[v - 1].EndsClause && ReportingVerbs.IsReportingVerb(words[v].Folded) && words[v + 1].IsComplementiser)
            {
                verb = v;
            }
        }

        // The verb agrees with the person: «فأوضحت» after «وكيلة الوزارة».
        if (verb < 0 || SpeakerLexicon.TitleGender(words[1].Folded) != ReportingVerbs.IsFeminine(words[verb].Folded))
        {
            return null;
        }

        var read = new SubjectReader(words, 1, paragraph.CommonNouns, words[verb].Folded).Read();
        if (read is not { Kind: AttributionKind.Named, Office: false, Name: { } name } || ArabicText.FoldedWords(name).Count < 2)
        {
            return null;
        }

        var nameWords = name.Split(' ');
        if ((nameWords.Length >= 3 || PresentVerbAfterOneName(nameWords)) && nameWords[^1] is { Length: >= 3 } last && last[0] is 'ت' or 'ي' && !SpeakerLexicon.IsGivenName(ArabicText.Fold(last)))
        {
            // «لكن المهندسة … لينا أبو غزالة تشكك في هذه الوعود، وتقول إن»: the present verb after the subject is no part of the name.
            // So after a master or craftsman known by one name («لكن المعلم بركات يشكك في جدوى المدرسة، ويقول إن»).
            name = string.Join(' ', nameWords[..^1]);
            read = read with { Name = name };
        }

        // The name must stand in the narration, before the verb that quotes.
        var folded = ArabicText.FoldedWords(name);
        for (var j = 1; j + folded.Count <= verb; j++)
        {
            if (At(words, j, folded))
            {
                // The role is what the narration wrote before the name, not the verb's object after it.
                return read with { Unclosed = false, Role = j > 1 ? string.Join(' ', words.Skip(1).Take(j - 1).Select(w => w.Surface)) : read.Role };
            }
        }

        return null;
    }

    /// <summary>
    /// «بركات | يشكك»: a name of one word, then a word of four letters on the present verb's pattern (a prefix «يـ/تـ» and
    /// three root letters, no relative ending «ـي» nor feminine «ـة») that no surname of that shape is likely to be.
    /// </summary>
    private static bool PresentVerbAfterOneName(string[] nameWords) =>
        nameWords.Length == 2 && ArabicText.Fold(nameWords[1]) is { Length: 4 } verb && verb[0] is 'ي' or 'ت' && verb[^1] is not ('ي' or 'ه' or 'ة' or 'ا' or 'ى')
        && !SpeakerLexicon.HasArticle(ArabicText.Fold(nameWords[0]));

    /// <summary>
    /// «أما جاره سالم الهاجري، فترك … . يقول المربي الذي يملك … إن»، «أما ابنه علي المناعي، فاختار طريقًا آخر. يقول الشاب
    /// …»: a paragraph that sets a person apart with «أما» and a name closed by a comma before «فـ», and whose later
    /// sentence opens with a reporting verb, quotes that person, whom the verb's subject names only by what they are
    /// (kept as the role). Null when the paragraph opens otherwise.
    /// </summary>
    private static Attribution? IntroducedByAmma(List<Word> words)
    {
        if (AmmaTopic(words) is not { } topicAt)
        {
            return null;
        }

        var (start, end, faAt) = topicAt;
        if (SaysLaterInTheSentence.JoinedVerb(words, faAt) is { } joined)
        {
            // «أما ابنه إبراهيم …، فيفكر في …، ويرى أن»: the joined verb is the topic's, in the same sentence.
            var topic = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface));
            return new Attribution(AttributionKind.Named, topic) { Feminine = ReportingVerbs.IsFeminine(words[joined].Folded), GenderShown = true };
        }

        for (var v = faAt + 1; v < words.Count - 1; v++)
        {
            if (words[v - 1].EndsSentence && ReportingVerbs.IsReportingVerb(words[v].Folded))
            {
                var role = SpeakerLexicon.HasArticle(words[v + 1].Folded) ? words[v + 1].Surface : null;
                var name = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface));
                return new Attribution(AttributionKind.Named, name) { Role = role, Feminine = ReportingVerbs.IsFeminine(words[v].Folded), GenderShown = true };
            }
        }

        return null;
    }

    /// <summary>
    /// Rule «a woman set apart by «أما» goes on»: «أما نبيلة الحربي، فتدير متجرًا صغيرًا في الحي منذ سنوات.» then «وتقول إن
    /// الزبائن قلّوا»: a paragraph of narration that sets a person apart with «أما», a name closed by a comma and a «فـ»
    /// present verb whose prefix shows the gender («فتدير»: a woman), introduces whom the next paragraph's bare verb of that
    /// gender quotes when the speaker just heard is of the other (a bare verb agreeing with them still goes on with them).
    /// Null when the paragraph opens otherwise.
    /// </summary>
    public static Attribution? SetApartByAmma(Paragraph previous)
    {
        var words = previous.Words;
        if (AmmaTopic(words) is not { } topicAt || words[topicAt.FaAt].Folded is not { Length: >= 4 } fa || fa[1] is not ('ت' or 'ي')
            || ReportingVerbs.IsReportingVerb(fa))
        {
            return null;
        }

        var (start, end, _) = topicAt;

        var name = string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface.TrimEnd('،', ',')));
        return new Attribution(AttributionKind.Named, name) { Feminine = fa[1] == 'ت', GenderShown = true };
    }

    /// <summary>
    /// «أما جاره سالم الهاجري، فترك …»: where the name set apart by «أما» starts and ends (the word with its comma) and where
    /// the «فـ» word stands, or null when the paragraph opens otherwise.
    /// </summary>
    private static (int Start, int End, int FaAt)? AmmaTopic(List<Word> words)
    {
        if (words.Count < 6 || words[0].Folded is not ("اما" or "واما"))
        {
            return null;
        }

        var start = 1;
        while (start < words.Count && SpeakerLexicon.IsNonName(words[start].Folded) && !words[start].EndsClause)
        {
            start++;
        }

        var end = start;
        while (end < words.Count && end - start < BriefingLimits.MaxSpeakerWords && !words[end].EndsClause)
        {
            end++;
        }

        if (!words[end].EndsWithComma && UnclosedBeforeFa(words, start) is { } unclosed)
        {
            return (start, unclosed - 1, unclosed);
        }

        // The name: two words or more, the first a plain name word, closed by the comma before «فـ» (or before an aside
        // «، وهو بحار …،» that «فـ» follows).
        var faAt = end + 1 < words.Count && DescriptiveAside.Closing(words, end + 1) is { } asideEnd ? asideEnd + 1 : end + 1;
        if (faAt >= words.Count - 1 || end == start || !words[end].EndsWithComma || words[faAt].Folded is not { Length: > 2 } fa || fa[0] != 'ف'
            || SpeakerLexicon.HasArticle(words[start].Folded) || SpeakerLexicon.IsTitle(words[start].Folded) || !SubjectWords.IsPlainName(words[start]))
        {
            return NamedAfterADescription(words);
        }

        return (start, end, faAt);
    }

    /// <summary>
    /// «أما أقدم فخاريي البلدة، جريس إلياس عبود، فيقضي …»، «أما آخر من يطرق النصال بيده، كميل أبي راشد، فيسخّن …»، «أما
    /// جارها الأصغر، سامي عودة، فقد …»: «أما» sets apart what a person is, closed by its comma (a phrase with a word with the
    /// article, no name), then the name in apposition, closed by its own comma (a title before it is left out), then the
    /// «فـ» word that goes on. Where the name starts and ends and where «فـ» stands, or null when the paragraph reads otherwise.
    /// </summary>
    private static (int Start, int End, int FaAt)? NamedAfterADescription(List<Word> words)
    {
        const int MaxDescriptionWords = 8;
        var described = 1;
        while (described < words.Count - 1 && described < MaxDescriptionWords && !words[described].EndsClause)
        {
            described++;
        }

        // «أما نورية العازمي، أم خالد، فعادت»، «أما علي الصفار، ابن أحد نواخذة تاروت، فترك»: a name first, then its kunya or
        // kin in apposition, is read by AmmaTopic as it was; the description opens with no listed given name.
        if (!words[described].EndsWithComma || words[described].EndsSentence || !words.Skip(1).Take(described).Any(SubjectWords.HasArticle)
            || SpeakerLexicon.IsGivenName(words[1].Folded))
        {
            return null;
        }

        var start = described + 1;
        while (start < words.Count - 1 && (SpeakerLexicon.IsTitle(words[start].Folded) || SpeakerLexicon.IsPopularTitle(words[start].Folded)) && !words[start].EndsClause)
        {
            start++;
        }

        var end = start;
        while (end < words.Count - 1 && end - start < BriefingLimits.MaxSpeakerWords && !words[end].EndsClause)
        {
            end++;
        }

        var faAt = end + 1;
        return faAt < words.Count - 1 && end > start && words[end].EndsWithComma && words[faAt].Folded is { Length: > 2 } fa && fa[0] == 'ف'
            && !SpeakerLexicon.HasArticle(words[start].Folded) && SubjectWords.IsPlainName(words[start]) && !SpeakerLexicon.IsGivenName(fa)
            && !SpeakerLexicon.IsParticle(words[start].Folded) && !SpeakerLexicon.IsKinOfSomeone(words[start].Folded)
            ? (start, end, faAt)
            : null;
    }

    /// <summary>
    /// The person «أما» sets apart at the paragraph's head, named before a «فـ» verb whose shape does not say the other
    /// gender («أما أقدم فخاريي البلدة، جريس إلياس عبود، فيقضي صباحه …»), and where the name ends; null when the paragraph
    /// opens otherwise. Read by <see cref="NameInNarration"/> for the quotation that follows in the paragraph.
    /// </summary>
    public static (string Name, int End)? SetApartAtTheHead(List<Word> words, bool feminine)
    {
        if (AmmaTopic(words) is not { } topicAt || NameInNarration.VerbGender(words[topicAt.FaAt].Folded) == !feminine)
        {
            return null;
        }

        var (start, end, _) = topicAt;
        return (string.Join(' ', words.Skip(start).Take(end - start + 1).Select(w => w.Surface.TrimEnd('،', ','))), end);
    }

    /// <summary>
    /// «أما سليمان بوخالفة فعاد إلى بني يني …»: a name of two or three plain words, the first without the article, written
    /// with no comma before the «فـ» word that goes on; where that word stands, or null («أما المرجان فأصعب» is a topic).
    /// </summary>
    private static int? UnclosedBeforeFa(List<Word> words, int start)
    {
        const int MaxUnclosedNameWords = 3;
        if (start >= words.Count || SpeakerLexicon.HasArticle(words[start].Folded) || SpeakerLexicon.IsTitle(words[start].Folded))
        {
            return null;
        }

        for (var k = start; k < words.Count - 1 && k - start < MaxUnclosedNameWords; k++)
        {
            if (words[k].EndsClause || !SubjectWords.IsPlainName(words[k]) || SpeakerLexicon.IsPreposition(words[k].Surface))
            {
                return null;
            }

            if (k > start && words[k + 1].Folded is { Length: >= 4 } fa && fa[0] == 'ف' && !SpeakerLexicon.IsGivenName(fa))
            {
                return k + 1;
            }
        }

        return null;
    }

    private static bool At(List<Word> words, int j, IReadOnlyList<string> mention)
    {
        for (var k = 0; k < mention.Count; k++)
        {
            if (words[j + k].Folded != mention[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> belongs to the name after it: a given name the lexicon knows, a particle («أبو»،
    /// «بن»)، the second part of a compound («عبد الرحمن»), or a name word right after an occupation or title («المزارع
    /// خليل»).
    /// </summary>
    private static bool NamePartBefore(Paragraph paragraph, int k, bool fathersNameVouched = false)
    {
        var words = paragraph.Words;
        var w = words[k];
        // «شاب … اسمه إيلي سركيس»: «اسمه» says a name follows; it is none of it.
        if (w.EndsClause || w.InParentheses || SpeakerLexicon.IsTitle(w.Folded) || ReportingVerbs.IsReportingVerb(w.Folded) || SpeakerLexicon.IsPreposition(w.Surface)
            || InRegionName(words, k) || w.Folded is "اسمه" or "اسمها")
        {
            return false;
        }

        // «الطاهر حمادوش»: a Maghrebi given name written with the article opens the name as a listed one does.
        if (SpeakerLexicon.IsGivenName(w.Folded) || SpeakerLexicon.IsParticle(w.Folded) || SpeakerLexicon.IsArticleGivenName(w.Folded))
        {
            return true;
        }

        // A word that opens with a conjunction or a preposition («وتصدرت»، «لتعليم») is a verb or a phrase, not a name the
        // lexicon does not know; so is a short present verb written with its shadda («وفي ساحة الفرن يرصّ وليد قاسم»).
        if (w.Folded.Length >= 4 && w.Folded[0] is 'و' or 'ف' or 'ب' or 'ل' or 'ك' || IsPresentVerbWithShadda(w))
        {
            return false;
        }

        // «نور | الهدى عبد الرحمن»: the first part of a compound given name, whatever stands before it.
        if (k + 1 < words.Count && SpeakerLexicon.IsCompoundSecond(words[k + 1].Folded) && SubjectWords.IsPlainName(w) && !SubjectWords.HasArticle(w))
        {
            return true;
        }

        if (k == 0 || words[k - 1].EndsClause)
        {
            return false;
        }

        var before = words[k - 1];
        if (WithTheseWords.ClosesPointingBack(words, k - 1))
        {
            // «بهذه العبارة تختصر نادية …»: the verb after what points back to the quotation.
            return false;
        }

        // «عبيد بن سيف المنصوري، المعروف بأبي راشد»، «غنام بن دغيم العنزي، الذي يناديه أهل الحي «أبو ماجد»»: where an alias
        // given after it vouches that a name stands there, a plain word right after «بن / بنت» is the father's name and one
        // right before it the given name, whatever the lexicon lists; the name goes on back past the joiner.
        if (fathersNameVouched && SubjectWords.IsPlainName(w) && !SubjectWords.HasArticle(w)
            && (before.Folded is "بن" or "بنت" || k + 1 < words.Count && words[k + 1].Folded is "بن" or "بنت"))
        {
            return true;
        }

        // «عبد الرحيم»، «عبد السلام»: after «عبد» a word with the article is the second half of the given name.
        return SpeakerLexicon.IsCompoundSecond(w.Folded) && (SpeakerLexicon.IsParticle(before.Folded) || SubjectWords.IsPlainName(before) && !SubjectWords.HasArticle(before))
            || before.Folded == "عبد" && SubjectWords.HasArticle(w) && SubjectWords.IsPlainName(w)
            || SubjectWords.IsPlainName(w) && w.Folded.Length >= 3 && !SubjectWords.HasArticle(w) && !paragraph.CommonNouns.Contains(w.Folded)
                && !SpeakerLexicon.IsPreposition(w.Surface) && !w.IsComplementiser
                && (SubjectWords.HasArticle(before) || SpeakerLexicon.IsTitle(before.Folded));
    }

    /// <summary>«يرصّ»، «تمدّ»، «يشدّ»: a doubled verb of three or four letters with its present prefix, its shadda written.</summary>
    private static bool IsPresentVerbWithShadda(Word w) => w.HasShadda && w.Folded.Length is 3 or 4 && w.Folded[0] is 'ي' or 'ت';

    /// <summary>
    /// Whether word <paramref name="k"/> is in the name of a region after «جهة» («والي جهة الدار البيضاء سطات محمد
    /// امهيدية»): a place, which a name written after it does not take in.
    /// </summary>
    private static bool InRegionName(List<Word> words, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - SpeakerLexicon.MaxRegionNameWords && !words[j].EndsClause; j--)
        {
            if (SpeakerLexicon.IsRegionNoun(words[j].Folded))
            {
                return true;
            }

            if (SpeakerLexicon.IsGivenName(words[j].Folded) || SpeakerLexicon.IsParticle(words[j].Folded))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether word <paramref name="k"/> goes on the given name before it: a surname, or a particle and its noun («بن علي»).</summary>
    private static bool NamePartAfter(Paragraph paragraph, int k)
    {
        var w = paragraph.Words[k];
        if (w.Folded.Length < 3 || w.InParentheses || SpeakerLexicon.IsTitle(w.Folded) || ReportingVerbs.IsReportingVerb(w.Folded) || paragraph.CommonNouns.Contains(w.Folded)
            || w.IsComplementiser || SpeakerLexicon.IsPreposition(w.Surface) || SpeakerLexicon.IsNonName(w.Folded) || w.OpensQuote)
        {
            return false;
        }

        if (SpeakerLexicon.IsParticle(w.Folded))
        {
            return true;
        }

        // A surname with the article ends the name only where a comma closes it: else it may be what comes after the name.
        return SubjectWords.HasArticle(w)
            ? w.EndsWithComma || SpeakerLexicon.IsParticle(paragraph.Words[k - 1].Folded)
            : SubjectWords.IsPlainName(w);
    }

    /// <summary>The occupation or title written right before a name («وقفت المدرّسة المتقاعدة سعاد عيتاني»), or null.</summary>
    private static string? RoleBefore(List<Word> words, int start)
    {
        var from = start;
        while (from > 0 && start - from < MaxRoleWords && !words[from - 1].EndsClause
            && (SubjectWords.HasArticle(words[from - 1]) || SpeakerLexicon.IsTitle(words[from - 1].Folded)) && !ReportingVerbs.IsReportingVerb(words[from - 1].Folded))
        {
            from--;
        }

        return from < start ? string.Join(' ', words.Skip(from).Take(start - from).Select(w => w.Surface)) : null;
    }

    /// <summary>The alias given after the name (folded words) wherever the paragraph writes it, or null.</summary>
    private static string? AliasOf(IReadOnlyList<string> name, Paragraph paragraph)
    {
        for (var j = 0; j + name.Count <= paragraph.Words.Count; j++)
        {
            if (At(paragraph.Words, j, name) && AliasAfter(paragraph, j + name.Count - 1) is { } alias)
            {
                return alias;
            }
        }

        return null;
    }

    /// <summary>
    /// The alias written after a name and its comma: «…، المعروف بـ«حميدتي»»، «…، الملقب بـ«الصقر»»، «…، الذي يلقبه رفاقه
    /// بـ«أبو كرامة»»، «…، التي تُعرف بـ«أم الشهداء»»; null for none.
    /// </summary>
    private static string? AliasAfter(Paragraph paragraph, int end)
    {
        var words = paragraph.Words;
        if (end + 2 < words.Count && !words[end].InParentheses && words[end + 1].InParentheses && words[end + 1].Folded is "ابو" or "ام")
        {
            // «محمود الشديفات (أبو خالد)»: a kunya in parentheses right after the name.
            var kunya = words.Skip(end + 1).Take(3).TakeWhile(w => w.InParentheses).Select(w => w.Surface).ToList();
            return kunya.Count >= 2 ? string.Join(' ', kunya) : null;
        }

        if (!words[end].EndsWithComma || end + 2 >= words.Count)
        {
            return null;
        }

        if (words[end + 1].OpensQuote)
        {
            return QuotedAlias(words, end + 1);
        }

        var reader = new SubjectWords(words, end + 1, paragraph.CommonNouns, null);
        var first = words[end + 1].Folded;
        if (SpeakerLexicon.IsAliasWord(first))
        {
            return reader.OpensAlias(end + 1, afterName: true) ? reader.AliasAfter(end + 1) : null;
        }

        if (KunyaInApposition(words, end + 1) is { } apposed)
        {
            return apposed;
        }

        // «…، يلقبه رفاقه "القبطان"»: the verb of naming may follow the comma with no relative pronoun. «…، وهو رجل هادئ
        // يلقبه أطفال بشري "جدو الأرز"»: an aside says what the person is, then what others call them, a few words further.
        var naming = IsNamingVerb(first);
        var aside = first is "وهو" or "وهي" || DescriptionBeforeRelative(words, end + 1);
        if (!naming && !aside && first is not ("الذي" or "التي"))
        {
            return null;
        }

        for (var k = end + 2; k < words.Count && k <= end + 1 + MaxAliasClauseWords + (aside ? MaxAsideWordsBeforeNaming : 0); k++)
        {
            var f = words[k].Folded;
            if (!naming)
            {
                naming = IsNamingVerb(f);
            }
            else if (words[k].OpensQuote)
            {
                return QuotedNickname(words, k);
            }
            else if (NicknameGiven.UnquotedKunyaAt(words, f == "باسم" ? k + 1 : k) is { } kunya)
            {
                // «، الذي يناديه الجيران أبا حيدر،»، «، الذي يعرفه الجميع باسم أبي جاسم،»: the kunya unquoted, as said later.
                return kunya;
            }
            else if (f.Length > 2 && f[0] == 'ب' && !QuotedNameFollows(words, k))
            {
                return reader.AliasAfter(k - 1);
            }

            if (words[k].EndsClause)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// «يلقبه أطفال بشري "جدو الأرز"»، «يناديه أهل بلدته "أبو سالم"»: a word opening with «ب» among those who give the
    /// name is a place or a noun of theirs, not the «بـ» of the alias, when the quoted name comes right after it.
    /// </summary>
    private static bool QuotedNameFollows(List<Word> words, int k)
    {
        const int MaxNamerWordsAfter = 2;
        for (var j = k + 1; j < words.Count && j <= k + MaxNamerWordsAfter && !words[j - 1].EndsClause; j++)
        {
            if (words[j].OpensQuote)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name quoted in apposition right after a name and its comma: a kunya («…، «أبو علي»، إن»)، or any name that «كما»
    /// and a verb of naming follow («…، "أبو خالد" كما يناديه زبائنه، إن»); null for anything else quoted there.
    /// </summary>
    private static string? QuotedAlias(List<Word> words, int from)
    {
        const int MaxQuotedAliasWords = 3;
        for (var k = from; k < words.Count && k < from + MaxQuotedAliasWords; k++)
        {
            if (!words[k].ClosesQuote)
            {
                continue;
            }

            var kunya = words[from].Folded is "ابو" or "ام" && k > from;
            var named = k + 2 < words.Count && words[k + 1].Folded == "كما" && IsNamingVerb(words[k + 2].Folded);
            return kunya || named ? string.Join(' ', words.Skip(from).Take(k - from + 1).Select(w => w.Surface)) : null;
        }

        return null;
    }

    /// <summary>The nickname quoted at <paramref name="from"/> after a verb of naming («يلقبه رفاقه "القبطان"»), or null when it runs long.</summary>
    private static string? QuotedNickname(List<Word> words, int from)
    {
        const int MaxNicknameWords = 3;
        for (var k = from; k < words.Count && k < from + MaxNicknameWords; k++)
        {
            if (words[k].ClosesQuote)
            {
                return string.Join(' ', words.Skip(from).Take(k - from + 1).Select(w => w.Surface));
            }
        }

        return null;
    }

    /// <summary>
    /// «يدير عيسى العلامي، أبو خليل، معصرة …»، «يدير دا الطاهر حمادوش، أبو مقران، ورشة …»: a kunya of two words set off
    /// by commas right after the name is the name the person goes by, by which a later paragraph quotes them («ويشكو أبو
    /// خليل من …»); null when the words at <paramref name="at"/> are no such kunya («أبو ظبي» has no comma of its own
    /// there, «أم لثلاثة أطفال» a preposition glued to its second word).
    /// </summary>
    private static string? KunyaInApposition(List<Word> words, int at) =>
        at + 1 < words.Count && SpeakerLexicon.IsKunyaHead(words[at].Folded) && !words[at].EndsClause && words[at + 1].EndsWithComma
            && SubjectWords.IsPlainName(words[at + 1]) && !SubjectWords.HasArticle(words[at + 1])
            && !(words[at + 1].Folded[0] is 'ل' or 'ب' && !SpeakerLexicon.IsGivenName(words[at + 1].Folded))
            ? words[at].Surface + " " + words[at + 1].Surface.TrimEnd('،', ',')
            : null;

    /// <summary>
    /// «…، الحرفي الثمانيني الذي يناديه أهل القرية "الشيخ"»: an aside that says what the person is, with the article, then
    /// a relative pronoun within two words — where a verb of naming may follow, as after «وهو».
    /// </summary>
    private static bool DescriptionBeforeRelative(List<Word> words, int at)
    {
        for (var k = at + 1; k < words.Count && k <= at + 2; k++)
        {
            if (words[k - 1].EndsClause || !SubjectWords.HasArticle(words[k - 1]))
            {
                return false;
            }

            if (words[k].Folded is "الذي" or "التي")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«يلقبه»، «يسمونها»، «يُعرف»، «تُكنّى»، «اشتهر»: a verb that gives the name someone goes by.</summary>
    private static bool IsNamingVerb(string folded) =>
        folded.Length >= 4 && folded[0] is 'ي' or 'ت'
            ? folded.AsSpan(1).StartsWith("لقب", StringComparison.Ordinal) || folded.AsSpan(1).StartsWith("سمي", StringComparison.Ordinal)
                || folded.AsSpan(1).StartsWith("سمو", StringComparison.Ordinal) || folded.AsSpan(1).StartsWith("كني", StringComparison.Ordinal)
                || folded.AsSpan(1).StartsWith("عرف", StringComparison.Ordinal) || folded.AsSpan(1).StartsWith("نادي", StringComparison.Ordinal)
            : folded is "اشتهر" or "اشتهرت" or "لقب" or "لقبت" or "عرف" or "عرفت";
}
