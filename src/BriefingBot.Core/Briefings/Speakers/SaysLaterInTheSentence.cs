namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «ويحتفظ أبو زيد … بصورة …، وهو يرى أن»، «يجلس أبو ماجد خلف …، ويحكي أن»، «البائعة هي خديجاتو منت السالك، وهي أرملة
/// …، وتوضح أن»: feature writers introduce a person in narration and let them speak later in the same sentence, by a
/// reporting verb joined with «، و…» or «، وهو / وهي …» and followed right away by «أن». That verb has no subject of its
/// own (a verb with one, «، ويرى مراقبون أن», has no «أن» right after it), so it is the person the sentence named.
/// Blind writers name that person by a full name as often as by a kunya («ينحت رشيد بلحاج …، وهو يروي أنه»), close the
/// sentence with «كما قال مازحًا», or point back to the name with «التي تقول إن»: <see cref="NameInNarration"/> reads it.
/// </summary>
internal static class SaysLaterInTheSentence
{
    /// <summary>The most words of a name closed by its comma («خديجاتو منت السالك»).</summary>
    private const int MaxNameWords = 4;

    /// <summary>The fewest words of a quotation that is something said, not a name or a term («"القبطان"»، «"أبو النخلة"»).</summary>
    private const int MinQuotedWords = 3;

    /// <summary>
    /// The person the opening sentence names, by a kunya right after a verb at a clause head («يجلس أبو ماجد») or as what
    /// someone is («البائعة هي خديجاتو …،»), or by a full name, when a joined reporting verb agreeing with them says
    /// something later in that sentence; without one, the person a closing «كما قال», a relative «التي تقول إن» or a
    /// heading name with its aside and verb («كلير هيوز، وهي منتجة …، اعتبرت أن») points to; null otherwise.
    /// </summary>
    public static Attribution? Introduced(Paragraph paragraph)
    {
        var words = paragraph.Words;
        if (JoinedVerb(words, 0) is not { } verb)
        {
            return AsTheySaidClosing(words) is { } closing ? NameInNarration.Before(paragraph, closing, ReportingVerbs.IsFeminine(words[closing + 1].Folded))
                : RelativeSays(words) is { } relative ? NameInNarration.BeforeRelative(paragraph, relative, words[relative].Folded == "التي")
                : NameInNarration.HeadingWithAside(paragraph) ?? QuotedAfterNarration(paragraph) ?? DescribedAfterTheQuote.Introduced(paragraph);
        }

        var feminine = words[verb].Folded == "قايله" || ReportingVerbs.IsFeminine(Said(words[verb].Folded));
        var named = NamedAsWhatTheyAre(words, verb) ?? KunyaAfterVerb(words, verb) ?? NameAfterNarratingVerb(words, verb) ?? SurnameAfterNarratingVerb(paragraph, verb)
            ?? KinAfterNarratingVerb(words, verb);
        if (named is null)
        {
            // «ينحت رشيد بلحاج رأس تمثال …، وهو يروي أنه»، «فاطمة الزهراء أمزيان، أم …، بدأت …، وتروي أنها»: a full name
            // in narration, not only a kunya, is who the joined verb's «أن» quotes.
            var narrated = NameInNarration.Before(paragraph, verb, feminine);

            // «كانت معلمة جاءت من كلميم …، وتساءلت: "…"»: words brought in by a colon carry no «أن» to tie them to the
            // sentence's subject, so one word after a title, which may be an unnamed person's verb, names no one.
            if (!words[verb + 1].IsComplementiser && SayingWhileDoing.Complementiser(words, verb) is null && SayingWhileDoing.QuotationOpened(words, verb) is not null
                && narrated?.Name is { } one && !NameInNarration.NamesSomeone(one))
            {
                return null;
            }

            // «يجلس محمد طاهر أوكير على صندوق … قبل أن يؤكد»: a given name alone, its surname cut off, is too thin a name
            // to carry a verb a long sentence away.
            return SayingAtTheEnd(words, verb) && narrated?.Name is { } lone && !lone.Contains(' ', StringComparison.Ordinal) && !ClosedByComma(words, lone) ? null : narrated;
        }

        return named.Feminine == feminine ? named : null;
    }

