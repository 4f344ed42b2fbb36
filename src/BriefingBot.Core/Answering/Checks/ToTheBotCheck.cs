namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question to the bot itself (<see cref="DeclineReason.AboutTheBot"/>).</summary>
internal sealed class ToTheBotCheck : IAnswerCheck
{
    // Asked of the bot itself, the briefings' words it uses («برنامج»، «إنسان») are about something else.
    public DeclineReason? Judge(JudgedAnswer answer) => answer.Shape.ToTheBot ? DeclineReason.AboutTheBot : null;
}
