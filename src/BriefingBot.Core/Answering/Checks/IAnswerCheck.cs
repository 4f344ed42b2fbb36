namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// One rule of <see cref="AnswerCheck"/>: whether the best passages can answer what the question asks for, and if not,
/// why (<see cref="DeclineReason"/>); null when this rule finds nothing against them.
/// </summary>
internal interface IAnswerCheck
{
    DeclineReason? Judge(JudgedAnswer answer);
}