    /// <summary>
    /// Where a quotation of at most two words opened at <paramref name="from"/> closes inside the sentence («تعاونية «نساء
    /// ولاتة»»، «"البلح المضوي"»): a name or a term, no words said; null for anything longer or ending the sentence.
    /// </summary>
    private static int? ShortQuotedName(List<Word> words, int from)
    {
        for (var k = from; k < words.Count && k <= from + 1; k++)
        {
            if (words[k].ClosesQuote)
            {
                return words[k].EndsSentence || k + 1 >= words.Count ? null : k;
            }
        }

        return null;
    }

    /// <summary>
    /// «يفك يوسف ضو عقد شبكته على حجارة الرصيف …. "البحر ما عاد يعطي متل أول …"»، «بين جذوع النخل …، يقلّب يحيى حاج سعيد
    /// تراب بستانه …، "ولو تأخرنا دقيقة لجاءنا الأمين يعاتبنا"»: a portrait shows a person at work and then lets them speak
    /// with no verb at all, a quotation that ends the sentence after a stop, comma or colon. The words are the person's the
    /// narration before them names (read by <see cref="NameInNarration"/>, which wants a name it can tell from a verb's
    /// object and no one else named between); a title, a slogan or a term quoted inside the sentence is no such quotation.
    /// </summary>
    private static Attribution? QuotedAfterNarration(Paragraph paragraph)
    {
        var words = paragraph.Words;
        foreach (var (q, close) in paragraph.QuotationsAfterAClause())
        {

            var goesOn = SaidOnAfterTheQuote(paragraph, close);
            if (close - q + 1 < MinQuotedWords || !(words[close].EndsSentence || close == words.Count - 1 || goesOn is not null))
            {
                continue;
            }

            // «ويحكي أبو خالد، كما يناديه جيرانه، أنه …، "…"»: a reporting verb heading the paragraph has its own subject.
            if (ReportingVerbs.IsReportingVerb(words[0].Folded))
            {
                return null;
            }

            // «كانت معلمة جاءت من كلميم …»: one word after a title may be the verb of an unnamed person; a name of two words
            // or a listed given name is someone.
            var narrated = goesOn is { } feminine ? NameInNarration.Before(paragraph, q, feminine)
                : NameInNarration.Before(paragraph, q, feminine: false) ?? NameInNarration.Before(paragraph, q, feminine: true);
            return narrated?.Name is { } name && NameInNarration.NamesSomeone(name) ? narrated : null;
        }

        return null;
    }

    /// <summary>
    /// «ولا يستعمل المعلم فؤاد عون أي قرن صناعي …. "…"، ويضيف أن …»، «"…"، مضيفة أنها …»، ««…»، تقول ضاحكة، «…»»: after the
    /// closing mark and its comma, a reporting verb (joined by «و» or a participle of saying) with no subject of its own goes
    /// on saying what the quotation said, so the quotation is as bare as one that ends the sentence: both are the words of
    /// the person the narration before named. The gender the verb shows, or null when a subject, or nothing said, follows.
    /// </summary>
    private static bool? SaidOnAfterTheQuote(Paragraph paragraph, int close)
    {
        var words = paragraph.Words;
        if (!words[close].ClosesQuote || !words[close].EndsClause || words[close].EndsSentence || close + 2 >= words.Count)
        {
            return null;
        }

        var verb = words[close + 1].Folded;
        if (MetSpeakerNarrated.IsParticipleOfSaying(verb))
        {
            var next = words[close + 2];
            return next.IsComplementiser || next.Folded == "الي" && close + 3 < words.Count && words[close + 3].IsComplementiser ? verb[^1] == 'ه' : null;
        }

        return ReportingVerbs.IsReportingVerb(verb)
            && new SubjectReader(words, close + 2, paragraph.CommonNouns, verb, QuoteFirst: true).Read().Kind == AttributionKind.Continuation
            ? ReportingVerbs.IsFeminine(verb)
            : null;
    }

    /// <summary>
    /// «…، كما قال مازحًا.»: «كما» and a reporting verb with no subject of its own (nothing after it but an adverb) close
    /// the sentence, which said what the person it narrates said; the index of «كما», or null.
    /// </summary>
    private static int? AsTheySaidClosing(List<Word> words)
    {
        for (var c = 1; c + 1 < words.Count; c++)
        {
            // The comma may follow a quotation's closing mark («…"، كما قال»), which the word's comma flag leaves out.
            if (words[c].Folded != "كما" || !(words[c - 1].EndsWithComma || words[c - 1].ClosesQuote && words[c - 1].EndsClause && !words[c - 1].EndsSentence)
                || !ReportingVerbs.IsReportingVerb(words[c + 1].Folded))
            {
                continue;
            }

            return words[c + 1].EndsSentence || c + 2 < words.Count && words[c + 2].HasTanween && words[c + 2].EndsSentence ? c : null;
        }

        return null;
    }

