using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question asking of last season when no passage shown speaks of it with what is asked (<see
/// cref="DeclineReason.LastSeasonNotInAnswer"/>).
/// </summary>
internal sealed class LastSeasonCheck : IAnswerCheck
{
    // A harvest's news gives this season's figures, and last season's only where it compares, by name («مقابل … في
    // الموسم الماضي»): «قنطار الصمغ بثمانين ألف جنيه» this season is no price of last season. A passage may also date
    // last season as the year before its briefing's («العام الماضي»، «موسم 2025»). It must name something the question
    // asks of: last season's harvest is no last season's price of the same gum. Only last season: «الموسم المقبل» is told
    // in other words as often («الحصاد المقبل»).
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (!answer.Shape.AsksLastSeason)
        {
            return null;
        }

        var asked = answer.Shape.About.Where(w => !FactWords.SeasonNouns.Contains(w) && !FactWords.YearWritten.Last.Contains(w))
            .Select(answer.TermOf).OfType<TermMatch>().ToList();
        return answer.Shown.Any(p => SpeaksOfLastSeason(answer.PassageAt(p)) && (asked.Count == 0 || asked.Any(t => answer.Has(p, t))))
            ? null
            : DeclineReason.LastSeasonNotInAnswer;
    }

    private static bool SpeaksOfLastSeason(Passage passage) =>
        QuestionShape.SaysLastSeason(ArabicText.FoldedWords(passage.Text)) || YearCheck.SpeaksOfYear(passage, passage.BriefingDate.Year - 1);
}
