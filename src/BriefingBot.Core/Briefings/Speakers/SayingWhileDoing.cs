namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «ويقول وهو يمسح الغبار عن جذع العصر إن»، «وتقول وهي تقلّب الجمر بعصا طويلة إن»، «ويضيف وهو يشير إلى الرفوف، أن»: a
/// feature lets a person speak while showing what they do, a circumstantial clause «وهو / وهي» and a present verb between
/// the reporting verb and its «أن». The clause is the speaker's own act (its pronoun agrees with the verb), not a subject:
/// the «أن» after it is the reporting verb's, as if it stood right after the verb.
/// </summary>
internal static class SayingWhileDoing
{
    /// <summary>The most words of the circumstantial clause, its present verb included («وهو يمسح الغبار عن جذع العصر»).</summary>
    private const int MaxClauseWords = 10;

    /// <summary>
    /// The index of the «أن / إن» that closes a circumstantial clause opened right after the reporting verb at
    /// <paramref name="verb"/>; null when no such clause opens there, or it ends, quotes or runs long before an «أن».
    /// </summary>
    public static int? Complementiser(List<Word> words, int verb)
    {
        if (verb + 3 >= words.Count || words[verb].EndsClause || words[verb + 1].EndsClause || words[verb + 1].Folded is not ("وهو" or "وهي")
            || (words[verb + 1].Folded == "وهي") != ReportingVerbs.IsFeminine(SaysLaterInTheSentence.Said(words[verb].Folded))
            || !IsPresentVerb(words[verb + 2], feminine: words[verb + 1].Folded == "وهي"))
        {
            return null;
        }

        for (var k = verb + 3; k < words.Count && k <= verb + 1 + MaxClauseWords; k++)
        {
            if (words[k].IsComplementiser)
            {
                // «وهو يشير إلى الرفوف، أن»: a comma may close the clause right before the «أن».
                return words[k - 1].EndsClause && !words[k - 1].EndsWithComma ? null : k;
            }

            if (words[k - 1].EndsClause || words[k].OpensQuote)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// «ويقول وهو يقفل القفل النحاسي: "…"»، «تقول وهي تعد العقد بأصابعها: "…"»، «يقول: "…"»: the reporting verb, right
    /// away or after the circumstantial clause of what the person does, brings its words in by a colon and a quotation
    /// instead of «أن». The index of the word that opens the quotation; null when nothing is quoted so.
    /// </summary>
    public static int? QuotationOpened(List<Word> words, int verb)
    {
        if (verb + 1 >= words.Count)
        {
            return null;
        }

        if (words[verb].EndsWithColon)
        {
            return words[verb + 1].OpensQuote ? verb + 1 : null;
        }

        if (verb + 3 >= words.Count || words[verb].EndsClause || words[verb + 1].EndsClause || words[verb + 1].Folded is not ("وهو" or "وهي")
            || (words[verb + 1].Folded == "وهي") != ReportingVerbs.IsFeminine(SaysLaterInTheSentence.Said(words[verb].Folded))
            || !IsPresentVerb(words[verb + 2], feminine: words[verb + 1].Folded == "وهي"))
        {
            return null;
        }

        for (var k = verb + 2; k + 1 < words.Count && k <= verb + MaxClauseWords; k++)
        {
            if (words[k].EndsWithColon)
            {
                return words[k + 1].OpensQuote ? k + 1 : null;
            }

            if (words[k].EndsClause || words[k + 1].OpensQuote)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>«يمسح»، «تقلّب»، «يشير»: a present verb whose prefix agrees with the pronoun before it.</summary>
    private static bool IsPresentVerb(Word w, bool feminine) =>
        w.Folded.Length >= 3 && w.Folded[0] == (feminine ? 'ت' : 'ي') && !w.EndsClause && !w.OpensQuote;
}
