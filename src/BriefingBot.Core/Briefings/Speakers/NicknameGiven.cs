namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «a nickname others give»: «ويسميه زملاؤه "الطبيب"»، «ويسميها جيرانها "أم الأبواب"» opening a paragraph gives the
/// person just heard another name, by which a later paragraph quotes them («ويقول "الطبيب" إن»، «أما با لحسن، …»).
/// Feature writing names a character by what others call them; without the nickname the later passage is no one's, and a
/// paragraph that goes on «…، ويحكي أن» after giving it is the person's, not narration.
/// </summary>
internal sealed class NicknameGiven : IAttributionRule
{
    /// <summary>«يسميه / يلقبه / يناديه» and their plural and feminine forms, with the pronoun of whom they name.</summary>
    private static readonly Dictionary<string, bool> NamingVerbs = new(StringComparer.Ordinal)
    {
        ["يسميه"] = false,
        ["يسميها"] = true,
        ["يسمونه"] = false,
        ["يسمونها"] = true,
        ["تسميه"] = false,
        ["تسميها"] = true,
        ["يلقبه"] = false,
        ["يلقبها"] = true,
        ["يلقبونه"] = false,
        ["يلقبونها"] = true,
        ["تلقبه"] = false,
        ["تلقبها"] = true,
        ["يناديه"] = false,
        ["يناديها"] = true,
        ["ينادونه"] = false,
        ["ينادونها"] = true,
        ["تناديه"] = false,
        ["تناديها"] = true,
    };

    /// <summary>«يعرفه»، «تعرفها»: a verb of knowing with the person as its object, which «باسم "…"» makes a verb of naming.</summary>
    private static readonly HashSet<string> KnowingVerbs = new(StringComparer.Ordinal) { "يعرفه", "يعرفها", "تعرفه", "تعرفها", "يعرفونه", "يعرفونها" };

    /// <summary>The most words between the verb and the nickname: who gives it («زملاؤه في ورشة الترميم»).</summary>
    private const int MaxNamerWords = 5;

    /// <summary>The most words of a nickname («أم الأبواب»، «با لحسن»).</summary>
    private const int MaxNicknameWords = 3;

