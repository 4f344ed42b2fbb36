using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// Rule «kin brought in after the verb»: feature writing follows a person at work and brings in a relative by the kin word
/// and a given name inside the sentence, after the verb or its object («ويساعده في العمل ابنه يوسف، الطالب في …»، «ويصطحب
/// طوق في جولاته ابنه ميشال، …»، «وتقف إلى جانبه زوجته سهام صبارنة عند قدر الملبن»), then lets the relative speak by
/// what they are: «ويرى الشاب أن»، «وتقول الزوجة إن»، «ويضيف الابن أن». The person heard before is not who speaks: the
/// relative just brought in is. The kin is recorded as their role with the name of whom the pronoun stands for («ابن محمود
/// زماعرة»), so a reader asking «ابن الحاج محمود» finds them.
/// </summary>
internal static class KinBroughtIn
{
    /// <summary>The most words of a relative's name read after the kin word («سهام صبارنة»).</summary>
    private const int MaxNameWords = 3;

    /// <summary>
    /// How many paragraphs back, in the same section, a word for a young person («الشاب») may reach: the one before; a kin
    /// noun with the article («الزوجة»، «الابن») points back through the whole section.
    /// </summary>
    private const int MaxParagraphsBackForAYoungPerson = 1;

    /// <summary>«الشاب»، «الفتى»، «الشابة»، «الفتاة»: a young person, who may be someone other than a relative further back.</summary>
    private static readonly HashSet<string> YoungPersons = new(StringComparer.Ordinal) { "الشاب", "الفتي", "الشابه", "الفتاه" };

    /// <summary>
    /// Mentions that point back to a relative, by the stems of the kin words (without their pronoun) they fit: a kin noun with
    /// the article fits its own kin («الزوجة» → «زوجته»), a word for a young person a child, grandchild or sibling of that
    /// gender («الشاب» → «ابنه»).
    /// </summary>
    private static readonly Dictionary<string, string[]> Fitting = new(StringComparer.Ordinal)
    {
        ["الابن"] = ["ابن", "نجل"],
        ["النجل"] = ["ابن", "نجل"],
        ["الابنه"] = ["ابنت"],
        ["الزوجه"] = ["زوجت"],
        ["الزوج"] = ["زوج"],
        ["الحفيد"] = ["حفيد"],
        ["الحفيده"] = ["حفيدت"],
        ["الشاب"] = ["ابن", "نجل", "حفيد", "شقيق", "اخ"],
        ["الفتي"] = ["ابن", "نجل", "حفيد", "شقيق", "اخ"],
        ["الشابه"] = ["ابنت", "حفيدت", "شقيقت", "اخت"],
        ["الفتاه"] = ["ابنت", "حفيدت", "شقيقت", "اخت"],
    };

    /// <summary>A relative a paragraph's narration brought in: the kin word's stem, the name after it and its aside.</summary>
    private sealed record Relative(string Stem, string Kin, string Name, string? Aside, bool OfAWoman);

    /// <summary>
    /// The relative <paramref name="found"/> points back to («الشاب»، «الزوجة», or the subject of the paragraph's opening
    /// verb when a bare verb quotes later: «ويخطط الابن، الذي …، ويقول إن»): the one person brought in by a fitting kin
    /// word before the mention in this paragraph or, if none, in the nearest paragraph before it in the section that brought
    /// one in. Null when none or two were; <paramref name="owner"/> names whom a kin word's pronoun stands for, by its gender.
    /// </summary>
    public static Attribution? PointedBack(
        Attribution found, Paragraph paragraph, IReadOnlyList<(string? Section, string Text)> paragraphs, int at, Func<bool, string?> owner)
    {
        var words = paragraph.Words;
        List<Relative> relatives;
        if (SubjectOfTheOpeningVerb(found, words) is { } subject)
        {
            relatives = [subject];
        }
        else if (MentionAt(found, words) is not { } mentionAt || !Fitting.TryGetValue(words[mentionAt].Folded, out var stems))
        {
            return null;
        }
        else
        {
            relatives = BroughtIn(words, mentionAt).Where(r => stems.Contains(r.Stem)).ToList();
            var reach = YoungPersons.Contains(words[mentionAt].Folded) ? MaxParagraphsBackForAYoungPerson : at;
            for (var p = at - 1; relatives.Count == 0 && p >= Math.Max(0, at - reach) && Equals(paragraphs[p].Section, paragraphs[at].Section); p--)
            {
                var before = Word.Split(paragraphs[p].Text);
                relatives = BroughtIn(before, before.Count).Where(r => stems.Contains(r.Stem)).ToList();
            }
        }

        if (relatives.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }

        var relative = relatives[0];
        if (GivenNameOfAnother(relative.Name, paragraphs))
        {
            return null;
        }

        var feminine = relative.Stem.EndsWith('ت');
        var whose = owner(relative.OfAWoman);
        var kin = whose is null ? null : $"{relative.Kin} {whose}";
        var role = kin is null ? relative.Aside : relative.Aside is null ? kin : $"{kin}، {relative.Aside}";
        return new Attribution(AttributionKind.Named, relative.Name) { Role = role, Feminine = feminine, GenderShown = true };
    }

