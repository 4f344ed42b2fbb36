using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for the name of someone's kin («شو اسم بنت حليمة الساهل؟»، «ما أسماء أبناء صالح الجبالي؟») when the
/// passages shown speak of that kin without naming them (<see cref="DeclineReason.NameNotGiven"/>).
/// </summary>
internal sealed class KinNameCheck : IAnswerCheck
{
    // News speaks of the children, siblings and grandchildren of the people it quotes by a possessive («لابنتها»، «أبناءه
    // الثلاثة»، «مع أختها عند مدخل الخان»، «وقف حفيده يناوله الحطب») or in construct with the person («ابن صالح»), and names
    // them, when it does, right after: a given name («حفيده ياسين»)، a quoted name, a verb of naming («ابنه، واسمه …»).
    // The kin word is spelt as the passage spells it, not as the chat asks it: «بنت» is «ابنتها», «ولاد» «أبنائها». A
    // word after the kin that is no given name the bot knows (a verb, a number, a preposition: «أبناءها يعملون»، «أبناء
    // طبرقة») names no one. Judged only where a passage shown that names the person asked of speaks of such kin.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.NamedAsked is not { } asked || KinLexicon.WrittenStemsOf(asked) is not { } stems)
        {
            return null;
        }

        var person = answer.Shape.About.Where(w => w.Length >= 3 && w != asked).ToHashSet(StringComparer.Ordinal);
        var speakers = new Lazy<HashSet<string>>(() => answer.Index.Speakers()
            .Select(s => ArabicText.FoldedWords(s)).Where(n => n.Count > 0).Select(n => n[0]).ToHashSet(StringComparer.Ordinal));
        // Kin of someone else is not the kin asked: «ابنه ياسين» in a trader's passage names no son of the woman asked of. The
        // person is told by the last word of their name the briefings use (a surname: «مبروك» is also «مبروكة»).
        var surname = answer.Shape.About.Where(person.Contains).Select(answer.TermOf).OfType<Search.TermMatch>().LastOrDefault(t => t.Known);
        var (spoken, named) = (false, false);
        foreach (var passage in answer.Shown.Where(p => surname is null || answer.Has(p, surname)))
        {
            foreach (var clause in answer.Top[passage].Split(FactWords.ClauseEnds))
            {
                var raw = clause.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                var words = raw.Select(w => string.Concat(ArabicText.Fold(w).Where(ArabicText.IsArabicLetter))).ToList();
                for (var i = 0; i < words.Count; i++)
                {
                    if (MentionOf(words[i], stems) is not { } mention)
                    {
                        continue;
                    }

                    var next = i + 1 < words.Count ? words[i + 1] : null;
                    var isName = NameAfter(raw, words, i, speakers);
                    if (mention == Mention.Possessed || isName || next is not null && person.Contains(next))
                    {
                        spoken = true;
                        named |= isName;
                    }
                }
            }
        }

        return spoken && !named ? DeclineReason.NameNotGiven : null;
    }

    private enum Mention
    {
        Bare,
        Possessed,
    }

    /// <summary>
    /// Whether the word is a kin word of the family, bare («أبناء»، «الحفيد»، «لابن») or with a possessive pronoun («ابنتها»،
    /// «أبناءه»، «لحفيده»), through one conjunction or preposition.
    /// </summary>
    private static Mention? MentionOf(string word, IReadOnlyList<string> stems)
    {
        foreach (var bare in Unprefixed(word))
        {
            foreach (var stem in stems)
            {
                if (bare == stem)
                {
                    return Mention.Bare;
                }

                if (bare.Length > stem.Length && bare.StartsWith(stem, StringComparison.Ordinal) && Pronouns.Contains(bare[stem.Length..]))
                {
                    return Mention.Possessed;
                }
            }
        }

        return null;
    }

    /// <summary>The word as written, without one conjunction or preposition, and without the article.</summary>
    private static IEnumerable<string> Unprefixed(string word)
    {
        yield return word;
        foreach (var prefix in Prefixes)
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return word[prefix.Length..];
            }
        }
    }

    /// <summary>
    /// Whether a name follows the kin word: a given name or the first word of someone the briefings quote, a quote opening,
    /// or a word of naming in the three words after it («واسمه»، «تدعى»).
    /// </summary>
    private static bool NameAfter(string[] raw, List<string> words, int at, Lazy<HashSet<string>> speakers)
    {
        if (QuotedNameAfter.Opens(raw, at))
        {
            return true;
        }

        if (words.Skip(at + 1).Take(3).Any(w => Unprefixed(w).Any(NamingWords.Contains)))
        {
            return true;
        }

        return at + 1 < words.Count && words[at + 1] is { Length: >= 2 } next
            && (SpeakerLexicon.IsGivenName(next) || SpeakerLexicon.IsArticleGivenName(next) || speakers.Value.Contains(next));
    }

    /// <summary>Possessive pronouns after a kin word, folded: «ابنه»، «ابنتها»، «أبناءهم».</summary>
    private static readonly HashSet<string> Pronouns = new(["ه", "ها", "هم", "هما", "هن"], StringComparer.Ordinal);

    /// <summary>Prefixes a kin word is written after, folded: «لابنتها»، «وأبناؤه»، «الحفيد»، «للحفيد».</summary>
    private static readonly string[] Prefixes = ["وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل"];

    /// <summary>Words of naming after a kin word, folded: «اسمه»، «تدعى»، «يسمى».</summary>
    private static readonly HashSet<string> NamingWords = new(["اسمه", "اسمها", "اسمهم", "يدعي", "تدعي", "يسمي", "تسمي"], StringComparer.Ordinal);
}
