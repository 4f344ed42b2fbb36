namespace BriefingBot.Core.Search;

/// <summary>
/// A hamza is written on a seat chosen by its vowels, and the same word moves it: «أسماء» but «أسماؤه»، «أسمائه»; readers
/// also write it on the line where it sits on a «ي» («قاءد» for «قائد»). Folded, the seats are «و» and «ي», so «أسماؤه»
/// (stem «اسماو») never met the «أسماء» of a passage. Read back for a word the index does not know only
/// (<see cref="QuestionTermExpander"/>), as the word itself: a final «او» or «اي» as the final «اء» it was, and a hamza on
/// the line inside a word as the «ئ» or «ؤ» (folded «ي»، «و») it stands for.
/// </summary>
internal static class HamzaSeats
{
    public static IEnumerable<string> Of(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length >= 4 && word[^2] == 'ا' && word[^1] is 'و' or 'ي')
        {
            yield return word[..^1] + "ء";
        }

        var hamza = word.IndexOf('ء', 1);
        if (hamza > 0 && hamza < word.Length - 1)
        {
            yield return string.Concat(word.AsSpan(0, hamza), "ي", word.AsSpan(hamza + 1));
            yield return string.Concat(word.AsSpan(0, hamza), "و", word.AsSpan(hamza + 1));
        }
    }
}
