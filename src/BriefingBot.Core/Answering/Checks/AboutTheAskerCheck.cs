namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question of the asker's own life matched by several briefings (<see cref="DeclineReason.AboutTheAsker"/>).</summary>
internal sealed class AboutTheAskerCheck : IAnswerCheck
{
    // A question of the asker's own life («كيف أحسب الزكاة على راتبي؟») matched by passages of several briefings is matched
    // by others' news, each passage one of its everyday words. From one briefing it may ask what that news means for the
    // reader («هل تشمل الضريبة راتبي؟»). So is a how-to of the asker's own («كيف بعمل منسف»، «كيف أفتح حساب بنكي أونلاين؟»):
    // from several briefings its passages each match one everyday word; a briefing that tells readers how to apply for
    // something is one briefing.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        (answer.Shape.AboutTheAsker || answer.Shape.AsksHowToDo) && answer.Briefings.Count > 1 ? DeclineReason.AboutTheAsker : null;
}
