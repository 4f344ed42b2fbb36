using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for when when no passage shown gives a time in the clause that speaks of what it asks
/// (<see cref="DeclineReason.TimeNotOfEvent"/>).
/// </summary>
internal sealed class TimeInClauseCheck : IAnswerCheck
{
    // Asked when, the time answers in the clause that tells what is asked: «وبدأ التشغيل التجريبي للخط الأول في يوليو/تموز
    // 2021» dates the line's start, where «متى بنيت قلعة حلب؟» finds «حلب» only beside news of rubble cleared, and the
    // passage's one time is said of something else in another clause («بعد أكثر من عام على بدء الحصار»). What is asked is
    // any word the briefings use of the question's verb and what follows it, places aside (a place is where many things
    // happen); a clause runs between commas, as news joins its facts. A question whose words the briefings never use is
    // left to the checks of unknown things.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        if (shape.Expected != ExpectedAnswer.Time)
        {
            return null;
        }

        var asked = (shape.Event is { } happening ? shape.About.Prepend(happening) : shape.About)
            .Where(word => !IsPlace(shape, word))
            .Select(answer.TermOf).OfType<TermMatch>().Where(t => t.Known)
            .ToList();
        if (asked.Count == 0)
        {
            return null;
        }

        var telling = answer.Shown.Select(passage => (Text: answer.Top[passage], Spans: asked.SelectMany(term => answer.Tokens(passage).Find(term.Variants)).ToList()))
            .Where(t => t.Spans.Count > 0).ToList();
        return telling.Count > 0 && !telling.Any(t => t.Spans.Any(span => PassageFacts.HasTime(ClauseAt(t.Text, span))))
            ? DeclineReason.TimeNotOfEvent
            : null;
    }

    private static bool IsPlace(QuestionShape shape, string word) =>
        shape.Places.Contains(word) || Gazetteer.PlacesNamedBy(word).Any();

    /// <summary>
    /// The clause of the text the span stands in, between the punctuation marks around it; past a relative clause set off
    /// by commas, the clause it interrupts goes on: «دخل خط عمّان–الزرقاء، الذي يبلغ طوله عشرين كيلومترًا، الخدمة في
    /// مايو/أيار 2024» dates the line's opening.
    /// </summary>
    internal static string ClauseAt(string text, TextSpan at)
    {
        var start = StartAt(text, at.Start);
        var end = EndAt(text, at.End);
        var resumed = end;
        while (resumed < text.Length && OpensRelative(text[(resumed + 1)..EndAt(text, resumed + 1)]))
        {
            resumed = EndAt(text, resumed + 1);
        }

        return resumed == end || resumed >= text.Length ? text[start..end] : text[start..end] + text[(resumed + 1)..EndAt(text, resumed + 1)];
    }

    private static int StartAt(string text, int at) => text.LastIndexOfAny(FactWords.ClauseEnds, Math.Max(0, at - 1)) + 1;

    private static int EndAt(string text, int from)
    {
        var end = from >= text.Length ? -1 : text.IndexOfAny(FactWords.ClauseEnds, from);
        return end < 0 ? text.Length : end;
    }

    private static bool OpensRelative(string clause) => ArabicText.FoldedWords(clause) is [var first, ..] && Relatives.Contains(first);

    /// <summary>The words that open a relative or descriptive clause set off by commas («الذي …»، «وهو …»), folded.</summary>
    private static readonly HashSet<string> Relatives = new(FactWords.RelativePronouns.Concat(["وهو", "وهي", "وهم"]), StringComparer.Ordinal);
}
