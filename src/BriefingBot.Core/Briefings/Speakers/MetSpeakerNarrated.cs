using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «a speaker met, narrated with their words»: feature writers come back to a person by the name the briefing already
/// gave them and let the narration carry what they say without a reporting verb of its own — «وما يقلق بوعروة هذا الموسم
/// … فـ"الأمناء … صاروا أربعة"»، «ولا يبدو أبو هاشم متفائلًا …، "لكن اثنين منهم سافرا"»، «ويعوّل بن الطيب على …، قائلًا
/// إن»، «وتعمل بوتزكيت مع …، مشيرة إلى أن»، «أما با لحسن، …، على حد قوله، …». A paragraph no construction attributes, that
/// carries words said (a quotation of a few words, a reporting participle or a verb bringing «أن», «على حد قوله») and
/// whose narration names one speaker met before in the briefing (full name, surname, kunya or nickname) and no other
/// person, is that speaker's. Right after a speaker is heard, such a paragraph opening on a verb or a quotation and naming
/// no one at all («ويضحك وهو يشير إلى الدواسة: "…"»، «وشكا من أن …») goes on with them.
/// One reading per paragraph (<see cref="Of"/>): which words stand quoted and where words said begin are read once, however
/// many of its questions the attributor asks.
/// </summary>
internal sealed class MetSpeakerNarrated
{
    /// <summary>The fewest words of a quotation that is something said, not a name or a term («تازرزيت»، «فضة تيزنيت»).</summary>
    private const int MinQuotedWords = 3;

    /// <summary>
    /// The participles of reporting verbs that carry what the subject of the narration says («، قائلًا إن»، «مؤكدًا أنه»،
    /// «مشيرة إلى أن»), both genders.
    /// </summary>
    private static readonly HashSet<string> Participles = new(
        [
            "قايلا", "قايله", "مضيفا", "مضيفه", "موكدا", "موكده", "مشيرا", "مشيره", "معتبرا", "معتبره", "لافتا", "لافته",
            "موضحا", "موضحه", "مشددا", "مشدده", "محذرا", "محذره", "منوها", "منوهه",
        ],
        StringComparer.Ordinal);

    /// <summary>Whether the word is a participle that carries what the subject says («مضيفًا»، «مشيرة»), folded.</summary>
    public static bool IsParticipleOfSaying(string folded) => Participles.Contains(folded);

    private readonly List<Word> _words;

    /// <summary>Which of the paragraph's words stand inside quotation marks.</summary>
    private readonly bool[] _quoted;

    /// <summary>Where the paragraph first carries words said, null for nowhere (<see cref="WordsSaid"/>).</summary>
    private readonly int? _said;

    /// <summary>The gender the first reporting verb or participle shows; null for quotations alone.</summary>
    private readonly bool? _feminine;

    private MetSpeakerNarrated(List<Word> words)
    {
        _words = words;
        _quoted = Quoted(words);
        _said = WordsSaid(words, _quoted, out _feminine);
    }

    /// <summary>The paragraph read once for the questions below.</summary>
    public static MetSpeakerNarrated Of(Paragraph paragraph) => new(paragraph.Words);

    /// <summary>
    /// The speaker met before that the paragraph's narration names, when it carries words said and names no one else;
    /// null otherwise (two speakers named, a given name no speaker has, nothing said).
    /// </summary>
    public int? Speaker(KnownSpeakers known) => Named(known, beforeWordsSaid: false);

    /// <summary>
    /// «أما با لحسن، فقد سجل اسمه …، ولا يريد أن يعتزل، على حد قوله، …» after «ويعوّل بن الطيب … قائلًا إن»: words said
    /// with no subject of their own go on with the speaker just heard, unless the narration before them names another
    /// speaker met: then they are that one's. Null when it names none, or the one just heard.
    /// </summary>
    public int? InsteadOf(KnownSpeakers known, int current) =>
        Named(known, beforeWordsSaid: true) is { } other && other != current ? other : null;

