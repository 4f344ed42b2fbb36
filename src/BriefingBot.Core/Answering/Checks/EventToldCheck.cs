using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question whose verb asks of one kind of event («متى ينتهي …؟»، «متى عُيّن …؟») when no passage shown holds a
/// word that tells such an event: a time found elsewhere in them is the time of something else.
/// </summary>
internal abstract class EventToldCheck(IReadOnlySet<string> askedVerbs, IReadOnlySet<string> toldBy, DeclineReason reason) : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer) =>
        answer.Shape.Event is { } verb && ArabicWordForms.AnyIn(verb, askedVerbs)
        && !answer.Top.Any(text => ArabicText.FoldedWords(text).Any(w => ArabicWordForms.AnyIn(w, toldBy)))
            ? reason
            : null;
}
