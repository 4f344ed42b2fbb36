namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a how-many question asked by the day, the week, the month or the year when no passage shown gives anything by
/// that period (<see cref="DeclineReason.PeriodNotInAnswer"/>).
/// </summary>
internal sealed class RatePeriodCheck : IAnswerCheck
{
    // «كم سيارة تعبر باب القصبة يوميًا؟»، «كم يتقاضى العامل في ضيعات الحوامض في الشهر؟»: a rate is told by its period
    // («تعبره في اليوم العادي نحو أحد عشر ألف سيارة»، «منحة شهرية قدرها …»). A passage that names the thing and gives a
    // number with no period («أجرة المعلم … في اليوم» for a month's wage aside) gives a total, a day's pay or a year's
    // count, not the rate asked; a reader asking a month's pay of a briefing that gives none is told so.
    // A year's rate is told so too («تنتج سنويًا نحو …»، «في السنة»، «كل عام»): asked «كم سائحًا يزور القرية سنويًا؟» of
    // passages that give one year's visitors or a season's harvest and no yearly figure, they answer another question.
    // «في العام الماضي»، «في السنة الأولى» name a year, not a rate.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape is { Expected: ExpectedAnswer.Number, RatePeriod: { } period }
        && !answer.Shown.Any(p => RatePeriods.SaysAny(answer.Top[p], period))
            ? DeclineReason.PeriodNotInAnswer
            : null;
}