    /// <summary>
    /// Whether the quotation opening at <paramref name="q"/> is a nickname a naming verb gives within a few words before it
    /// («التي يناديها الجيران "أم هشام"»، «ويسميه زملاؤه "الطبيب"»), in the same clause.
    /// </summary>
    public static bool NamedBefore(List<Word> words, int q)
    {
        for (var k = q - 1; k >= 0 && k >= q - MaxNamerWords - 1; k--)
        {
            if (k < q - 1 && words[k].EndsClause)
            {
                return false;
            }

            if (IsNamingVerb(words[k], out _) || KnowingVerbs.Contains(Bare(words[k].Folded)) && (words[q - 1].Folded == "باسم" || words[q].Surface.StartsWith('ب')))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «ويعرفه أهل السوق باسم "أبو خليل"»: the name others know the person by, quoted after «باسم» in the clause of a verb
    /// of knowing whose pronoun is that person; the quoted words (up to <see cref="MaxNicknameWords"/>), or null.
    /// </summary>
    public static string? KnownByIn(List<Word> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!KnowingVerbs.Contains(Bare(words[k].Folded)))
            {
                continue;
            }

            for (var q = k + 2; q < to && q <= k + MaxNamerWords + 1; q++)
            {
                if (words[q - 1].EndsClause)
                {
                    break;
                }

                if (words[q].OpensQuote && words[q - 1].Folded == "باسم")
                {
                    var quoted = new List<string>();
                    for (var w = q; w < to && quoted.Count < MaxNicknameWords; w++)
                    {
                        quoted.Add(words[w].Surface);
                        if (words[w].ClosesQuote)
                        {
                            return string.Join(' ', quoted);
                        }
                    }

                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// «سعاد قزي، التي يناديها الجيران "أم هشام"،»، «بشير كافو، الذي يسميه العمال «شيخ الجير»،»: the nickname a relative
    /// aside opened at <paramref name="from"/> gives the person named before it, by a naming verb right after the
    /// relative; null when the words there give none.
    /// </summary>
    public static string? GivenInAside(List<Word> words, int from)
    {
        if (from + 2 >= words.Count || words[from].Folded is not ("الذي" or "التي")
            || !IsNamingVerb(words[from + 1], out _) && !KnowingVerbs.Contains(Bare(words[from + 1].Folded)))
        {
            return null;
        }

        var knowing = !IsNamingVerb(words[from + 1], out _);
        for (var k = from + 2; k < words.Count && k <= from + MaxNamerWords + 2; k++)
        {
            // «الذي يناديه الجيران أبا حيدر،»، «الذي يعرفه زبائن الفجر باسم أبي زهراء،»: a kunya unquoted; a verb of knowing
            // names only with «باسم / بـ» («الذي يعرفه أبو حيدر منذ صغره» is someone else who knows them).
            if (UnquotedKunyaAt(words, k) is { } kunya && (!knowing || GivenByName(words, k)))
            {
                return kunya;
            }

            if (knowing && !(words[k].OpensQuote && (words[k - 1].Folded == "باسم" || words[k].Surface.StartsWith('ب'))))
            {
                if (words[k].EndsClause)
                {
                    return null;
                }

                continue;
            }

            if (words[k].OpensQuote)
            {
                return Quoted(words, k) is { } nickname ? string.Join(' ', nickname.Select(w => w.Surface.TrimEnd('،', ','))) : null;
            }

            if (words[k].EndsClause)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// «، وهو شاب في الخامسة والعشرين يناديه العمال "الباشمهندس" لأنه …»: the nickname a verb of naming inside the aside
    /// after someone narrated gives them, its pronoun of their gender, between <paramref name="from"/> and
    /// <paramref name="to"/>; null when none does.
    /// </summary>
    public static string? GivenInTheAsideBetween(List<Word> words, int from, int to, bool feminine)
    {
        for (var v = from; v + 1 < to; v++)
        {
            if (words[v].OpensQuote || words[v].EndsSentence)
            {
                return null;
            }

            if (!IsNamingVerb(words[v], out var itsFeminine) || itsFeminine != feminine)
            {
                continue;
            }

            for (var k = v + 1; k < to && k <= v + MaxNamerWords; k++)
            {
                if (words[k].OpensQuote)
                {
                    return Quoted(words, k) is { } nickname ? string.Join(' ', nickname.Select(w => w.Surface.TrimEnd('،', ','))) : null;
                }

                if (words[k].EndsClause)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// «أبا حيدر،»، «أبي زهراء،»، «بأبي جمال،»، «أم هاني»: a kunya of two words written without quotation marks at
    /// <paramref name="k"/>, in whatever case the verb of naming put it (after «بـ» too), given back as a later mention
    /// writes it, in the nominative («أبو حيدر»): «ويقول أبو حيدر» is then the one so named. The second word must close the
    /// clause or be the last, so «أبا» of a longer phrase is not read as a kunya; null otherwise.
    /// </summary>
    public static string? UnquotedKunyaAt(List<Word> words, int k)
    {
        if (k + 1 >= words.Count || words[k].EndsClause || words[k].OpensQuote || words[k + 1].OpensQuote)
        {
            return null;
        }

        var head = words[k].Folded.Length > 3 && words[k].Folded[0] == 'ب' ? words[k].Folded[1..] : words[k].Folded;
        var nominative = head switch
        {
            "ابا" or "ابي" or "ابو" => "أبو",
            "ام" => "أم",
            _ => null,
        };
        var second = words[k + 1];
        return nominative is not null && SubjectWords.IsPlainName(second) && !SubjectWords.HasArticle(second)
            && (second.EndsClause || k + 2 == words.Count || words[k + 2].IsComplementiser)
            ? nominative + " " + second.Surface.TrimEnd('،', ',', '.', '؛', ':')
            : null;
    }

    /// <summary>
    /// «يعرفه أهل الزقاق بأبي جمال»، «يناديها الجيران أم هاني»: the kunya a verb of naming or knowing at <paramref name="v"/>
    /// gives, in the nominative, within a few words of who gives it, and whether its pronoun is a woman's; a verb of knowing
    /// names only with «باسم / بـ». Null when the words there give none.
    /// </summary>
    public static (string Kunya, bool Feminine)? KunyaGivenBy(List<Word> words, int v)
    {
        var naming = IsNamingVerb(words[v], out var feminine);
        if (!naming && !KnowingVerbs.Contains(Bare(words[v].Folded)))
        {
            return null;
        }

        feminine = naming ? feminine : words[v].Folded.EndsWith("ها", StringComparison.Ordinal);
        for (var k = v + 2; k < words.Count && k <= v + MaxNamerWords + 1; k++)
        {
            if (words[k - 1].EndsClause || words[k - 1].OpensQuote)
            {
                return null;
            }

            if (UnquotedKunyaAt(words, k) is { } kunya && (naming || GivenByName(words, k)))
            {
                return (kunya, feminine);
            }
        }

        return null;
    }

    /// <summary>The most words of a relative clause between the description and its verb of naming («تجاوز الخامسة والسبعين»).</summary>
    private const int MaxClauseWordsBeforeNaming = 6;

    /// <summary>
    /// Rule «a kunya in the description after the verb»: «"…"، يقول الرجل الذي تجاوز الخامسة والسبعين ويناديه أهل السوق أبا
    /// علاء»، «يقول الرجل الذي يناديه أهل الحي أبا فراس إن»: the speaker is quoted by a description, and the relative clause
    /// that describes them gives the kunya others call them by, which a later paragraph quotes them by («ويضيف أبو علاء»).
    /// The kunya in the nominative, whether the description is a woman's and the reporting verb's index; null when the paragraph, outside quotations,
    /// has no reporting verb so followed.
    /// </summary>
    public static (string Kunya, bool Feminine, int Verb)? GivenToTheDescribed(List<Word> words)
    {
        foreach (var v in Word.ReportingVerbsOutsideQuotations(words))
        {
            if (v + 3 >= words.Count || words[v].EndsClause || words[v + 1].EndsClause || !DescribedEarlier.IsPersonDescription(words[v + 1])
                || words[v + 2].Folded is not ("الذي" or "التي"))
            {
                continue;
            }

            var feminine = words[v + 2].Folded == "التي";
            for (var n = v + 3; n < words.Count && n <= v + 3 + MaxClauseWordsBeforeNaming; n++)
            {
                if (IsNamingVerb(words[n], out var itsFeminine) && itsFeminine == feminine)
                {
                    return KunyaGivenBy(words, n) is { } given && given.Feminine == feminine ? (given.Kunya, feminine, v) : null;
                }

                if (words[n].EndsClause || words[n].OpensQuote || words[n].IsComplementiser)
                {
                    return null;
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Whether the unquoted kunya at <paramref name="k"/> is given «باسم / بـ» («يعرفه … باسم أبي زهراء»، «بأبي جمال»): a verb
    /// of knowing names only so («الذي يعرفه أبو حيدر منذ صغره» is someone else who knows them).
    /// </summary>
    private static bool GivenByName(List<Word> words, int k) => words[k].Folded[0] == 'ب' || words[k - 1].Folded == "باسم";

    /// <summary>The word that closes a nickname quoted at <paramref name="from"/> within a nickname's length, or null.</summary>
    public static int? QuoteClosing(List<Word> words, int from) => Quoted(words, from) is { } nickname ? from + nickname.Count - 1 : null;

    public bool TryRead(Paragraph paragraph, int v, bool first, out Attribution? found)
    {
        var words = paragraph.Words;
        found = null;
        if (first && v == 0 && IsNamingVerb(words[0], out var feminine))
        {
            for (var k = 1; k < words.Count && k <= MaxNamerWords + 1; k++)
            {
                if (k > 1 && UnquotedKunyaAt(words, k) is { } kunya)
                {
                    // «ويناديه أهل الشاطئ أبا حيدر.»: the kunya unquoted, in the accusative the verb puts it in.
                    var goesOn = GoesOnSaying(words, k + 2) ? AttributionKind.Continuation : AttributionKind.None;
                    found = new Attribution(goesOn, null) { Alias = kunya, Feminine = feminine, GenderShown = true };
                    return true;
                }

                if (words[k].OpensQuote)
                {
                    if (Quoted(words, k) is not { } nickname)
                    {
                        return false;
                    }

                    var kind = GoesOnSaying(words, k + nickname.Count) ? AttributionKind.Continuation : AttributionKind.None;
                    found = new Attribution(kind, null) { Alias = string.Join(' ', nickname.Select(w => w.Surface)), Feminine = feminine, GenderShown = true };
                    return true;
                }

                if (words[k].EndsClause && !words[k].ClosesQuote)
                {
                    return false;
                }
            }

            return false;
        }

        if (first && StandingForTheOneBefore(words, v) is { } given)
        {
            found = given;
            return true;
        }

        // «ويقول "الطبيب" إن»: the nickname in quotation marks as the verb's subject, then what was said.
        if (first && ClauseHead.OnlyLeadInsBefore(words, v) && ReportingVerbs.IsReportingVerb(words[v].Folded) && v + 1 < words.Count && words[v + 1].OpensQuote
            && Quoted(words, v + 1) is { } said && v + 1 + said.Count < words.Count && words[v + 1 + said.Count].IsComplementiser)
        {
            found = new Attribution(AttributionKind.Surname, string.Join(' ', said.Select(w => w.Surface)))
            {
                Feminine = ReportingVerbs.IsFeminine(words[v].Folded),
                GenderShown = true,
            };
            return true;
        }

        return false;
    }

    /// <summary>
    /// The person just heard takes the nickname a paragraph gave them, when its pronoun's gender is theirs; under a new
    /// heading, where no one is being heard, the pronoun is the person met last («ويعلّق ابنه محفوظ …» / «## البنّاء» /
    /// «ويسميه زملاؤه "الطبيب"»).
    /// </summary>
    public static void Learn(Attribution found, KnownSpeakers known, int? current)
    {
        if (found is { Kind: AttributionKind.Continuation or AttributionKind.None, Alias: { } nickname }
            && (current ?? (known.All.Count > 0 ? known.All.Count - 1 : null)) is { } named && known[named].Feminine == found.Feminine)
        {
            known.AddAlias(named, nickname);
        }
    }

    /// <summary>
    /// «أبو خالد، كما يناديه جيرانه في حي القصبة، يرى أن»، «ويحكي أبو خالد، كما يناديه جيرانه في الخان، أنه»: a kunya or a
    /// quoted nickname set off by «كما» and a verb of naming is what others call the person just heard, or just narrated,
    /// who says what follows: a continuation that gives them the nickname. Null when the paragraph does not open so.
    /// </summary>
    private static Attribution? StandingForTheOneBefore(List<Word> words, int v)
    {
        var verbFirst = v > 0 || ReportingVerbs.IsReportingVerb(words[v].Folded);
        if (verbFirst && !(ClauseHead.OnlyLeadInsBefore(words, v) && ReportingVerbs.IsReportingVerb(words[v].Folded)) || !verbFirst && v != 0)
        {
            return null;
        }

        var from = verbFirst ? v + 1 : v;
        if (NicknameAt(words, from) is not { } nickname || from + nickname.Count + 1 >= words.Count || words[from + nickname.Count].Folded != "كما"
            || !IsNamingVerb(words[from + nickname.Count + 1], out var feminine) && !IsKnowingVerb(words[from + nickname.Count + 1], out feminine))
        {
            return null;
        }

        for (var k = from + nickname.Count + 1; k < words.Count - 2 && k <= from + nickname.Count + 1 + MaxNamerWords; k++)
        {
            if (words[k].EndsClause && !words[k].EndsWithComma)
            {
                return null;
            }

            if (!words[k].EndsWithComma)
            {
                continue;
            }

            // What others call them is closed: «أنّ» after a verb that came first, or a reporting verb and «أنّ» after it.
            var says = verbFirst ? words[k + 1].IsComplementiser : ReportingVerbs.IsReportingVerb(words[k + 1].Folded) && words[k + 2].IsComplementiser;
            return says
                ? new Attribution(AttributionKind.Continuation, null) { Alias = string.Join(' ', nickname.Select(w => w.Surface)), Feminine = feminine, GenderShown = true }
                : null;
        }

        return null;
    }

    /// <summary>
    /// A kunya of two words closed by a comma («أبو خالد،») or a quoted nickname («"أبو النخلة"»، perhaps with its comma)
    /// at <paramref name="from"/>; null otherwise.
    /// </summary>
    private static List<Word>? NicknameAt(List<Word> words, int from)
    {
        if (from + 1 >= words.Count)
        {
            return null;
        }

        if (words[from].OpensQuote)
        {
            return Quoted(words, from);
        }

        return SpeakerLexicon.IsKunyaHead(words[from].Folded) && !words[from].EndsClause && words[from + 1].EndsWithComma ? words.GetRange(from, 2) : null;
    }

    /// <summary>The words of a quotation opened at <paramref name="from"/> and closed within a nickname's length; null otherwise.</summary>
    private static List<Word>? Quoted(List<Word> words, int from)
    {
        for (var k = from; k < words.Count && k < from + MaxNicknameWords; k++)
        {
            if (words[k].ClosesQuote)
            {
                return words.GetRange(from, k - from + 1);
            }

            if (words[k].EndsClause && k > from)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>«…»، ويحكي أن»: after the nickname's comma, a reporting verb with «و» and what was said.</summary>
    private static bool GoesOnSaying(List<Word> words, int after) =>
        after + 1 < words.Count && words[after - 1].EndsWithComma && words[after].Folded is { Length: > 2 } verb && verb[0] == 'و'
        && ReportingVerbs.IsReportingVerb(verb[1..]) && words[after + 1].IsComplementiser;

    /// <summary>
    /// Whether <paramref name="word"/> is a verb of naming with the pronoun of whom it names («ويسميه»، «يناديها»), and
    /// whether that pronoun is a woman's: the one reading of the verb every shape of this rule goes by.
    /// </summary>
    private static bool IsNamingVerb(Word word, out bool feminine) => NamingVerbs.TryGetValue(Bare(word.Folded), out feminine);

    /// <summary>
    /// «كما يعرفه أهل معدي»، «كما تعرفها البائعات»: after «كما» a verb of knowing names as a verb of naming does — the
    /// kunya before it is how others know the person — and its pronoun says whether that is a woman.
    /// </summary>
    private static bool IsKnowingVerb(Word word, out bool feminine)
    {
        feminine = word.Folded.EndsWith("ها", StringComparison.Ordinal);
        return KnowingVerbs.Contains(word.Folded);
    }

    /// <summary>The word without the «و / ف» it may open with («ويسميه» → «يسميه»).</summary>
    private static string Bare(string folded) => folded.Length > 4 && folded[0] is 'و' or 'ف' ? folded[1..] : folded;
}