    /// <summary>
    /// Whether the relative's one given name is written elsewhere in the briefing after another given name, inside the
    /// fuller name of someone else («يرافقه حفيده عيسى» and «أحمد عيسى الحمدي»): the speakers met are renamed by their
    /// fullest mention at the end, and the relative would become that person.
    /// </summary>
    private static bool GivenNameOfAnother(string name, IReadOnlyList<(string? Section, string Text)> paragraphs)
    {
        if (ArabicText.FoldedWords(name) is not [var given])
        {
            return false;
        }

        foreach (var (_, text) in paragraphs)
        {
            var words = Word.Split(text);
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k].Folded == given && !words[k - 1].EndsClause && SpeakerLexicon.IsGivenName(words[k - 1].Folded))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a title-only mention («الشاب»، «الطالب») is one of the words the relative's role holds, or a word pointing back
    /// to a relative: it may go on with them, where «الدليل الخمسيني» describes someone else.
    /// </summary>
    public static bool Describes(string title, Profile relative) =>
        ArabicText.FoldedWords(title) is { Count: > 0 } words
        && (Fitting.ContainsKey(words[0]) || words.Any(w => relative.RoleWords.Contains(SpeakerLexicon.WithoutPrefixes(w))));

    /// <summary>
    /// The kin of the one a relative was brought in by, as the press calls them back, by the kin of the relative's role: the
    /// father or mother of a son or daughter, the husband of a wife, the wife of a husband, the grandparent of a grandchild.
    /// </summary>
    private static readonly Dictionary<string, string[]> Converse = new(StringComparer.Ordinal)
    {
        ["ابن"] = ["الاب", "الوالد", "الام", "الوالده"],
        ["ابنه"] = ["الاب", "الوالد", "الام", "الوالده"],
        ["نجل"] = ["الاب", "الوالد", "الام", "الوالده"],
        ["زوجه"] = ["الزوج"],
        ["زوج"] = ["الزوجه"],
        ["حفيد"] = ["الجد", "الجده"],
        ["حفيده"] = ["الجد", "الجده"],
    };

