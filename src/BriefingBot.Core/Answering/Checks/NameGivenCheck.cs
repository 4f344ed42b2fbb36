using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for the name of a company, a partner or a person the passages shown leave unnamed
/// (<see cref="DeclineReason.NameNotGiven"/>).
/// </summary>
internal sealed class NameGivenCheck : IAnswerCheck
{
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        var (shape, top, shown) = (answer.Shape, answer.Top, answer.Shown);

        // News that leaves a company or a partner unnamed says so by an indefinite noun and its adjective of origin («شركة
        // إماراتية»، «شريك دنماركي»): asked its name, that briefing cannot give it, unless another of its passages shown
        // names it. A company of that country named in another briefing («شركة توتال الفرنسية» in Iraq) is another company.
        // An unnamed one in another briefing than the answer's is other news when the answer's speaks of such things itself:
        // «يعبران عشر محافظات عراقية» on a road does not unname «محافظات ذي قار وميسان والبصرة» in the marshes' briefing.
        if (shape.NameAsked is [var thing, var origin]
            && shown.Any(passage => Mentions(top[passage], thing, origin, named: false)
                && !shown.Any(other => answer.PassageAt(other).BriefingId == answer.PassageAt(passage).BriefingId && Mentions(top[other], thing, origin, named: true))
                && !(answer.PassageAt(passage).BriefingId != answer.PassageAt(0).BriefingId && SpeaksOf(answer, thing))))
        {
            return DeclineReason.NameNotGiven;
        }

        // News says when it leaves a person unnamed: «زميل له»، «مهندسًا … طلب عدم ذكر اسمه». Asked their name, a passage
        // shown that speaks of them so cannot give it.
        // A passage shown from the same briefing that names someone of that kind («المهندس خالد النور») may be the one asked
        // of; one of another briefing is someone else.
        if (shape.NamedAsked is { } person
            && shown.Any(passage => Unnamed(top[passage], person)
                && !shown.Any(other => answer.PassageAt(other).BriefingId == answer.PassageAt(passage).BriefingId && NamesOne(top[other], person))))
        {
            return DeclineReason.NameNotGiven;
        }

        return null;
    }

    /// <summary>Whether a passage shown from the first passage's briefing has the noun, with the article or without.</summary>
    private static bool SpeaksOf(JudgedAnswer answer, string noun) =>
        answer.Shown.Any(passage => answer.PassageAt(passage).BriefingId == answer.PassageAt(0).BriefingId
            && ArabicText.FoldedWords(answer.Top[passage]).Any(w => IndefiniteOf(w, noun) || DefiniteOf(w, noun)));

    /// <summary>
    /// Whether the text has the noun without the article (through a conjunction or preposition: «لشركة») followed by the
    /// place's adjective without it («شركة فرنسية»، «شركة تأجير إيرلندية»: unnamed), or by a name and the adjective with it («شركة توتال
    /// الفرنسية»: named). The noun with the article right before the adjective with it («الشركة الكورية المنفذة») is the
    /// same unnamed company spoken of again: a name stands between them when the news gives one.
    /// </summary>
    private static bool Mentions(string text, string noun, string origin, bool named)
    {
        var places = Gazetteer.PlacesOfAdjective(origin).ToHashSet(StringComparer.Ordinal);
        bool Of(string word) => Gazetteer.PlacesOfAdjective(word).Any(places.Contains);
        var words = ArabicText.FoldedWords(text);
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var w = words[i];
            if (!named && DefiniteOf(w, noun) && words[i + 1].StartsWith("ال", StringComparison.Ordinal) && Of(words[i + 1]))
            {
                return true;
            }

            if (!IndefiniteOf(w, noun))
            {
                continue;
            }

            // «شركة تأجير إيرلندية»، «شركة طيران سعودية»: a noun of what the company does may stand between.
            if (named ? words.Skip(i + 2).Take(3).Any(a => a.StartsWith("ال", StringComparison.Ordinal) && Of(a))
                : !words[i + 1].StartsWith("ال", StringComparison.Ordinal) && (Of(words[i + 1]) || i + 2 < words.Count && words[i + 1].Length >= 3
                    && !FactWords.Prepositions.Contains(words[i + 1]) && !words[i + 2].StartsWith("ال", StringComparison.Ordinal) && Of(words[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the text speaks of the person without the article (through a conjunction or preposition, or in the
    /// accusative: «مهندسًا») and says it leaves them unnamed: «له/لها» right after («مع زميل له»), or a name withheld
    /// («طلب عدم ذكر اسمه»، «رفض الكشف عن هويتها»).
    /// </summary>
    private static bool Unnamed(string text, string person)
    {
        var words = ArabicText.FoldedWords(text);
        var withheld = words.Any(w => w is "اسمه" or "اسمها" or "هويته" or "هويتها") && words.Any(w => w is "عدم" or "رفض" or "رفضت" or "دون" or "يذكر" or "تذكر");
        return words.Where((w, i) => (IndefiniteOf(w, person) || w == person + "ا")
                && (withheld || i + 1 < words.Count && words[i + 1] is "له" or "لها" or "لهم"))
            .Any();
    }

    /// <summary>Whether the text gives the noun with the article and a name after it: «المهندس خالد», not «المهندس البحري».</summary>
    private static bool NamesOne(string text, string person)
    {
        var words = ArabicText.FoldedWords(text);
        return words.Where((w, i) => DefiniteOf(w, person) && i + 1 < words.Count && words[i + 1].Length >= 3 && !words[i + 1].StartsWith("ال", StringComparison.Ordinal)
                && !FactWords.Prepositions.Contains(words[i + 1]) && !FactWords.Leads.Contains(words[i + 1]))
            .Any();
    }

    /// <summary>Whether the word is the noun without the article, through one conjunction or preposition: «شركة»، «لشركة»، «وزميل».</summary>
    internal static bool IndefiniteOf(string word, string noun) => ArabicWordForms.Spells(word, noun);

    /// <summary>Whether the word is the noun with the article, through a conjunction or preposition: «الشركة»، «وبالشركة»، «للشركة».</summary>
    internal static bool DefiniteOf(string word, string noun) =>
        word.EndsWith(noun, StringComparison.Ordinal)
        && word[..^noun.Length] is "ال" or "وال" or "فال" or "بال" or "كال" or "وبال" or "فبال" or "لل" or "ولل" or "فلل";
}
