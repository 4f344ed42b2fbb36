using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for the first time something happened when no passage shown tells a first time or a beginning with
/// a time (<see cref="DeclineReason.FirstTimeNotTold"/>).
/// </summary>
internal sealed class FirstTimeCheck : IAnswerCheck
{
    // News dates what happens now: «أعادت الوزارة افتتاح المركز يوم الأحد» after seven years' closure, «الدورة الحالية
    // للمهرجان» this January. Asked when it happened first («متى افتتح المركز أول مرة؟»), the passage that answers says it was
    // the first («وصلت مياهه إلى بنغازي أول مرة عام 1991»، «للمرة الأولى خارج موعدها») or when it was founded: a time told
    // otherwise is the latest time, not the first. «منذ» is not read as a beginning: «محتجزة في الميناء منذ نوفمبر» dates a
    // state of something else, and with it a reopening's passages answered the first opening on the tune part.
    public DeclineReason? Judge(JudgedAnswer answer) =>
        !answer.Shape.AsksFirstTime || answer.Shown.Any(p => PassageFacts.HasTime(answer.Top[p]) && FirstTime.Told(ArabicText.FoldedWords(answer.Top[p])))
            ? null
            : DeclineReason.FirstTimeNotTold;
}
