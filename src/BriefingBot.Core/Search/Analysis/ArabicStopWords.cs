using BriefingBot.Core.Text;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace BriefingBot.Core.Search.Analysis;

/// <summary>
/// Stop words in their folded spelling, so «فى» and «في» are both dropped. Besides function words the list
/// holds question words and dialect interrogatives: they say what kind of answer is wanted, not what it is about.
/// </summary>
public static class ArabicStopWords
{
    private static readonly string[] Words =
    [
        // Question words, standard and dialect.
        "ما", "ماذا", "لماذا", "ماهو", "ماهي", "من", "منو", "مين", "متى", "متي", "اين", "وين", "فين", "كيف", "كيفاش", "شلون", "شو", "ايش", "اش", "شنو", "وش", "ليش", "ليه", "علاش", "كم", "قديش", "اي", "ايه", "هل", "اذا", "امتى", "امتي", "ايمتى", "لم", "لما", "بماذا", "عما", "عم", "مم", "مما", "فيم", "لمن", "بمن", "عمن", "هو", "هي", "هم", "هن", "انت", "انا", "نحن",
        // Particles, prepositions, pronouns, auxiliaries.
        "في", "فى", "الى", "الي", "على", "علي", "عن", "مع", "من", "منذ", "حتى", "حتي", "ب", "ل", "ك", "و", "ف", "ثم", "او", "ام", "بل", "لكن", "لكنه", "لكنها", "ان", "انه", "انها", "بان", "لان", "كان", "كانت", "يكون", "تكون", "سيكون", "ستكون", "سوف", "كانوا", "ليس", "ليست", "قد", "لقد", "لا", "لن", "ولا", "الا", "غير", "سوى", "سوي",
        "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "اولئك", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "هناك", "هنا", "ثمه", "عند", "عندما", "بين", "بعد", "قبل", "حين", "حيث", "كل", "بعض", "جميع", "اي", "ايضا", "كما", "مثل", "دون", "تحت", "فوق", "خلال", "لدى", "لدي", "عليه", "عليها", "فيه", "فيها", "منه", "منها", "به", "بها", "له", "لها", "لهم", "اليه", "اليها", "الذى", "التى",
        "وهو", "وهي", "وقد", "وفي", "ومن", "وما", "وان", "وكان", "وكانت", "ولم", "وهذا", "وهذه", "وذلك", "وعلى", "والى", "وعن", "ومع", "فقط", "جدا", "يا", "اما", "إما", "نعم",
        // Verbs of saying: a question asks what someone said; the passage's words, not «قال», say what about.
        "قال", "قالت", "يقول", "تقول", "قالوا", "يقولون",
        // Request verbs users put in front of a question.
        "اخبرني", "قل", "قلي", "قولي", "اعطني", "ابحث", "عايز", "اريد", "بدي", "ابغى", "ابغي", "ممكن", "لو", "سمحت", "رجاء", "الرجاء", "من فضلك",
    ];

    private static readonly HashSet<string> Folded = Words.Select(word => ArabicText.Fold(word)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FoldedLookup = Folded.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a word in its folded spelling is a stop word.</summary>
    public static bool Contains(ReadOnlySpan<char> folded) => FoldedLookup.Contains(folded);

    public static CharArraySet Create(LuceneVersion version)
    {
        var set = new CharArraySet(version, Folded.Count, ignoreCase: false);
        foreach (var word in Folded)
        {
            set.Add(word);
        }

        return set;
    }
}
