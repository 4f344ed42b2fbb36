using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// Tells a follow-up from a question that stands alone, and what of it is its own subject. A follow-up points back
/// («ومتى قال ذلك؟»، «وما دور إيران فيه؟»), carries the conversation on with «و» on its question word and little of
/// its own («وماذا عن الصين؟»), or has no subject at all («ولماذا؟»). A question with a subject of its own and no word
/// pointing back stands alone, even when it replies to the bot.
/// </summary>
public static class FollowUpQuestion
{
    /// <summary>Words that point back to the earlier answer, folded.</summary>
    private static readonly HashSet<string> PointingBack = Folded(
        "ذلك", "ذاك", "هذا", "هذه", "تلك", "بذلك", "لذلك", "كذلك", "بهذا", "لهذا", "عنه", "عنها", "منه", "منها", "له", "لها", "فيه", "فيها",
        "به", "بها", "عليه", "عليها", "هو", "هي", "هم", "قاله", "قالته", "يقصد", "يقصده", "ايضا", "أيضا", "أيضًا", "رأيه", "رأيها", "برأيه", "برأيها",
        "يخالفه", "يخالفها", "اضاف", "أضاف", "أضافت", "يضيف", "تضيف");

    /// <summary>Words that carry the conversation on without naming a subject: left out of the follow-up's own subject.</summary>
    private static readonly HashSet<string> Carrying = Folded(
        "شيئا", "شيئًا", "شي", "شيء", "آخر", "اخر", "أخرى", "اخرى", "بعد", "إذن", "اذن", "رأي", "راي", "الذي", "التي", "برأيك", "يرى", "ترى", "يقول", "تقول");

    /// <summary>Whether the question leans on the earlier answer rather than standing alone.</summary>
    /// <param name="question">The question as typed (its opening «و» still on).</param>
    /// <param name="ownTermCount">How many searchable terms its own subject has (<see cref="OwnSubject"/>, analysed).</param>
    public static bool LeansOnContext(string question, int ownTermCount)
    {
        if (ownTermCount == 0)
        {
            return true;
        }

        var words = ArabicText.FoldedWords(question);
        if (words.Any(w => PointingBack.Contains(w) || PointingBack.Contains(ArabicWordForms.WithoutConjunction(w) ?? w)))
        {
            return true;
        }

        return QuestionText.OpensWithConjunction(question) && ownTermCount <= 2;
    }

    /// <summary>The question without the words that only point back or carry the conversation on: what it asks about itself.</summary>
    public static string OwnSubject(string question)
    {
        var kept = new List<string>();
        foreach (var word in question.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = ArabicText.Fold(word.Trim('؟', '?', '،', ',', '.', '!', '«', '»', '"'));
            var bare = ArabicWordForms.WithoutConjunction(folded) ?? folded;
            if (PointingBack.Contains(folded) || PointingBack.Contains(bare) || Carrying.Contains(folded) || Carrying.Contains(bare)
                || ReportingVerbs.IsReportingVerb(folded) || ReportingVerbs.IsReportingVerb(bare))
            {
                continue;
            }

            kept.Add(word);
        }

        return string.Join(' ', kept);
    }

    private static HashSet<string> Folded(params string[] words) => new(words.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);
}