    /// <summary>
    /// «وشكا من أن عدد المتعلمين …، لأن "الشباب يريدون الراتب"»، «ويضحك وهو يشير إلى الدواسة: "قلت له: …"»: right after a
    /// speaker is heard, words said in a paragraph whose narration names no one — no name, kunya, title, body or group —
    /// go on with them (a verb of the other gender excepted).
    /// </summary>
    public bool GoesOnUnnamed(KnownSpeakers known, int current)
    {
        var words = _words;
        var quoted = _quoted;
        if (!OpensOnTheOneHeard(words) || _said is null || _feminine is { } shown && shown != known[current].Feminine)
        {
            return false;
        }

        // Who the narration names stands outside the quotation and before «أن»: «أن عدد المتعلمين …» is what was said.
        var described = DescribedAsTheOneHeard(words);
        for (var i = 0; i < words.Count && !(words[i].IsComplementiser && !quoted[i]); i++)
        {
            var f = words[i].Folded;
            // «وقد ورث فلوكته عن والده»: kin after a preposition is the one heard's relative, spoken of, not speaking.
            if (i >= 1 && i <= described || i >= 1 && SpeakerLexicon.IsPreposition(words[i - 1].Surface) && SpeakerLexicon.IsKinOfSomeone(f))
            {
                continue;
            }

            if (!quoted[i] && (SpeakerLexicon.IsGivenName(f) && !SpeakerLexicon.IsPreposition(words[i].Surface) || f is "ابو" or "ام"
                || SpeakerLexicon.IsTitle(f) || SpeakerLexicon.IsCollective(f) || SpeakerLexicon.IsInstitution(f) || SpeakerLexicon.IsBodyNoun(f)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// «ويصطاد الرجل السبعيني من هذا الميناء …. "…"»، «ويحمّل الصياد العجوز الصيد بالديناميت …، مؤكدًا أن»: right after the
    /// opening verb, the person just heard drawn by what they are — a word that points back to whoever is quoted («الرجل»،
    /// «السيدة»، «الشاب»), an old age («العجوز»، «المسن»), or a trade with such an age after it («الصياد
    /// العجوز»، «البائعة الستينية») — is no one new. The index of the description's last word, or 0 when none stands there.
    /// </summary>
    private static int DescribedAsTheOneHeard(List<Word> words)
    {
        if (words.Count < 3 || words[0].EndsClause || !SpeakerLexicon.HasArticle(words[1].Folded))
        {
            return 0;
        }

        var head = words[1].Folded;
        if (SpeakerLexicon.IsGeneralReference(head) && head[2..] is "رجل" or "سيده" or "شاب" or "شابه" || IsOldAge(head))
        {
            return !words[1].EndsClause && IsOldAge(words[2].Folded) ? 2 : 1;
        }

        return !words[1].EndsClause && IsOldAge(words[2].Folded) ? 2 : 0;
    }

    /// <summary>«العجوز»، «المسن»، «السبعيني»، «الستينية»: an age that says the person was drawn before, not met now.</summary>
    private static bool IsOldAge(string folded) =>
        folded is "العجوز" or "المسن" or "المسنه" || IsDecadeFromThirty(folded.EndsWith('ه') ? folded[..^1] : folded);

    /// <summary>An age by decade with the article, from the thirties up («الستيني»، «السبعينية» without its «ـة»), folded.</summary>
    private static bool IsDecadeFromThirty(string folded) =>
        folded.StartsWith("ال", StringComparison.Ordinal) && folded.EndsWith('ي') && AgeAsDecade.DecadeOf(folded[2..]) >= 30;

    /// <summary>
    /// The paragraph opens with what is said or with a verb joined by «و / ف» («ويضحك»، «وتعلّق»، «وشكا من»): its subject
    /// is the one just heard. A scene opened by a place or a time («وقبل أن نغادر السوق، كانت …»، «غير أن مصدرًا …») brings
    /// in someone else; a verb marked passive («ورُوي أن السلطان صلى فيه») is no one's.
    /// </summary>
    private static bool OpensOnTheOneHeard(List<Word> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var f = words[0].Folded;
        var rest = f.Length > 3 && f[0] is 'و' or 'ف' ? f[1..] : null;
        if (words[0].MarkedPassive)
        {
            return false;
        }

        return words[0].OpensQuote || ReportingVerbs.IsReportingVerb(f) && rest is not null
            || rest is ['ي' or 'ت', ..] && !SpeakerLexicon.IsGivenName(rest) && !SpeakerLexicon.IsPreposition(rest);
    }

    private int? Named(KnownSpeakers known, bool beforeWordsSaid)
    {
        var words = _words;
        var quoted = _quoted;
        if (_said is not { } said)
        {
            return null;
        }

        var reach = beforeWordsSaid ? said : words.Count;
        var named = new HashSet<int>();
        var covered = new bool[words.Count];
        for (var k = 0; k < known.All.Count; k++)
        {
            foreach (var form in Forms(known[k]))
            {
                for (var i = 0; i + form.Count <= reach; i++)
                {
                    if (Matches(words, quoted, i, form))
                    {
                        named.Add(k);
                        Array.Fill(covered, true, i, form.Count);
                    }
                }
            }
        }

        if (named.Count != 1)
        {
            return null;
        }

        // «ويقول يحيى …»: a given name or a kunya outside the mention is someone else the narration brings in.
        for (var i = 0; i < words.Count; i++)
        {
            if (!quoted[i] && !covered[i] && (SpeakerLexicon.IsGivenName(words[i].Folded) && !SpeakerLexicon.IsPreposition(words[i].Surface)
                || words[i].Folded is "ابو" or "ام" && i + 1 < words.Count && !words[i].EndsClause && SubjectWords.IsPlainName(words[i + 1])))
            {
                return null;
            }
        }

        // «تدير نبيلة الأهدل نولًا … تبيعها للحاج الحشيبري …، وتقول إن»: a verb of the other gender says someone else.
        var speaker = named.Single();
        return _feminine is { } shown && shown != known[speaker].Feminine ? null : speaker;
    }

    /// <summary>
    /// The ways the narration may name a speaker: the full name, the surname alone (the last word of a name of two or more
    /// that opens with no kunya), each nickname. An office or a body is never narrated this way.
    /// </summary>
    private static IEnumerable<IReadOnlyList<string>> Forms(Profile profile)
    {
        var name = ArabicText.FoldedWords(profile.Name);
        if (name.Count == 0 || SpeakerNames.IsOffice(profile.Name) || SpeakerLexicon.IsInstitution(name[0]) || SpeakerLexicon.IsBodyNoun(name[0]))
        {
            yield break;
        }

        if (name.Count >= 2)
        {
            yield return name;
            if (name[0] is not ("ابو" or "ام") && name[^1].Length >= 3 && !SpeakerLexicon.IsGivenName(name[^1]))
            {
                yield return [name[^1]];
            }
        }

        foreach (var alias in profile.Aliases)
        {
            if (ArabicText.FoldedWords(alias) is { Count: > 0 } words)
            {
                yield return words;
            }
        }
    }

    private static bool Matches(List<Word> words, bool[] quoted, int at, IReadOnlyList<string> form)
    {
        for (var j = 0; j < form.Count; j++)
        {
            // «ويجمع بوعروة وأوجانة على أن»: the conjunction may join the mention to another.
            var word = words[at + j].Folded;
            if (quoted[at + j] || word != form[j] && !(j == 0 && word == "و" + form[0]) || j + 1 < form.Count && words[at + j].EndsClause)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where the paragraph first carries words said: a quotation of <see cref="MinQuotedWords"/> words or more, a reporting
    /// participle or a reporting verb whose «أن» follows (an adverb or «إلى» between), or «على حد قوله / تعبيره»; null for
    /// none. The gender the first verb or participle shows, null for quotations alone.
    /// </summary>
    private static int? WordsSaid(List<Word> words, bool[] quoted, out bool? feminine)
    {
        feminine = null;
        int? first = null;
        var run = 0;
        for (var i = 0; i < words.Count; i++)
        {
            run = quoted[i] ? run + 1 : 0;
            if (run == MinQuotedWords)
            {
                first ??= i - run + 1;
            }

            if (quoted[i])
            {
                continue;
            }

            var f = words[i].Folded;
            bool? shown = f == "حد" && i + 1 < words.Count && words[i + 1].Folded is "قوله" or "قولها" or "تعبيره" or "تعبيرها" ? words[i + 1].Folded[^1] == 'ا'
                : Participles.Contains(f) && BringsAn(words, i) ? f[^1] == 'ه'
                : ReportingVerbs.IsReportingVerb(SaysLaterInTheSentence.Said(f)) && BringsAn(words, i) ? ReportingVerbs.IsFeminine(SaysLaterInTheSentence.Said(f))
                : null;
            if (shown is not null)
            {
                first ??= i;
                feminine ??= shown;
            }
        }

        return first;
    }

    /// <summary>«أن» right after the verb, or after one adverb («ضاحكًا»), «إلى», or «من» of a verb that takes it («وشكا من أن»).</summary>
    private static bool BringsAn(List<Word> words, int v)
    {
        for (var k = v + 1; k < words.Count && k <= v + 2; k++)
        {
            if (words[k].IsComplementiser)
            {
                return true;
            }

            if (!(words[k].HasTanween || words[k].Folded == "الي" || words[k].Folded == "من" && ReportingVerbs.TakesMin(words[v].Folded)) || words[k].EndsClause)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Which words stand inside quotation marks; «فـ"الأمناء» opens one after its prefix.</summary>
    private static bool[] Quoted(List<Word> words)
    {
        var quoted = new bool[words.Count];
        var inQuote = false;
        for (var i = 0; i < words.Count; i++)
        {
            quoted[i] = inQuote || words[i].OpensQuote || words[i].Surface.IndexOfAny(['"', '«', '“']) > 0;
            inQuote = quoted[i] && !words[i].ClosesQuote;
        }

        return quoted;
    }
}
