namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>Where a name starts and ends inside a run of name-like words that may hold a role's complement.</summary>
internal static class NameBounds
{
    /// <summary>The longest name taken: «محمد بن عبد الرحمن آل ثاني» has six words.</summary>
    private const int MaxNameWords = BriefingLimits.MaxSpeakerWords;

    /// <summary>
    /// After a construct chain with no article to close it («رئيس جمعية تجار بيروت نقولا شماس»، «الباحثة في معهد غرب
    /// آسيا وشمال أفريقيا هديل الخطيب»), the name may start at any of the run's words: it starts at a known given name
    /// when one stands inside the run, and is otherwise its last two parts (a compound such as «أبو شقرا» is one),
    /// the length of most names quoted with a role.
    /// </summary>
    public static (int Start, List<Word> Name) AtGivenName(int start, List<Word> name, bool afterOpenChain)
    {
        if (!afterOpenChain || name.Count < 3 || SpeakerLexicon.IsParticle(name[0].Folded) || SpeakerLexicon.IsGivenName(name[0].Folded))
        {
            return (start, name);
        }

        for (var k = 1; k <= name.Count - 2; k++)
        {
            if (SpeakerLexicon.IsGivenName(name[k].Folded) && !SpeakerLexicon.IsParticle(name[k - 1].Folded))
            {
                return (start + k, name.GetRange(k, name.Count - k));
            }
        }

        var from = name.Count;
        for (var parts = 0; parts < 2 && from > 0; parts++)
        {
            from -= from >= 2 && SpeakerLexicon.IsParticle(name[from - 2].Folded) ? 2 : 1;
        }

        return (start + from, name.GetRange(from, name.Count - from));
    }

    /// <summary>
    /// A name of at most <see cref="MaxNameWords"/> words: a longer run keeps its last words, without a joiner or the
    /// second part of a compound at its head.
    /// </summary>
    public static (int Start, List<Word> Name) Bounded(int start, List<Word> name)
    {
        var cut = Math.Max(0, name.Count - MaxNameWords);
        while (cut > 0 && cut < name.Count - 1 && (SpeakerLexicon.IsJoiner(name[cut].Folded) || SpeakerLexicon.IsCompoundSecond(name[cut].Folded) || SpeakerLexicon.IsParticle(name[cut - 1].Folded)))
        {
            cut++;
        }

        return cut == 0 ? (start, name) : (start + cut, name.GetRange(cut, name.Count - cut));
    }
}
