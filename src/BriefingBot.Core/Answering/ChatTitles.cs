using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The titles of address the street puts before a given name, which a report quotes people by once it has named them in
/// full: the elder's «عمو / عمي / عم»، «خالة / خالتي»، «خالو»، the pilgrim's «حجي / الحجي»، the lady's «الست»، the
/// grandfather's «جدو» («يقول عمو قاسم» of «الحاج قاسم محمد الصحاف»، «يقول عمي مبارك» of «مبارك ولد سالم»).
/// </summary>
internal static class ChatTitles
{
    private static readonly HashSet<string> Titles = new(
        new[] { "عمو", "عمي", "عم", "خالة", "خالتي", "خالو", "حجي", "الحجي", "حجية", "الحجية", "الست", "ست", "جدو" }.Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>Whether the folded word is a title of address chat puts before a given name («عمو»، «خالة»، «الحجي»).</summary>
    public static bool IsBeforeAGivenName(string folded) => Titles.Contains(folded);
}
