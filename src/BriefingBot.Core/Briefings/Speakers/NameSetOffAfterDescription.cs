using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وقال ربان مركب في ميناء آسفي، الحسين أوبلا، إن»، «ويقول الجيولوجي في مركز الدراسات …، الدكتور عمر داود، إن»،
/// «ويقول أحدهم، علي أحمد، إن»: a description of the speaker up to a comma, then a name set off by commas right before
/// «أن». The description may be indefinite, a field after a collective («مسؤول في الوزارة») or a title whose complement
/// looks like a name («مدير ميناء اسنيم في نواذيبو»), so the subject reader finds no one there or takes the description
/// for the name; the name set off before «أن» is who speaks and the description is their role. The set-off words are a
/// name only when they hold a listed given name or a name particle («طلب عدم ذكر اسمه» holds neither), and a reading
/// that already found a name with a given name in it is kept.
/// </summary>
internal static class NameSetOffAfterDescription
{
    /// <summary>The most words a description before the comma may take («مدرب المنتخب السعودي تحت ثلاثة وعشرين عامًا»).</summary>
    private const int MaxDescriptionWords = 12;

    private const int MaxNameWords = 5;

    /// <summary>
    /// The name set off after the description opening at <paramref name="from"/>, in place of <paramref name="read"/>,
    /// when <paramref name="read"/> names no one with a given name; otherwise <paramref name="read"/>.
    /// </summary>
    public static Attribution Over(Attribution read, List<Word> words, int from, string? verb)
    {
        // A surname closed by its own comma («وأضاف الشرعة، البالغ …، أن») is the speaker; a noun with the article read as
        // a surname and going on («ويقول الجيولوجي في مركز …،») is the description.
        if (read.Kind is AttributionKind.Named && !read.Office && HoldsGivenName(read.Name)
            || read.Kind is AttributionKind.Surname && words[from].EndsClause
            || read.Kind is AttributionKind.Continuation or AttributionKind.Question)
        {
            return read;
        }

        var comma = DescriptionEnd(words, from);
        if (comma < 0 || !OpensDescription(words[from]))
        {
            return read;
        }

        var end = comma + 1;
        while (end < words.Count && end - comma <= MaxNameWords + 1 && !words[end].EndsClause)
        {
            end++;
        }

        if (end >= words.Count - 1 || !words[end].EndsWithComma || !words[end + 1].IsComplementiser)
        {
            return read;
        }

        var start = comma + 1;
        // «الدكتور عمر داود»: an honorific with the article before the name is the role's, not the name's.
        while (start < end && SubjectWords.HasArticle(words[start]) && SpeakerLexicon.IsTitle(words[start].Folded)
            && !SpeakerLexicon.IsArticleGivenName(words[start].Folded))
        {
            start++;
        }

        var name = words.Skip(start).Take(end + 1 - start).ToList();
        if (name.Count is < 2 or > MaxNameWords || !IsName(name))
        {
            return read;
        }

        var role = words.Skip(from).Take(start - from).Select(w => w.Surface);
        return new Attribution(AttributionKind.Named, string.Join(' ', name.Select(w => w.Surface)))
        {
            Role = string.Join(' ', role),
            Feminine = verb is not null && ReportingVerbs.IsFeminine(verb),
            GenderShown = verb is not null,
            ByFaInna = words[end + 1].Folded.StartsWith('ف'),
        };
    }

    /// <summary>The comma that closes a description opening at <paramref name="from"/>, or -1 when no comma closes it soon.</summary>
    private static int DescriptionEnd(List<Word> words, int from)
    {
        for (var k = from; k < words.Count && k < from + MaxDescriptionWords; k++)
        {
            if (words[k].IsComplementiser || words[k].OpensQuote || words[k].InParentheses)
            {
                return -1;
            }

            if (words[k].EndsClause)
            {
                return words[k].EndsWithComma ? k : -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// What a description opens with: a noun («ربان»، «مسؤول»، «الجيولوجي»، «أحدهم»), never a given name or a name
    /// particle, which open a name with its role set off after it («سامي الكشو، صاحب شركة …، إن»).
    /// </summary>
    private static bool OpensDescription(Word w) =>
        !SpeakerLexicon.IsGivenName(w.Folded) && !SpeakerLexicon.IsArticleGivenName(w.Folded) && !SpeakerLexicon.IsParticle(w.Folded);

    /// <summary>
    /// Name words only, opening with no article or title but a given name's, and holding a listed given name or a particle;
    /// a surname may be a title («إبراهيم ولد الطالب»).
    /// </summary>
    private static bool IsName(List<Word> name) =>
        name.All(w => SubjectWords.IsPlainName(w) && !SpeakerLexicon.IsPreposition(w.Surface) && !SpeakerLexicon.IsTimeWord(w.Folded))
        && (!SubjectWords.HasArticle(name[0]) || SpeakerLexicon.IsArticleGivenName(name[0].Folded))
        && (!SpeakerLexicon.IsTitle(name[0].Folded) || SpeakerLexicon.IsGivenName(name[0].Folded) || SpeakerLexicon.IsArticleGivenName(name[0].Folded))
        && name.Any(w => SpeakerLexicon.IsGivenName(w.Folded) || SpeakerLexicon.IsArticleGivenName(w.Folded) || SpeakerLexicon.IsParticle(w.Folded));

    /// <summary>Whether a name read holds a listed given name or a particle: then it is a person's name, not a description's words.</summary>
    private static bool HoldsGivenName(string? name) =>
        name is not null && name.Split(' ').Select(n => ArabicText.Fold(n))
            .Any(f => SpeakerLexicon.IsGivenName(f) || SpeakerLexicon.IsArticleGivenName(f) || SpeakerLexicon.IsParticle(f));
}
