using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question naming a day no passage shown speaks of (<see cref="DeclineReason.DateNotInAnswer"/>).</summary>
internal sealed class DayCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.Dates.Count > 0 && !answer.Shape.Dates.All(date => answer.Top.Any(text => SpeaksOf(text, date))) ? DeclineReason.DateNotInAnswer : null;

    /// <summary>
    /// Whether the passage speaks of the day: the same word through its clitics and article («صباح جمعة» for «يوم
    /// الجمعة»), or another name of the same month («يوليو» for «تموز»).
    /// </summary>
    private static bool SpeaksOf(string text, string date)
    {
        var asked = ArabicWordForms.Readings(date).ToHashSet(StringComparer.Ordinal);
        var months = FactWords.MonthNames.Where(names => asked.Overlaps(names)).ToList();
        return ArabicText.FoldedWords(text).Any(w => ArabicWordForms.Readings(w).Any(r => asked.Contains(r) || months.Any(names => names.Contains(r))));
    }
}
