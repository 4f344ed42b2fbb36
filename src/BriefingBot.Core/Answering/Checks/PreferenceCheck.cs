using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>Declines a question for the best of something that no passage shown calls best (<see cref="DeclineReason.NoneCalledBest"/>).</summary>
internal sealed class PreferenceCheck : IAnswerCheck
{
    // «ما أفضل وقت لزراعة الطماطم؟» asks a recommendation: a passage on tomato growers that ranks nothing tells of the
    // subject, not which to choose. News that answers it calls a thing so: «أفضل وقت لزيارة ظفار هو الخريف».
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.Preference is not null
        && !answer.Shown.Any(passage => ArabicText.FoldedWords(answer.Top[passage]).Any(w => ArabicWordForms.AnyIn(w, FactWords.Preferences)))
            ? DeclineReason.NoneCalledBest
            : null;
}
