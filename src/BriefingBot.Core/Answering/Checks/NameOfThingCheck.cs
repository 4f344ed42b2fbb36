using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for the name of a thing («ما اسم الشركة التي …؟»، «شو اسم الفندق اللي …؟») that the passages shown
/// speak of but never name (<see cref="DeclineReason.NameNotGiven"/>).
/// </summary>
internal sealed class NameOfThingCheck : IAnswerCheck
{
    // News that knows a name gives it right after the noun: a name in its construct («شركة تاف التركية»، «دباغات فاس»), in
    // quotes («بأداة تسمى "المنقف"»), or by a verb of naming within a few words («السفن الخشبية التقليدية المعروفة بـ…»).
    // News that does not, speaks of the thing by its kind and what it is: a preposition after the noun («فندق في العقبة»،
    // «جامعة في روما») or an adjective («شركة خاصة»، «شركة صينية»، «الشركة المنفذة»، «شركات أخرى دخلت المناقصة»). Asked
    // its name, such passages cannot give it. After the noun with the article, a word without it is read as a name
    // («المهندس خالد»), though it may be a verb («الشركة تسلمت»): a person's name lost costs a fair question. Judged only where a passage shown
    // speaks of the thing: a thing the passages name by another word may be named there.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.NamedAsked is not { Length: >= 3 } thing)
        {
            return null;
        }

        var mentions = answer.Shown.Select(p => Mentions(answer.Top[p], thing)).ToList();
        return mentions.Any(m => m.Spoken) && !mentions.Any(m => m.Named) ? DeclineReason.NameNotGiven : null;
    }

    /// <summary>Whether the text speaks of the thing at all, and whether it names it where it does.</summary>
    private static (bool Spoken, bool Named) Mentions(string text, string thing)
    {
        var (spoken, named) = (false, false);
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(FactWords.ClauseEnds, start);
            var clause = text[start..(end < 0 ? text.Length : end)];
            var words = clause.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var folded = words.Select(w => ArabicText.Fold(w)).ToList();
            for (var i = 0; i < folded.Count; i++)
            {
                if (!NameGivenCheck.DefiniteOf(folded[i], thing) && !NameGivenCheck.IndefiniteOf(folded[i], thing) && !Possessed(folded[i], thing))
                {
                    continue;
                }

                spoken = true;
                // «ثلاث شركات: …»: a colon right after the noun opens the list of their names.
                named |= NamedAfter(words, folded, i) || i == folded.Count - 1 && end >= 0 && text[end] == ':';
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return (spoken, named);
    }

    /// <summary>
    /// Whether the word is the noun with a possessive pronoun («أبناءه»، «زميلها»، «شركتهم»; a feminine noun's «ة» as «ت»),
    /// through one conjunction or preposition: someone's kin or things are spoken of so, and named, when they are, right
    /// after («ابنه محمد»); «أبناءه الثلاثة» speaks of them without their names.
    /// </summary>
    private static bool Possessed(string word, string thing)
    {
        var stem = thing[^1] == 'ه' ? string.Concat(thing.AsSpan(0, thing.Length - 1), "ت") : thing;
        var bare = word.Length > stem.Length + 1 && word[0] is 'و' or 'ب' or 'ل' or 'ف' && !word.StartsWith(stem, StringComparison.Ordinal) ? word[1..] : word;
        return bare.StartsWith(stem, StringComparison.Ordinal) && bare[stem.Length..] is "ه" or "ها" or "هم" or "هما";
    }

    /// <summary>
    /// Whether a name follows the noun at <paramref name="at"/>: a quote opening right after it, a verb of naming in the
    /// three words after it, or a word that is no article-bearing adjective, no preposition or conjunction, and no adjective
    /// of relation or kind («صينية»، «خاصة»، «أخرى»): «شركة تاف»، «المهندس خالد النور».
    /// </summary>
    private static bool NamedAfter(string[] words, List<string> folded, int at)
    {
        if (QuotedNameAfter.Opens(words, at))
        {
            return true;
        }

        if (folded.Skip(at + 1).Take(3).Any(w => NamingWords.Contains(w) || w.StartsWith("باسم", StringComparison.Ordinal)))
        {
            return true;
        }

        if (at + 1 >= folded.Count)
        {
            return false;
        }

        var next = folded[at + 1];
        return next.Length >= 3 && !next.StartsWith("ال", StringComparison.Ordinal) && !next.StartsWith('و')
            && !NotNames.Contains(next) && !FactWords.Prepositions.Contains(next)
            && !(next.EndsWith("ي", StringComparison.Ordinal) || next.EndsWith("يه", StringComparison.Ordinal) || next.EndsWith("يين", StringComparison.Ordinal) || next.EndsWith("يات", StringComparison.Ordinal));
    }

    /// <summary>Verbs and nouns of naming, folded: «تسمى»، «يدعى»، «تعرف»، «المعروفة»، «المسماة»، «اسمه».</summary>
    private static readonly HashSet<string> NamingWords = new(
        ["تسمي", "يسمي", "يدعي", "تدعي", "تعرف", "يعرف", "المعروفه", "المعروف", "المسماه", "المسمي", "اسمه", "اسمها", "تحمل", "يحمل"],
        StringComparer.Ordinal);

    /// <summary>Folded words that follow a noun the news leaves unnamed: prepositions, adjectives of kind and number, relatives, «فقط».</summary>
    private static readonly HashSet<string> NotNames = new(
        ["في", "من", "الي", "علي", "عن", "مع", "لدي", "قرب", "بين", "منذ", "التي", "الذي", "فقط", "اخري", "اخر", "خاصه", "خاص", "صغيره", "صغير", "كبيره", "كبير",
            "جديده", "جديد", "واحده", "واحد", "عامه", "عام", "اهليه", "محليه", "قديمه", "قديم", "ثانيه", "ثان", "اولي", "كبري", "صغري", "مستقل", "مستقله", "وطنيه"],
        StringComparer.Ordinal);
}
