using BriefingBot.Core.Text;

namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «وبحسب رئيس بلدية بشري مارون فخري، تعمل البلدية على …»، «وبحسب رئيس المجلس البلدي في نالوت عبد الحكيم الرقيعي، تعمل
/// البلدية على …»: an opener with no verb of its own («بحسب»، «وفقًا لـ») names its source up to the comma after the name when
/// a verb in the present opens the clause after it; that clause is what the source says, no apposition to read a name in
/// (its subject, its object, a place in it were read as the source's name, and the whole clause as its title).
/// </summary>
internal static class SourceClosedByComma
{
    /// <summary>The longest present verb, with its future «سـ» and a plural ending («سيتراجعون»).</summary>
    private const int MaxVerbLength = 8;

    /// <summary>Whether word <paramref name="at"/> ends in a comma and the next word is a present verb opening what is said.</summary>
    public static bool At(List<Word> words, int at) =>
        at + 1 < words.Count && words[at].EndsWithComma && OpensClauseWithVerb(words[at + 1]);

    /// <summary>
    /// «تعمل»، «يدرس»، «سيتراجع»، «تتواصل»: a prefix «يـ/تـ» (after a future «سـ») and no ending of a noun or relative
    /// adjective; not a listed given name («تامر»), a place («تونس»), a word with the article, nor a noun on the pattern
    /// «فاعل» («تاجر»), which may open an apposition.
    /// </summary>
    private static bool OpensClauseWithVerb(Word w)
    {
        var f = w.Folded;
        var stem = f.Length > 4 && f[0] == 'س' && f[1] is 'ي' or 'ت' ? f[1..] : f;
        return !w.OpensQuote && !w.EndsClause && f.Length <= MaxVerbLength && stem.Length >= 3 && stem[0] is 'ي' or 'ت' && stem[1] != 'ا'
            && stem[^1] is not ('ي' or 'ه' or 'ة' or 'ى') && !SpeakerLexicon.IsGivenName(f) && !SpeakerLexicon.HasArticle(f)
            && !Gazetteer.Places.Contains(f);
    }
}
