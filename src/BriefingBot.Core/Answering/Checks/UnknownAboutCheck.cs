using BriefingBot.Core.Search;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question whose words after its focus are all words the briefings never use
/// (<see cref="DeclineReason.UnknownThing"/>).
/// </summary>
internal sealed class UnknownAboutCheck : IAnswerCheck
{
    // A question whose words after its focus are all words the briefings never use is about something else: «ما مصادر ثقب
    // الأوزون؟» matches only its frame («مصادر»). One such word may be a reader's synonym («هل صوّت الشبان؟» of «الشباب»): two are a thing.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var about = answer.Shape.About.Where(w => !w.Any(char.IsDigit)).Select(answer.TermOf).OfType<TermMatch>().ToList();
        return about.Count >= 2 && about.All(t => !t.Known) ? DeclineReason.UnknownThing : null;
    }
}
