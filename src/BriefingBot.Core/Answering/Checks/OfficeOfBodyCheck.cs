using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for who holds the office of a body when the passages shown name the office only of another body
/// (<see cref="DeclineReason.OfficeOfOtherBody"/>).
/// </summary>
internal sealed class OfficeOfBodyCheck : IAnswerCheck
{
    // Asked who heads a body, the office answers where it governs that body: «رئيس الرابطة، سلطان العتيبي»، «المدير التنفيذي
    // للشركة». An office a word away from the body is another's office of it: «رئيس بعثة المفوضية في لبنان» heads a mission,
    // not the commission; «المدير التنفيذي للشركة» is no chairman of its board («من يرأس مجلس إدارة الشركة؟»). A body is
    // told by its name as well as its kind: «الرئيس التنفيذي لصندوق الريان» heads another fund than «صندوق الاستثمارات
    // العامة». A passage that heads the body by a verb on a pronoun («التي يرأسها») names it before, and is left to the
    // attribute rule; so is an office of a place («من هو رئيس جيبوتي؟»).
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shown.Any(passage => HeadsTheBodyAsked(answer, passage)) ? null : DeclineReason.OfficeOfOtherBody;

    /// <summary>
    /// Whether the passage says an office governing the body the question asks the head of, or heads something by a verb on a
    /// pronoun; true for every passage when the question asks no body's head. The holder rule (<see cref="AttributeCheck"/>)
    /// asks it of the passage that names the holder: «رئيس غرفة صناعة حلب» in one passage and «رئيس الجمعية الحرفية لصناعة
    /// الصابون في حلب محمد فنصة» in another name no head of the chamber.
    /// </summary>
    internal static bool HeadsTheBodyAsked(JudgedAnswer answer, int passage)
    {
        var shape = answer.Shape;
        var body = BodyWords(shape.Subject);
        if (!shape.AsksHolder || shape.Attribute is not { } office || body.Count == 0 || answer.TermOf(body[0]) is not { } kind || !Literal(kind))
        {
            return true;
        }

        var offices = (shape.AttributeImplied && FactWords.HeadOffices.Contains(office) ? FactWords.HeadOffices : [office])
            .Select(o => answer.TermOf(o) ?? LookUp(answer.Index, o)).OfType<TermMatch>().Where(t => t.Known).ToList();
        var names = body.Skip(1).Where(w => !Gazetteer.PlacesNamedBy(w).Any()).Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
        return HeadsByVerb(answer.Top[passage])
            || names.All(n => answer.HasOrTitled(passage, n)) && offices.Any(o => Governs(answer.Top[passage], answer.Tokens(passage).Find(o.Variants), answer.Tokens(passage).Find(kind.Variants)));
    }

    /// <summary>
    /// The words naming the body asked, its kind first: a ministry is named by its field, as its minister is («وزارة الأشغال»
    /// by «وزير الأشغال»). Empty when the office is of a place.
    /// </summary>
    private static IReadOnlyList<string> BodyWords(IReadOnlyList<string> subject)
    {
        var words = subject.Count > 0 && OwnBodies.Contains(subject[0]) ? subject.Skip(1).ToList() : subject;
        return words.Count > 0 && !Gazetteer.PlacesNamedBy(words[0]).Any() ? words : [];
    }

    /// <summary>Bodies named by their head's own word: «وزارة» for «وزير».</summary>
    private static readonly HashSet<string> OwnBodies = new([ArabicText.Fold("وزارة"), ArabicText.Fold("الوزارة")], StringComparer.Ordinal);

    /// <summary>
    /// Whether an office is followed by the body's kind with nothing but adjectives, or its board, between: «الرئيس التنفيذي
    /// لصندوق»، «رئيس مجلس إدارة الشركة» (who chairs a company's board heads the company).
    /// </summary>
    private static bool Governs(string text, IReadOnlyList<TextSpan> offices, IReadOnlyList<TextSpan> kinds) =>
        offices.Any(o => kinds.Any(k => k.Start >= o.End && ArabicText.FoldedWords(text[o.End..k.Start]) is var between
            && between.Count <= MaxAdjectives && between.All(w => Describes(w) || Board.Contains(w))));

    /// <summary>The board of a body, which its head chairs: «مجلس إدارة».</summary>
    private static readonly HashSet<string> Board = new([ArabicText.Fold("مجلس"), ArabicText.Fold("إدارة")], StringComparer.Ordinal);

    /// <summary>How many adjectives may stand between an office and its body: «المدير العام التنفيذي للهيئة».</summary>
    private const int MaxAdjectives = 2;

    /// <summary>A definite adjective of relation («التنفيذي»، «الإقليمية») or «العام»: it qualifies the office, naming no other body.</summary>
    private static bool Describes(string word) =>
        word.StartsWith("ال", StringComparison.Ordinal) && (word.EndsWith("ي", StringComparison.Ordinal) || word.EndsWith("يه", StringComparison.Ordinal))
        || word is "العام" or "العامه";

    /// <summary>Whether the text heads something by a verb of heading on a pronoun («التي يرأسها»), whose body it named before.</summary>
    private static bool HeadsByVerb(string text) => ArabicText.FoldedWords(text).Any(w => FactWords.OfficeHeadedByPronounVerb(w) is not null);
}
