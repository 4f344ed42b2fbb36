using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for what a person asked of by their full name earns («كم راتب علي الصفار في شركة المقاولات؟»، «كم
/// يربح رشيد أزناك في الشهر؟») when no passage shown that names them gives a sum (<see cref="DeclineReason.SumNotOfSubject"/>).
/// </summary>
internal sealed class PayOfANamedPersonCheck : IAnswerCheck
{
    // News names a person for what they do and say, and gives a pay where it gives one of them: the passage that names «حسن
    // الخرس» tells he left his job, and the sums the other passages give are other people's pay. A pay by a person's name is
    // answered only by a passage that names them (as its speaker, or by the surname: news names a person in full once and
    // then by the surname) and gives a sum. The person is one a shown passage quotes, every word of whose name (two or more)
    // the question holds: the name is read as written, not through the index, whose stop words hold «علي» as «على». A pay
    // asked by a trade («كم يتقاضى سائق القاطرة؟») is the other rules' to judge.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (!AsksPay(answer))
        {
            return null;
        }

        var asked = answer.Shape.Subject.Concat(answer.Shape.About).ToHashSet(StringComparer.Ordinal);
        var person = answer.Shown.SelectMany(p => answer.PassageAt(p).AllSpeakers)
            .FirstOrDefault(s => ArabicText.FoldedWords(s) is { Count: >= 2 } name && name.All(asked.Contains));
        if (person is null)
        {
            return null;
        }

        var surname = ArabicText.FoldedWords(person)[^1];
        bool Names(int p) => answer.PassageAt(p).AllSpeakers.Contains(person)
            || ArabicText.FoldedWords(answer.Top[p]).Any(w => ArabicWordForms.Spells(w, surname));
        return !answer.Shown.Any(p => Names(p) && Measures.GivesSum(answer.Top[p])) ? DeclineReason.SumNotOfSubject : null;
    }

    /// <summary>Whether the question asks a pay: by its noun («راتب»، «أجر») or by a verb of earning after «كم» («كم يربح …؟»).</summary>
    private static bool AsksPay(JudgedAnswer answer) =>
        answer.Shape.Attribute is { } attribute && ArabicWordForms.AnyIn(attribute, FactWords.Pay)
        || answer.Shape.Expected == ExpectedAnswer.Number && answer.Shape.Asked is [var verb, ..] && ArabicWordForms.AnyIn(verb, FactWords.EarningVerbs);
}
