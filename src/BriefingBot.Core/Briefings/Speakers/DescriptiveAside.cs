namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// «أما أم ياسين، وهي أرملة من دوار …، فتقول»، «سعاد الهاشمي، وهي مهندسة …، قالت»: an aside opened by «وهو / وهي»
/// right after the name's comma and closed by a comma says what the speaker is. Newsrooms write it where others write
/// the role alone in apposition («سعاد الهاشمي، مهندسة …، قالت»), so the subject is read without the pronoun, and the
/// aside's words do not count against the reach between a subject's opening and its verb.
/// </summary>
internal static class DescriptiveAside
{
    /// <summary>The longest aside read: a role with its place and a clause («وهي أرملة تعيل أربعة أطفال من غلة …»).</summary>
    private const int MaxWords = 16;

    private static readonly string[] PronounOpeners = ["وهو", "وهي"];

    /// <summary>The word that closes, with its comma, the aside opened at <paramref name="k"/>; null when none opens there or none closes it soon.</summary>
    public static int? Closing(List<Word> words, int k) => ClosingOf(words, k, MaxWords, PronounOpeners);

    /// <summary>
    /// The word that closes, with its comma, a set-off clause opened at <paramref name="k"/> right after a comma by one of
    /// <paramref name="openers"/> and closed within <paramref name="maxWords"/>; null when «أن» or a quotation comes first,
    /// or the clause ends without a comma: then it is what was said, not an aside about the speaker.
    /// </summary>
    public static int? ClosingOf(List<Word> words, int k, int maxWords, string[] openers)
    {
        if (k == 0 || k + 1 >= words.Count || !words[k - 1].EndsWithComma || !openers.Contains(words[k].Folded) || words[k].EndsClause)
        {
            return null;
        }

        for (var j = k + 1; j < words.Count && j <= k + maxWords; j++)
        {
            // «، وهو رجل هادئ يلقبه أطفال بشري "جدو الأرز"،»: the nickname a verb of naming gives is part of the aside.
            if (words[j].OpensQuote && NicknameGiven.NamedBefore(words, j) && NicknameGiven.QuoteClosing(words, j) is { } closing)
            {
                j = closing;
            }
            else if (words[j].IsComplementiser || words[j].OpensQuote)
            {
                return null;
            }

            if (words[j].EndsClause)
            {
                return words[j].EndsWithComma ? j : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The words with the pronoun of each aside opened in [<paramref name="from"/>, <paramref name="to"/>) left out, and where
    /// word <paramref name="to"/> stands then; the same list when there is none.
    /// </summary>
    public static (List<Word> Words, int To) WithoutPronouns(List<Word> words, int from, int to) => Without(words, from, to, wholeAside: false);

    /// <summary>
    /// The words with each aside opened in [<paramref name="from"/>, <paramref name="to"/>) left out whole, pronoun to closing
    /// comma, for an aside too long to read as a role («وهي أرملة من دوار إد عيسى كانت تصنع …»); the same list when there is none.
    /// </summary>
    public static (List<Word> Words, int To) WithoutAsides(List<Word> words, int from, int to) => Without(words, from, to, wholeAside: true);

    private static (List<Word> Words, int To) Without(List<Word> words, int from, int to, bool wholeAside)
    {
        var left = new HashSet<int>();
        for (var k = from; k < to; k++)
        {
            if (Closing(words, k) is { } end && end < to)
            {
                left.UnionWith(Enumerable.Range(k, wholeAside ? end - k + 1 : 1));
            }
        }

        return left.Count == 0 ? (words, to) : (words.Where((_, k) => !left.Contains(k)).ToList(), to - left.Count);
    }
}
