namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many question asked by the day, the week or the month when no passage shown gives anything by that
/// period (<see cref="DeclineReason.PeriodNotInAnswer"/>).
/// </summary>
internal sealed class RatePeriodCheck : IAnswerCheck
{
    // «كم سيارة تعبر باب القصبة يوميًا؟»، «كم يتقاضى العامل في ضيعات الحوامض في الشهر؟»: a rate is told by its period
    // («تعبره في اليوم العادي نحو أحد عشر ألف سيارة»، «منحة شهرية قدرها …»). A passage that names the thing and gives a
    // number with no period («أجرة المعلم … في اليوم» for a month's wage aside) gives a total, a day's pay or a year's
    // count, not the rate asked; a reader asking a month's pay of a briefing that gives none is told so.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape is { Expected: ExpectedAnswer.Number, RatePeriod: not null }
        && !answer.Shown.Any(p => RatePeriods.SaysAny(answer.Top[p]))
            ? DeclineReason.PeriodNotInAnswer
            : null;
}