    /// <summary>
    /// «تقودها سمية باباعمي، طالبة الدكتوراه …، التي تقول إن»: a relative pronoun after a comma, a reporting verb agreeing
    /// with it and «أن»; the index of the pronoun, or null. Who it points back to is read as a name by <see cref="NameInNarration"/>,
    /// so «جمعية … التي تقول إن» is no one.
    /// </summary>
    private static int? RelativeSays(List<Word> words)
    {
        for (var r = 1; r + 2 < words.Count; r++)
        {
            if (words[r].Folded is "التي" or "الذي" && words[r - 1].EndsWithComma && ReportingVerbs.IsReportingVerb(words[r + 1].Folded)
                && ReportingVerbs.IsFeminine(words[r + 1].Folded) == (words[r].Folded == "التي") && words[r + 2].IsComplementiser)
            {
                return r;
            }

            if (words[r].EndsSentence)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The first reporting verb after <paramref name="from"/> in the same sentence that a comma and «و» or «وهو / وهي» join
    /// to it and «أن / إن» follows («، ويرى أن»، «، وهو يرى أن»); null when the sentence ends first or has none.
    /// </summary>
    public static int? JoinedVerb(List<Word> words, int from)
    {
        var shortQuoteEnd = -1;
        for (var v = from + 1; v < words.Count - 1; v++)
        {
            if (words[v - 1].OpensQuote && v - 1 > shortQuoteEnd && ShortQuotedName(words, v - 1) is { } closing)
            {
                // «تعاونية «نساء ولاتة» قبل خمس سنوات …، وتقول إن»: a name quoted in the narration is no quotation.
                shortQuoteEnd = closing;
            }

            if (v <= shortQuoteEnd)
            {
                continue;
            }

            if (words[v - 1].EndsSentence || words[v - 1].OpensQuote && v - 1 > shortQuoteEnd)
            {
                return null;
            }

            var f = words[v].Folded;
            if (SayingAfterComma(words, v) || SayingAtTheEnd(words, v) || SayingThen(words, v))
            {
                return v;
            }

            // «، وتقول وهي تقلّب الجمر بعصا طويلة إن»: what the person does as they speak may stand before the «أن».
            // «، ويقول وهو يغلق باب الورشة: «…»»: a colon and a quotation bring the words in as «أن» does.
            if (!ReportingVerbs.IsReportingVerb(f) || !words[v + 1].IsComplementiser && SayingWhileDoing.Complementiser(words, v) is null
                && SayingWhileDoing.QuotationOpened(words, v) is null)
            {
                continue;
            }

            var byWa = f.Length > 3 && f[0] == 'و' && words[v - 1].EndsWithComma;
            // «، وهو يرى أن»: the pronoun agrees with the verb.
            var byPronoun = v >= 2 && words[v - 2].EndsWithComma && words[v - 1].Folded is "وهو" or "وهي"
                && (words[v - 1].Folded == "وهي") == ReportingVerbs.IsFeminine(f);
            // «…، إذ يرى أن»، «…، إذ تقول إن»: «إذ» gives the reason in the sentence's own subject's words; the verb has none
            // of its own, as «، ويرى مراقبون أن» would («إذ تقول وزارة …» has one, and no «أن» right after the verb).
            var byIdh = v >= 2 && words[v - 2].EndsWithComma && words[v - 1].Folded == "اذ" && words[v + 1].IsComplementiser;
            if (byWa || byPronoun || byIdh || ByWaAfterBeforeThat(words, v))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>
    /// «يتنقل حنا الشوارب بين الطاولات، …، قبل أن يقول إن»، «ويصعد الحاج نايف …، ثم يتوقف عند المنعطف ليقول إن»: a feature
    /// lets the person it narrates speak at the end of the sentence, through «قبل أن» or the «لـ» of purpose on a present
    /// reporting verb, with «أن / إن» right after it. Such a verb has no subject of its own (its subject is the narrated
    /// verb's), so it is the person the sentence named. The «لـ» is taken off by <see cref="Said"/>.
    /// </summary>
    private static bool SayingAtTheEnd(List<Word> words, int v)
    {
        if (!words[v + 1].IsComplementiser)
        {
            return false;
        }

        var f = words[v].Folded;
        return v >= 2 && words[v - 1].Folded == "ان" && words[v - 2].Folded == "قبل" && f[0] is 'ي' or 'ت' && ReportingVerbs.IsReportingVerb(f)
            || f.Length > 3 && f[0] == 'ل' && f[1] is 'ي' or 'ت' && ReportingVerbs.IsReportingVerb(f[1..]);
    }

    /// <summary>«يقاطعه حفيده ياسين، وهو في الثانية والعشرين …»: the one-word name is closed by its comma, an aside after it.</summary>
    private static bool ClosedByComma(List<Word> words, string name) =>
        words.Exists(w => w.EndsWithComma && w.Surface.TrimEnd('،', ',') == name);

    /// <summary>
    /// «يزن الحاج إبراهيم أوبلا خاتمًا قبل أن يرفعه إلى الضوء ويقول إن»: a present reporting verb with «و» and no comma, in a
    /// sentence whose narration has gone on through «قبل أن» with the same subject, is that subject's too.
    /// </summary>
    private static bool ByWaAfterBeforeThat(List<Word> words, int v)
    {
        var f = words[v].Folded;
        if (f.Length < 4 || f[0] != 'و' || f[1] is not ('ي' or 'ت'))
        {
            return false;
        }

        for (var k = v - 1; k >= 1 && !words[k].EndsSentence; k--)
        {
            if (words[k].Folded == "ان" && words[k - 1].Folded == "قبل")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reporting verb as the lexicon spells it: «ليقول» is «يقول» with the «لـ» of purpose.</summary>
    public static string Said(string folded) =>
        folded.Length > 3 && folded[0] == 'ل' && folded[1] is 'ي' or 'ت' && ReportingVerbs.IsReportingVerb(folded[1..]) ? folded[1..] : folded;

    /// <summary>
    /// «ويعوّل عبد الكريم الشرعبي، الذي يتاجر …، على المغتربين، قائلًا إن»، «يقاطعه حفيده …، قائلًا:»: the participle
    /// «قائلًا / قائلة» after a comma, bringing «أن», a colon or a quote, has no subject of its own either: it is the narrated
    /// person's saying, whatever verb of the narration («يعوّل»، «يقاطع») opened the sentence.
    /// </summary>
    private static bool SayingAfterComma(List<Word> words, int v) =>
        words[v].Folded is "قايلا" or "قايله" && words[v - 1].EndsWithComma
        && (words[v + 1].IsComplementiser || words[v].EndsWithColon || words[v + 1].OpensQuote);

    /// <summary>
    /// «يجلس أبو ماجد»: a kunya right after a word that opens a clause and is no noun, preposition, title or pronoun («، وهي أم
    /// لأربعة» is an aside, no kunya); null for none.
    /// </summary>
    public static Attribution? KunyaAfterVerb(List<Word> words, int verb)
    {
        for (var h = 0; h + 2 < verb; h++)
        {
            var head = words[h];
            if (h > 0 && !words[h - 1].EndsWithComma || head.EndsClause
                || SubjectWords.HasArticle(head) || SpeakerLexicon.IsPreposition(head.Surface) || SpeakerLexicon.IsTitle(head.Folded)
                || SpeakerLexicon.IsOpener(head.Folded) || ReportingVerbs.IsReportingVerb(head.Folded) || head.Folded is "ابو" or "ام" or "هو" or "هي" or "وهو" or "وهي")
            {
                continue;
            }

            if (words[h + 1].Folded is "ابو" or "ام" && !words[h + 1].EndsClause && SubjectWords.IsPlainName(words[h + 2]) && !SubjectWords.HasArticle(words[h + 2]))
            {
                var name = words[h + 1].Surface + " " + words[h + 2].Surface;
                return new Attribution(AttributionKind.Named, name) { Feminine = words[h + 1].Folded == "ام", GenderShown = true };
            }
        }

        return null;
    }

    /// <summary>
    /// «على سفح الوادي يقف محمود الطشاني، وهو عامل …، ويقول إن»: a listed given name and its surname right after a verb of the
    /// narration (a present verb, or a past one opening the paragraph), the name closed by its comma («ويلوم حسن الحكومتين
    /// معًا، ويرى أن» names no «حسن الحكومتين»); the narrating verb agrees with the joined reporting verb. Null for none.
    /// </summary>
    private static Attribution? NameAfterNarratingVerb(List<Word> words, int verb)
    {
        var feminine = ReportingVerbs.IsFeminine(Said(words[verb].Folded));
        for (var h = 0; h + 2 < verb; h++)
        {
            // «يجلس على عتبة بيت قديم،»: the preposition «على» folds to the given name «علي» but names no one.
            // «ويحفظ سيدي محمد ولد بونا»: the Mauritanian «سيدي» before a given name opens the name.
            // «ويتولى حفيده تركي، …»، «يقف ابن عمه صالح الرميح، …»: a relative brought in by the kin word before the name,
            // which need not be a listed given name then.
            var at = h + 1 + KinBefore(words, h + 1, verb);
            if (words[h].EndsClause || at >= verb
                || !(SpeakerLexicon.IsGivenName(words[at].Folded) || words[at].Folded == "سيدي" && SpeakerLexicon.IsGivenName(words[at + 1].Folded)
                    || at > h + 1 && SubjectWords.IsPlainName(words[at]) && !SpeakerLexicon.IsTitle(words[at].Folded))
                || SpeakerLexicon.IsPreposition(words[at].Surface)
                || NarratingVerbGender(words, h) is not { } gender || gender != feminine)
            {
                continue;
            }

            var end = at;
            while (end + 1 < verb && end - h < MaxNameWords && !words[end].EndsClause && !SubjectWords.HasArticle(words[end])
                && SubjectWords.IsPlainName(words[end + 1]) && !SpeakerLexicon.IsTitle(words[end + 1].Folded) && !SpeakerLexicon.IsPreposition(words[end + 1].Surface))
            {
                end++;
            }

            if ((end > at || at > h + 1) && words[end].EndsWithComma)
            {
                var name = string.Join(' ', words.Skip(at).Take(end - at + 1).Select(w => w.Surface.TrimEnd('،', ',')));
                // «، وهو مهندس معماري …،»: the aside after the name is who the person is, later «المهندس».
                var role = end + 1 < verb && DescriptiveAside.Closing(words, end + 1) is { } closing && closing < verb
                    ? string.Join(' ', words.Skip(end + 2).Take(closing - end - 1).Select(w => w.Surface.TrimEnd('،', ',')))
                    : null;
                return new Attribution(AttributionKind.Named, name) { Feminine = feminine, GenderShown = true, Role = role };
            }
        }

        return null;
    }

    /// <summary>
    /// «ويعمل الجطيلي دلّالًا في الساحة منذ …، وقد ورث المهنة …، ويقول إن»: a narrating verb heads the paragraph, and right
    /// after it the surname of someone an earlier paragraph of the section wrote, whom the joined verb quotes; null otherwise.
    /// Only a surname the section met: «وتقترح الحكومة …، وترى أن» stays with whoever spoke before.
    /// </summary>
    private static Attribution? SurnameAfterNarratingVerb(Paragraph paragraph, int verb)
    {
        var words = paragraph.Words;
        if (verb < 3 || words[1].EndsClause || !SubjectWords.HasArticle(words[1]) || SpeakerLexicon.IsTitle(words[1].Folded)
            || SpeakerLexicon.IsOrganisation(words[1].Folded) || NarratingVerbGender(words, 0) is not { } gender
            || gender != ReportingVerbs.IsFeminine(Said(words[verb].Folded)) || !paragraph.MentionedEarlier(words[1].Folded))
        {
            return null;
        }

        return new Attribution(AttributionKind.Surname, words[1].Surface) { Feminine = gender, GenderShown = true };
    }

    /// <summary>
    /// «ويهز الجد رأسه …، ثم يقول بلهجة قصيمية إن»: «ثم» after a comma and a present reporting verb with no subject of its
    /// own («أن» right after it, or after how it was said, a «بـ» phrase of up to three words), the narrated person's next act.
    /// </summary>
    private static bool SayingThen(List<Word> words, int v)
    {
        const int MaxMannerWords = 3;
        var f = words[v].Folded;
        if (v < 2 || words[v - 1].Folded != "ثم" || !words[v - 2].EndsWithComma || f[0] is not ('ي' or 'ت') || !ReportingVerbs.IsReportingVerb(f) || words[v].EndsClause)
        {
            return false;
        }

        if (words[v + 1].IsComplementiser)
        {
            return true;
        }

        if (words[v + 1].Folded is not { Length: > 3 } manner || manner[0] != 'ب')
        {
            return false;
        }

        for (var k = v + 2; k < words.Count && k <= v + 1 + MaxMannerWords; k++)
        {
            if (words[k].IsComplementiser)
            {
                return true;
            }

            if (words[k - 1].EndsClause || words[k].OpensQuote)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// «ويهز الجد رأسه …، ثم يقول إن»: a narrating verb heads the paragraph and a kin word with the article right after it is
    /// its subject, whom the joined verb quotes; kept as that word, for the relative it points back to. Null otherwise.
    /// </summary>
    private static Attribution? KinAfterNarratingVerb(List<Word> words, int verb)
    {
        if (verb < 3 || words[1].EndsClause || !KinPointedBack.IsKinWithTheArticle(words[1].Folded) || NarratingVerbGender(words, 0) is not { } gender
            || gender != ReportingVerbs.IsFeminine(Said(words[verb].Folded)))
        {
            return null;
        }

        return new Attribution(AttributionKind.Surname, words[1].Surface) { Feminine = gender, GenderShown = true };
    }

    /// <summary>
    /// How many words of kin stand at <paramref name="at"/> before a name: «حفيده» (1), «ابن عمه»، «ابنة خالها» (2), or none (0).
    /// </summary>
    private static int KinBefore(List<Word> words, int at, int limit)
    {
        if (at + 1 >= limit || words[at].EndsClause)
        {
            return 0;
        }

        if (words[at].Folded is "ابن" or "ابنه" or "بنت" && at + 2 < limit && !words[at + 1].EndsClause && SpeakerLexicon.IsKinOfSomeone(words[at + 1].Folded))
        {
            return 2;
        }

        return SpeakerLexicon.IsKinOfSomeone(words[at].Folded) ? 1 : 0;
    }

    /// <summary>
    /// The gender a narrating verb at <paramref name="h"/> shows: a present verb by its prefix («يقف»، «وتعيش»), a word
    /// opening the paragraph by a past feminine «ـت» («فقدت»); null for a word that is no such verb (a noun, a preposition, a
    /// title, a reporting verb).
    /// </summary>
    private static bool? NarratingVerbGender(List<Word> words, int h)
    {
        var w = words[h];
        if (SubjectWords.HasArticle(w) || SpeakerLexicon.IsPreposition(w.Surface) || SpeakerLexicon.IsTitle(w.Folded) || SpeakerLexicon.IsOpener(w.Folded)
            || ReportingVerbs.IsReportingVerb(w.Folded) || SpeakerLexicon.IsGivenName(w.Folded))
        {
            return null;
        }

        var f = w.Folded is ['و' or 'ف', .. var rest] && rest.Length > 2 ? rest : w.Folded;
        if (f.Length is >= 3 and <= 6 && f[0] is 'ي' or 'ت' && f[^1] is not ('ه' or 'ي'))
        {
            return f[0] == 'ت';
        }

        return h == 0 && f.Length is >= 3 and <= 5 ? f[^1] == 'ت' : null;
    }

    /// <summary>«البائعة هي خديجاتو منت السالك،»: a noun with the article, «هو / هي», and a name closed by a comma; null for none.</summary>
    private static Attribution? NamedAsWhatTheyAre(List<Word> words, int verb)
    {
        if (verb < 4 || !SubjectWords.HasArticle(words[0]) || words[0].EndsClause || words[1].Folded is not ("هو" or "هي")
            || SubjectWords.HasArticle(words[2]) || !SubjectWords.IsPlainName(words[2]) || SpeakerLexicon.IsTitle(words[2].Folded))
        {
            return null;
        }

        for (var end = 2; end < verb && end < 2 + MaxNameWords; end++)
        {
            if (words[end].EndsClause)
            {
                if (!words[end].EndsWithComma)
                {
                    return null;
                }

                var name = string.Join(' ', words.Skip(2).Take(end - 1).Select(w => w.Surface));
                return new Attribution(AttributionKind.Named, name) { Role = words[0].Surface, Feminine = words[1].Folded == "هي", GenderShown = true };
            }
        }

        return null;
    }
}
