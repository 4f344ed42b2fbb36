namespace BriefingBot.Core.Search;

/// <summary>
/// A noun counted after «كم» is in the accusative («كم طنًّا؟»، «كم يومًا؟»), and readers leave out the tanween's mark but
/// keep its alef: «كم طنا». The analyser drops such an alef from words of four letters or more («يوما» is «يوم»), not
/// from a three-letter word, where the alef is as often the word's own («غدا»، «جدا»); so «طنا» met no «طن». Read back
/// for a word the index does not know only (<see cref="QuestionTermExpander"/>), as the word itself.
/// </summary>
internal static class BareAccusative
{
    public static IEnumerable<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 3 && word[2] == 'ا' && word[1] != 'ا' && word[0] >= '\u0600')
        {
            yield return word[..2];
        }
    }
}
