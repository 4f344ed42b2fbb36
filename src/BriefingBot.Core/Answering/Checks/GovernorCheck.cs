namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines «من هو والي X؟» when no passage shown names the governor's office with someone in it
/// (<see cref="DeclineReason.HolderNotNamed"/>).
/// </summary>
internal sealed partial class GovernorCheck : IAnswerCheck
{
    // The Maghreb governor «والي» is asked of as any office is («من هو والي صفاقس؟»), but its folded letters are those of
    // «وإلى», so the attribute rule cannot read it as an office: a briefing on Sfax's almonds that never speaks of its governor
    // was answered by its passages on the province. The office is told as written, «والي» (never «وإلى / والى»), in a passage
    // that names someone or quotes no one, as the holder rule asks of other offices; elsewhere no passage says who
    // holds it.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.AsksGovernor && !answer.Shown.Any(passage => Office().IsMatch(answer.Top[passage])
            && (AttributeCheck.NamesSomeone(answer.PassageAt(passage)) || AttributeCheck.Narrates(answer.PassageAt(passage))))
            ? DeclineReason.HolderNotNamed
            : null;

    /// <summary>The office as written, with the article or a joined «و / ل / ب»: «والي»، «الوالي»، «ووالي»، «للوالي».</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\p{L})(?:[وبل]?ال|لل|[وبل])?والي(?!\p{L})")]
    private static partial System.Text.RegularExpressions.Regex Office();
}