    /// <summary>
    /// Whether <paramref name="found"/> («أما الأب فيرفض …، ويؤكد أن»، «ويقول الزوج إن») calls back the one
    /// <paramref name="relative"/> was brought in as kin of (<paramref name="whose"/>), agreeing in gender.
    /// </summary>
    public static bool PointsToWhoseRelative(Attribution found, Profile relative, Profile whose) =>
        found is { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } name } && ArabicText.FoldedWords(name) is [var mention]
        && relative.Role is { } role && ArabicText.FoldedWords(role) is [var kin, ..] && Converse.TryGetValue(kin, out var mentions) && mentions.Contains(mention)
        && mention.EndsWith('ه') == whose.Feminine;

    /// <summary>
    /// Whether the paragraph quotes, outside its quotations, by a description right after a reporting verb («"…"، يقول
    /// الدليل الخمسيني ضاحكًا») that is no word of the <paramref name="relative"/>'s role and agrees with
    /// <paramref name="whose"/>: the one whose relative they are, not the relative just heard.
    /// </summary>
    public static bool QuotesAnotherDescription(Paragraph paragraph, Profile relative, Profile whose)
    {
        var words = paragraph.Words;
        foreach (var v in Word.ReportingVerbsOutsideQuotations(words).Where(v => v + 1 < words.Count && !words[v].EndsClause))
        {
            var description = words[v + 1];
            return DescribedEarlier.IsPersonDescription(description) && !SpeakerLexicon.IsGeneralReference(description.Folded)
                && !Describes(description.Surface, relative) && ReportingVerbs.IsFeminine(words[v].Folded) == whose.Feminine;
        }

        return false;
    }

    /// <summary>
    /// Where the mention stands: the one word a title-only or surname reading names right after a reporting verb («ويرى
    /// الشاب أن»), or, for a bare verb, the subject right after the paragraph's opening verb («ويخطط الابن، …، ويقول إن»)
    /// whose gender the bare verb shows too. Null otherwise.
    /// </summary>
    private static int? MentionAt(Attribution found, List<Word> words)
    {
        if (found is { Kind: AttributionKind.Surname or AttributionKind.TitleOnly, Name: { } name } && ArabicText.FoldedWords(name) is [var mention])
        {
            for (var k = 1; k < words.Count; k++)
            {
                if (words[k].Folded == mention && !words[k - 1].EndsClause && ReportingVerbs.IsReportingVerb(words[k - 1].Folded))
                {
                    return k;
                }
            }

            return null;
        }

        return found.Kind is AttributionKind.Continuation or AttributionKind.None && words.Count > 3 && !words[0].EndsClause
            && !ReportingVerbs.IsReportingVerb(words[0].Folded) && !SubjectWords.HasArticle(words[0]) && !SpeakerLexicon.IsPreposition(words[0].Surface)
            && Fitting.ContainsKey(words[1].Folded) && SaysLaterInTheSentence(words, words[1].Folded.EndsWith('ه'))
                ? 1
                : null;
    }

    /// <summary>
    /// Whether the paragraph's first sentence goes on, outside quotations, to a bare reporting verb of the subject's gender
    /// and «أن / إن» («ويخطط الابن، الذي …، لإطلاق متجر …، ويقول إن»).
    /// </summary>
    private static bool SaysLaterInTheSentence(List<Word> words, bool feminine)
    {
        var quoted = false;
        for (var v = 2; v + 1 < words.Count && !words[v - 1].EndsSentence; v++)
        {
            quoted = (quoted || words[v - 1].OpensQuote) && !words[v - 1].ClosesQuote;
            if (!quoted && words[v - 1].EndsClause && ReportingVerbs.IsReportingVerb(words[v].Folded) && words[v + 1].IsComplementiser)
            {
                return ReportingVerbs.IsFeminine(words[v].Folded) == feminine;
            }
        }

        return false;
    }

    /// <summary>
    /// The relatives brought in before word <paramref name="limit"/>, outside quotations: a kin word with its pronoun inside
    /// a sentence, not opening it («ابنه يوسف،» after «ويساعده في العمل»), and a given name after it.
    /// </summary>
    private static IEnumerable<Relative> BroughtIn(List<Word> words, int limit)
    {
        var quoted = false;
        for (var k = 1; k + 1 < limit; k++)
        {
            quoted = (quoted || words[k - 1].OpensQuote) && !words[k - 1].ClosesQuote;
            if (!quoted && !words[k - 1].EndsSentence && RelativeAt(words, k, limit) is { } relative)
            {
                yield return relative;
            }
        }
    }

    /// <summary>
    /// Rule «the relative named again after the opening verb»: «ويدير ابنه حيدر كاظم السويعدي منذ ثلاث سنوات …. ويقول حيدر
    /// إن»: a paragraph that opens with a verb of doing whose subject, right after it, is a kin word and a name, then quotes
    /// by that given name, quotes the relative it brought in — not the father heard before, whose kunya («أبو حيدر») holds
    /// the same given name and would otherwise take it. (A bare verb after such an opening is read elsewhere.) The relative,
    /// or null.
    /// </summary>
    private static Relative? SubjectOfTheOpeningVerb(Attribution found, List<Word> words)
    {
        if (found.Kind is not (AttributionKind.Named or AttributionKind.Surname) || words.Count <= 4 || words[0].EndsClause
            || ReportingVerbs.IsReportingVerb(words[0].Folded) || !IsImperfectVerb(words[0].Folded) || RelativeAt(words, 1, words.Count) is not { } relative)
        {
            return null;
        }

        return found is { Name: { } said } && ArabicText.FoldedWords(said) is [var given]
            && ArabicText.FoldedWords(relative.Name) is [var relativesGiven, ..] && given == relativesGiven ? relative : null;
    }

    /// <summary>«ويدير»، «تعمل»: a verb in the imperfect opening the paragraph, with «و» before it or not.</summary>
    private static bool IsImperfectVerb(string folded)
    {
        var bare = folded.Length > 3 && folded[0] == 'و' ? folded[1..] : folded;
        return bare.Length >= 3 && bare[0] is 'ي' or 'ت' && !bare.StartsWith("ال", StringComparison.Ordinal);
    }

    /// <summary>The relative brought in by the kin word at <paramref name="k"/> and the name after it, or null.</summary>
    private static Relative? RelativeAt(List<Word> words, int k, int limit)
    {
        if (words[k].EndsClause || !SpeakerLexicon.IsKinOfSomeone(words[k].Folded) || NameAfter(words, k, limit) is not { } end)
        {
            return null;
        }

        var folded = words[k].Folded;
        var ofAWoman = folded.EndsWith("ها", StringComparison.Ordinal);
        var stem = ofAWoman ? folded[..^2] : folded[..^1];
        var surface = ofAWoman ? words[k].Surface[..^2] : words[k].Surface[..^1];
        var kin = surface.EndsWith('ت') ? surface[..^1] + "ة" : surface;
        var name = string.Join(' ', words.Skip(k + 1).Take(end - k).Select(w => w.Surface));
        var aside = words[end].EndsWithComma ? Aside(words, end + 1) : null;
        return new Relative(stem, kin, name, aside, ofAWoman);
    }

    /// <summary>
    /// The last word of the name after the kin word at <paramref name="kin"/>: plain name words up to a comma, or unclosed,
    /// up to a preposition or the word before one («زوجته سهام صبارنة عند قدر الملبن»); a word with the article opens no
    /// name. Null when no name follows.
    /// </summary>
    private static int? NameAfter(List<Word> words, int kin, int limit)
    {
        var start = kin + 1;
        if (start >= limit || SubjectWords.HasArticle(words[start]) || !IsNameWord(words[start]))
        {
            return null;
        }

        var end = start;
        while (!words[end].EndsClause && end + 1 < limit && end + 1 - start < MaxNameWords && IsNameWord(words[end + 1]) && !SubjectWords.HasArticle(words[end + 1])
            || !words[end].EndsClause && end + 1 < limit && end + 1 - start < MaxNameWords && IsNameWord(words[end + 1]) && end + 2 < limit && SpeakerLexicon.IsPreposition(words[end + 2].Surface))
        {
            end++;
        }

        return end;
    }

    private static bool IsNameWord(Word w) =>
        SubjectWords.IsPlainName(w) && !w.OpensQuote && !SpeakerLexicon.IsPreposition(w.Surface) && !SpeakerLexicon.IsTitle(w.Folded);

    /// <summary>The most words of the aside set off after the relative's name («الطالب في السنة الثالثة بجامعة بوليتكنك فلسطين»).</summary>
    private const int MaxAsideWords = 12;

    /// <summary>
    /// What the aside set off by commas right after the name says the relative is («، الطالب في كلية السياحة،»، «، وهي
    /// ممرضة …،»), without the pronoun opening it; null when no comma closes it soon, or it holds «أن» or a quotation (then
    /// it is what was said).
    /// </summary>
    private static string? Aside(List<Word> words, int from)
    {
        for (var j = from; j < words.Count && j - from < MaxAsideWords; j++)
        {
            if (words[j].IsComplementiser || words[j].OpensQuote || words[j].EndsClause && !words[j].EndsWithComma)
            {
                return null;
            }

            if (words[j].EndsWithComma)
            {
                var aside = words.Skip(from).Take(j - from + 1).Where(w => w.Folded is not ("وهو" or "وهي")).Select(w => w.Surface);
                return j > from || words[j].Folded is not ("وهو" or "وهي") ? string.Join(' ', aside) : null;
            }
        }

        return null;
    }
}
