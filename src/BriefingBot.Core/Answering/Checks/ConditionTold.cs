using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Conditions are told by the verb of setting them as often as by «شروط»: «وتشترط سلطة الطيران المدني منذ حادث عام 2013 أن
/// يحمل كل قائد منطاد …» gives the conditions of «ما شروط السلامة المفروضة على البالونات بعد الحادث؟», «بعد أن اشترطت الجهات
/// الصحية هناك فحوصًا إضافية» those of «ما الشروط اليابانية الجديدة على استيراد الصابون؟». The verb answers in the clause
/// that names what the conditions are of.
/// </summary>
internal static partial class ConditionTold
{
    /// <summary>The nouns a reader asks conditions by.</summary>
    private static readonly IReadOnlySet<string> ConditionNouns = FactWords.Set("شروط", "شرط", "الشروط", "الشرط");

    /// <summary>The verb of setting a condition in its persons and tenses, its verbal noun, and «بشرط/شريطة» (provided that).</summary>
    private static readonly IReadOnlySet<string> SettingVerbs = FactWords.Set(
        "اشترط", "اشترطت", "يشترط", "تشترط", "يشترطون", "اشترطوا", "سيشترط", "ستشترط", "اشتراط", "باشتراط", "بشرط", "شريطة");

    /// <summary>Whether the attribute asked is a condition («ما شروط …؟»).</summary>
    public static bool Asks(string attribute) => ArabicWordForms.AnyIn(attribute, ConditionNouns);

    /// <summary>
    /// Whether the passage sets a condition by its verb in a clause that names what the question asks the conditions of (one
    /// of its subject's words, by the word or its concept: «منطاد» for «البالونات»).
    /// </summary>
    public static bool Beside(JudgedAnswer answer, int passage)
    {
        var of = answer.Shape.Subject.Where(w => !FactWords.Prepositions.Contains(w) && !FactWords.Leads.Contains(w) && !ArabicWordForms.AnyIn(w, ConditionNouns))
            .Select(answer.TermOf).OfType<TermMatch>().Where(Literal).ToList();
        if (of.Count == 0)
        {
            return false;
        }

        var text = answer.Top[passage];
        var named = of.SelectMany(t => answer.FindAlike(passage, t)).ToList();
        return Word().Matches(text)
            .Where(m => ArabicWordForms.AnyIn(ArabicText.Fold(m.Value), SettingVerbs))
            .Any(m => named.Any(s => InClauseOf(text, m.Index, s.Start)));
    }

    /// <summary>Whether no clause end (comma, stop) stands between the two positions.</summary>
    private static bool InClauseOf(string text, int at, int other)
    {
        var (from, to) = at < other ? (at, other) : (other, at);
        return text.AsSpan(from, to - from).IndexOfAny(FactWords.ClauseEnds) < 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+")]
    private static partial System.Text.RegularExpressions.Regex Word();
}
