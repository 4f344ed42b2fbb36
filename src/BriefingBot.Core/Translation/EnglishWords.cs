namespace BriefingBot.Core.Translation;

/// <summary>Telling an English question from an Arabic one, its words, and the base forms an inflected word is looked up as.</summary>
public static class EnglishWords
{
    /// <summary>Function words and question words: they carry no topic, and their dictionary translations would only add noise.</summary>
    private static readonly HashSet<string> StopWords = new(
        """
        a an the is are was were be been being am do does did doing done have has had having will would shall should can could may might must
        what which who whom whose when where why how whats what's whos who's
        of in on at to for from by with about as into onto than then that this these those there here it its it's they them their theirs
        he him his she her hers we us our you your yours i me my mine and or but if so not no nor also just very more most much many any some
        all both each other such only own same too again further once up down out off over under between through during before after above
        below against until while because since tell know please according said say says saying think thinks thought opinion view views
        anything something thing things there's let lets ok okay yes really still even ever
        get gets getting got go goes going went come comes coming happen happens happened happening become becomes becoming
        today now currently latest news briefing
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>
    /// An English question: more Latin letters than Arabic ones, and at least a word's worth of them.
    /// A bare Latin name is matched as a speaker before this is asked.
    /// </summary>
    public static bool IsEnglish(string text)
    {
        int latin = 0, arabic = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (Text.ArabicText.IsArabicLetter(c))
            {
                arabic++;
            }
        }

        return latin >= 2 && latin > arabic;
    }

    /// <summary>The words of an English question in order, lower-cased, with a flag for those written with a capital (names).</summary>
    public static IReadOnlyList<(string Word, bool Capitalized)> Words(string text)
    {
        var words = new List<(string, bool)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsAsciiLetter(text[i]) || (text[i] == '\'' && start >= 0));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i].TrimEnd('\'');
                if (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase))
                {
                    word = word[..^2];
                }

                if (word.Length > 0)
                {
                    words.Add((word.ToLowerInvariant(), char.IsAsciiLetterUpper(word[0])));
                }

                start = -1;
            }
        }

        return words;
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>The word, then the base forms it may be an inflection of, most likely first («visited» → visited, visit, visite).</summary>
    public static IEnumerable<string> BaseForms(string word)
    {
        yield return word;
        if (word.Length <= 3)
        {
            yield break;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word[..^3] + "y";
        }

        if (word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            yield return word[..^1];
        }

        foreach (var ending in (string[])["ied", "ed", "ing"])
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length - ending.Length < 2)
            {
                continue;
            }

            var stem = word[..^ending.Length];
            if (ending == "ied")
            {
                yield return stem + "y";
                continue;
            }

            yield return stem;
            yield return stem + "e";
            // A doubled final consonant: «stopped» → «stop».
            if (stem.Length >= 3 && stem[^1] == stem[^2])
            {
                yield return stem[..^1];
            }
        }

        if (word.EndsWith("ly", StringComparison.Ordinal))
        {
            yield return word[..^2];
        }
    }
}
