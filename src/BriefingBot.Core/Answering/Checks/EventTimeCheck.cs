using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
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
            if (telling.Count > 0 && !telling.Any(passage => PassageFacts.HasTime(top[passage])) && !DatedInOtherWords(answer, happened))
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
            // The time is said in a clause where the passage speaks of what begins, or of its beginning by any form of the
            // question's verb («الافتتاح» for «افتتح»): «متى افتتح مستشفى سهلول؟» is not answered by «طبيب مقيم … بمستشفى سهلول
            // في سوسة، إنه يدرس الألمانية … منذ سنة», whose one time is of his studying, in another clause.
            // What the briefing's title names is what it is about, and a time anywhere in the passage dates it. What begins
            // is named by any word of its concept: «يبدأ قطاف التفاح في أواخر أغسطس» dates «جني التفاح».
            var beginning = shape.Event is { } verb && answer.TermOf(verb) is { Known: true } verbTerm ? FamilyOf(verbTerm) : [];
            if (begun.Count > 0 && !shown.Any(passage => PassageFacts.HasTime(top[passage])
                    && begun.All(t => t.Known && (answer.Titled(passage, t) || Told(answer, passage, t).Count > 0))
                    && (begun.All(t => answer.Titled(passage, t))
                        || TimedWhereTold(top[passage], [.. begun.SelectMany(t => Told(answer, passage, t))], beginning.Count > 0 ? answer.Tokens(passage).Find(beginning) : []))))
            {
                return DeclineReason.TimeNotOfEvent;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a passage shown tells the happening by another word of its concept and dates it: «قرار حظر العمل في الأماكن
    /// المكشوفة … بين يونيو وسبتمبر» dates «متى يمنع العمل تحت الشمس؟», «انقطاعات متكررة للتيار في الصيف» dates «متى تنقطع
    /// الكهرباء؟», though another passage uses the question's own verb with no time. News names a happening by whichever word
    /// it chose; the passage that names it is the one whose time answers.
    /// </summary>
    private static bool DatedInOtherWords(JudgedAnswer answer, TermMatch happened) =>
        answer.Shown.Any(passage => !answer.Has(passage, happened) && answer.FindAlike(passage, happened).Count > 0 && PassageFacts.HasTime(answer.Top[passage]));

    /// <summary>
    /// Where the passage tells what begins: by its word or its concept, or, the word being a verbal noun, by its verb
    /// («ستمنع الجني … اعتبارًا من مارس» tells when «منع الجني» begins).
    /// </summary>
    private static IReadOnlyList<TextSpan> Told(JudgedAnswer answer, int passage, TermMatch begun) =>
        answer.FindAlike(passage, begun) is { Count: > 0 } alike ? alike : answer.Tokens(passage).Find(DerivedForms.OfVerb(begun.Term));

    /// <summary>
    /// Whether a time stands in a clause where what begins is said, or its beginning; what the passage leaves to its
    /// briefing's title (no span) is told by the passage as a whole.
    /// </summary>
    private static bool TimedWhereTold(string text, IReadOnlyList<TextSpan> begun, IReadOnlyList<TextSpan> beginning) =>
        begun.Count == 0 || begun.Concat(beginning).Any(span => PassageFacts.HasTime(TimeInClauseCheck.ClauseAt(text, span)));
}
