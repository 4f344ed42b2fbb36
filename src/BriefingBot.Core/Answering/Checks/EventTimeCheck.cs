using BriefingBot.Core.Search;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for when something happens or begins when no passage shown dates it where it tells it
/// (<see cref="DeclineReason.TimeNotOfEvent"/>).
/// </summary>
internal sealed class EventTimeCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var (shape, top, shown) = (answer.Shape, answer.Top, answer.Shown);

        // Asked when something happens, the passages that tell the happening by the question's verb must date it («متى صدر
        // القانون؟»: «القانون الذي صدر في مارس»): where they tell it without a time, a time in another passage dates
        // something else. Passages that never use the verb are not judged: they may tell it in other words («أغلقت مكاتب
        // الاقتراع مساء الأحد» for «متى صوّت التونسيون؟»).
        if (shape.Event is { } happening && answer.TermOf(happening) is { Known: true } happened && Literal(happened))
        {
            var telling = shown.Where(passage => answer.Has(passage, happened)).ToList();
            if (telling.Count > 0 && !telling.Any(passage => PassageFacts.HasTime(top[passage])))
            {
                return DeclineReason.TimeNotOfEvent;
            }
        }

        // Asked when something begins («متى بدأ حفر قناة السويس؟»، «متى تنطلق بطولة كأس آسيا؟»), the time answers where the passage
        // (or its briefing's title) names what begins: «افتتحت للملاحة عام 1869» dates the canal's opening, not its digging.
        // A word the briefings never use names a thing no passage dates; a misspelt or derived one is not required.
        if (shape.Begun.Count > 0)
        {
            var begun = shape.Begun.Select(answer.TermOf).OfType<TermMatch>().Where(t => !t.Known || Literal(t) && !t.Fuzzy).ToList();
            if (begun.Count > 0 && !shown.Any(passage => PassageFacts.HasTime(top[passage])
                    && begun.All(t => t.Known && answer.HasOrTitled(passage, t))))
            {
                return DeclineReason.TimeNotOfEvent;
            }
        }

        return null;
    }
}
