using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// How a first time is said: «أول مرة»، «لأول مرة»، «للمرة الأولى» in a question or a passage; in a passage also a first
/// of its kind («أول دورة»، «أول شحنة») or a founding («تأسست»، «أُنشئ»), which date when something first was.
/// </summary>
internal static class FirstTime
{
    /// <summary>Whether the folded words say «أول مرة», «لأول مرة» or «(لل)مرة الأولى».</summary>
    public static bool Said(IReadOnlyList<string> words) =>
        Enumerable.Range(0, Math.Max(words.Count - 1, 0)).Any(i =>
            words[i] is "اول" or "لاول" or "باول" && words[i + 1] is "مره"
            || words[i] is "المره" or "للمره" or "بالمره" && words[i + 1] is "الاولي");

    /// <summary>
    /// Whether the folded words of a passage tell a first time or a beginning: «أول» before a noun («أول مرة»، «أول دورة»; the
    /// definite «الأول/الأولى» is left out: «الأول من يناير»، «المرحلة الأولى» are no first time of anything), «المرة الأولى»,
    /// or a verb or noun of founding.
    /// </summary>
    public static bool Told(IReadOnlyList<string> words) =>
        Said(words) || words.Any(w => w is "اول" or "لاول" or "باول" || ArabicWordForms.AnyIn(w, Founding));

    /// <summary>The verbs and nouns of founding, folded: «تأسس»، «أسست»، «تأسيس»، «أُنشئ»، «إنشاء».</summary>
    private static readonly IReadOnlySet<string> Founding = new HashSet<string>(
        ["تاسس", "تاسست", "اسس", "اسست", "اسسها", "اسسه", "تاسيس", "تاسيسه", "تاسيسها", "انشي", "انشيت", "انشاء", "انشايه", "انشايها"],
        StringComparer.Ordinal);
}
