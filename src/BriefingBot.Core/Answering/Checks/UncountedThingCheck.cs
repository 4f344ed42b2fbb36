using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many question whose counted thing the passages shown name only where they count nothing: «كم مهندسًا في
/// فريق الرقمنة؟» answered by «وقال المهندس المسؤول عن فريق الرقمنة …، إن الفريق يصور نحو أربعين مخطوطًا» (<see
/// cref="DeclineReason.FactNotOfSubject"/>).
/// </summary>
internal sealed class UncountedThingCheck : IAnswerCheck
{
    // The passages shown share the question's words, and a passage that names the very thing asked has a number somewhere
    // as often as not. A count is said where the thing is named: in its clause («أربع رافعات جسرية»، «عدد المكتبات العائلية
    // … بلغ اثنتي عشرة») or the one before or after it («أكثر من مئتين وأربعين خزانًا أرضيًا مسقوفًا، تُعرف محليًا
    // بالبِرَك»، «جمعيات تعاونية صغيرة …، وتأسست … أكثر من ستين جمعية»), in the dual
    // («ممرضان»، «مرتين»), or in persons for a people («ألف شخص» for «المدنيين»). Where no passage shown counts the thing so,
    // none answers how many of it there are.
    // Judged only for a thing counted by itself («كم مهندسًا»، «كم عدد المطاعم»), not a share or an amount a light verb asks
    // («كم بلغت الملوحة»), and only where a passage shown names the thing as the question writes it: a reader's word the
    // passages do not use («كم زورقًا» for «الزوارق») may be counted by the passage's own word. A headcount is the
    // headcount rule's (FactOfSubjectCheck). Earlier forms that required the counted thing beside a number without these
    // conditions lost fair questions on the blind sets.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape is not { Expected: ExpectedAnswer.Number, Attribute: null, CountsThings: true, Counted: [var counted] }
            || answer.AsksSum || answer.Spends || ArabicWordForms.AnyIn(counted, FactWords.Staff) || InConstruct(answer.Shape, counted)
            || answer.TermOf(counted) is not { Fuzzy: false } term || !Literal(term))
        {
            return null;
        }

        return answer.Shown.Any(p => answer.Has(p, term)) && !answer.Shown.Any(p => CountedIn(answer, p, term, counted))
            ? DeclineReason.FactNotOfSubject
            : null;
    }

    /// <summary>
    /// Whether the passage counts the thing: a number in a clause that names it (by its word or its concept) or in the clause
    /// before or after, its dual, a feminine noun's sound plural («مئتي شاحنات», which the light stemmer keeps apart from the singular)
    /// or a people counted in persons.
    /// </summary>
    private static bool CountedIn(JudgedAnswer answer, int passage, TermMatch term, string counted)
    {
        var text = answer.Top[passage];
        return answer.FindAlike(passage, term).Any(span => HasCount(ClausesFrom(text, span)))
            || InDual(counted, text)
            || FactOfSubjectCheck.CountsInPlural(counted, text)
            || InSingular(counted, text)
            || FactOfSubjectCheck.CountsPeople(counted, text);
    }

    /// <summary>
    /// The clause around the span with the one before and the one after it, within its sentence: a count in the sentence
    /// before or after is of another thing («مقابل مئة وتسعين دينارًا قبل سنتين. ويذهب معظم الإنتاج إلى … سدادات القوارير»
    /// counts no stoppers).
    /// </summary>
    private static string ClausesFrom(string text, TextSpan span)
    {
        var opens = text.LastIndexOfAny(SentenceEnds, Math.Max(0, span.Start - 1)) + 1;
        var closes = text.IndexOfAny(SentenceEnds, span.Start + span.Length);
        var sentence = text[opens..(closes < 0 ? text.Length : closes)];
        var at = span.Start - opens;
        var before = at <= 0 ? -1 : sentence.LastIndexOfAny(FactWords.ClauseEnds, at - 1);
        var start = before <= 0 ? 0 : sentence.LastIndexOfAny(FactWords.ClauseEnds, before - 1) + 1;
        var end = sentence.IndexOfAny(FactWords.ClauseEnds, Math.Min(sentence.Length, at + span.Length));
        var next = end < 0 || end + 1 >= sentence.Length ? -1 : sentence.IndexOfAny(FactWords.ClauseEnds, end + 1);
        return sentence[start..(next < 0 ? sentence.Length : next)];
    }

    /// <summary>What ends a sentence: a stop, a question or exclamation mark, a line break.</summary>
    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '\n'];

    /// <summary>
    /// Whether the text holds a number, or a thousand, million or billion in the dual, which is a number of its own: «ونقلت
    /// الشركة هذا العام مليوني مسافر».
    /// </summary>
    internal static bool HasCount(string text) =>
        PassageFacts.HasNumber(text) || ArabicText.FoldedWords(text).Any(w => ArabicWordForms.Readings(w).Any(DualNumbers.Contains));

    private static readonly HashSet<string> DualNumbers =
        new(["الفا", "الفي", "الفان", "الفين", "مليونا", "مليوني", "مليونان", "مليونين", "مليارا", "مليارى", "مليارين", "ملياران"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the counted noun heads a construct («كم عدد مرضى السكري …؟»: an indefinite noun before a definite one): the
    /// thing is then said by its qualifier, which news counts under another head as often as not («ويعاني نحو مليون أردني
    /// من السكري»), so the head alone tells nothing.
    /// </summary>
    private static bool InConstruct(QuestionShape shape, string counted)
    {
        var at = shape.Asked.ToList().FindIndex(w => w.StartsWith(counted, StringComparison.Ordinal));
        return at >= 0 && !counted.StartsWith("ال", StringComparison.Ordinal) && at + 1 < shape.Asked.Count
            && shape.Asked[at + 1].StartsWith("ال", StringComparison.Ordinal) && shape.Asked[at + 1] is not ("التي" or "الذي" or "الذين");
    }

    /// <summary>
    /// Whether a sound plural asked («كم عدد المدنيين …؟»، «كم عدد التعاونيات …؟») is counted in its singular, as a number
    /// takes it («مئتين وخمسين ألف مدني»، «ستين تعاونية»): its singular (and accusative) stands in a clause with a number.
    /// </summary>
    private static bool InSingular(string counted, string text)
    {
        var bare = counted.StartsWith("ال", StringComparison.Ordinal) ? counted[2..] : counted;
        var singular = bare.Length < 5 ? null
            : bare.EndsWith("ين", StringComparison.Ordinal) || bare.EndsWith("ون", StringComparison.Ordinal) ? bare[..^2]
            : bare.EndsWith("ات", StringComparison.Ordinal) ? string.Concat(bare.AsSpan(0, bare.Length - 2), "ه")
            : null;
        return singular is not null && text.Split(FactWords.ClauseEnds).Select(ArabicText.FoldedWords)
            .Any(clause => PassageFacts.HasNumber(string.Join(' ', clause))
                && clause.Any(w => ArabicWordForms.Readings(w).Any(r => r == singular || r == singular + "ا")));
    }

    /// <summary>
    /// Whether the text names the noun (folded: «ممرض»، «مره») in the dual, which counts two: «ممرضان»، «مرتين»، «بمرتين».
    /// </summary>
    private static bool InDual(string counted, string text)
    {
        var stem = counted[^1] == 'ه' ? string.Concat(counted.AsSpan(0, counted.Length - 1), "ت") : counted;
        return stem.Length >= 3 && ArabicText.FoldedWords(text).Any(w => ArabicWordForms.Readings(w).Any(r => r == stem + "ان" || r == stem + "ين"));
    }
}
