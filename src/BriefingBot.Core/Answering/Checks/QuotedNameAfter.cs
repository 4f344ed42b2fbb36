namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Where a name starts after a noun, when the news quotes it: a quotation mark opening right after the noun («ابنه
/// "محمد"»، «شركة «تاف»»). Read alike by the checks that ask whether a kin or a thing is named where it is spoken of.
/// </summary>
internal static class QuotedNameAfter
{
    /// <summary>
    /// Whether a quotation opens right after the word at <paramref name="at"/> of a clause split at white space (no empty
    /// words): the word ends with its opening mark, or the next word starts with one.
    /// </summary>
    public static bool Opens(string[] words, int at) =>
        words[at].EndsWith('"') || words[at].EndsWith('«') || at + 1 < words.Length && words[at + 1].Length > 0 && words[at + 1][0] is '"' or '«' or '“';
}
