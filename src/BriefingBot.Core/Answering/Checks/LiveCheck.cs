using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for today's price or weather, or for tomorrow, when no passage shown speaks of that day
/// (<see cref="DeclineReason.NotLive"/>).
/// </summary>
internal sealed class LiveCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var shape = answer.Shape;

        // The day itself, not its analysed stem: «بعد يوم هادئ» does not speak of today («اليوم»), nor does a rate: «وجبة
        // واحدة في اليوم».
        // Today's value is given where the day is said of that value: «تعمل في الشبكة اليوم مئتا امرأة» gives no price today.
        // And given as a number in the sentence that says the day and names what it is of: «سعر البرميل يقارب تسعين دولارًا،
        // والسعر اليوم أقل من ذلك» gives no price of the dollar today, the dollar being only the unit of another price.
        // A price of goods no market quotes is answered by the price the news reports it moved to, or gives undated (<see cref="ReportedPrice"/>).
        if (shape.NowWord is { } now && !ReportedPrice.Answers(answer)
            && !answer.Shown.Any(passage => shape.LiveValue is not { } value
                ? SaysNow(answer.Top[passage], now)
                : answer.TermOf(value) is { Known: true } named && answer.Tokens(passage).Find(named.Variants).Count > 0
                    && GivesLive(answer.Top[passage], now, shape.LiveSubject, subject => Names(answer.Index, subject, answer.PassageAt(passage).BriefingId))))
        {
            return DeclineReason.NotLive;
        }

        return null;
    }

    /// <summary>
    /// Whether a sentence of the text says the day asked and gives a number, and does not name the subject only as the unit
    /// of a number («تسعين دولارًا» is a sum in dollars, not the dollar's price). The subject may go unsaid where the briefing
    /// names it: «سعر البرميل … والسعر اليوم» speaks of oil in other words; a price today in a briefing that never names the
    /// thing is another thing's.
    /// </summary>
    private static bool GivesLive(string text, string now, string? subject, Func<string, bool> briefingNames)
    {
        var asked = subject is null ? null : ArabicWordForms.Readings(subject).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in text.Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!SaysNow(sentence, now) || !PassageFacts.HasNumber(sentence))
            {
                continue;
            }

            if (asked is null)
            {
                return true;
            }

            var words = ArabicText.FoldedWords(sentence);
            var named = Enumerable.Range(0, words.Count)
                .Where(i => ArabicWordForms.Readings(words[i]).Any(asked.Contains)
                    || words[i].Length > 3 && words[i][^1] == 'ا' && ArabicWordForms.Readings(words[i][..^1]).Any(asked.Contains))
                .ToList();
            if (named.Count == 0 ? briefingNames(subject!) : named.Any(i => !(i > 0 && Measures.IsNumberWord(words[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '؟', '؛', '\n'];

    private static bool SaysNow(string text, string now)
    {
        var words = ArabicText.FoldedWords(text);
        for (var i = 0; i < words.Count; i++)
        {
            if (ArabicWordForms.Readings(words[i]).Contains(now) && !(i > 0 && words[i - 1] == "في" && words[i] == "اليوم"))
            {
                return true;
            }
        }

        return false;
    }
}
