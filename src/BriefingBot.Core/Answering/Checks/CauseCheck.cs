using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Declines a question for why something happened when the passages shown tell it only as a given
/// (<see cref="DeclineReason.CauseNotTold"/>).
/// </summary>
internal sealed class CauseCheck : IAnswerCheck
{
    // Asked why something happened, passages that tell it only as a given («منذ اندلاع الحرب … نزح أكثر من أحد عشر مليون»،
    // «بعد توقف الأعمال فيه أكثر من عشر سنوات») are news of what followed it: its cause is not
    // theirs to give. Any form of the verb counts (its verbal noun: «اندلاع» for «اندلعت»); passages that never tell
    // it are not judged, as they may in other words.
    public DeclineReason? Judge(JudgedAnswer answer)
    {
        if (answer.Shape.Caused is { } caused && answer.TermOf(caused) is { Known: true } causedTerm)
        {
            var family = IndexLookups.FamilyOf(causedTerm);
            var telling = answer.Shown.Select(passage => (Text: answer.Top[passage], Spans: answer.Tokens(passage).Find(family))).Where(t => t.Spans.Count > 0).ToList();
            if (telling.Count > 0 && telling.All(t => t.Spans.All(span => Given(t.Text, span))))
            {
                return DeclineReason.CauseNotTold;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the text tells the happening at this place as a given: after a time word («منذ اندلاع»، «بعد أن توقف»),
    /// with no cause given right after it in its clause («بعد ارتفاعها بسبب الجفاف»).
    /// </summary>
    internal static bool Given(string text, TextSpan at)
    {
        var before = ArabicText.FoldedWords(text[..at.Start]);
        static string Bare(string word) => word.Length > 3 && word[0] == 'و' ? word[1..] : word;
        var given = before is [.., var last] && FactWords.Background.Contains(Bare(last))
            || before is [.., var time, "ان"] && FactWords.Background.Contains(Bare(time));
        if (!given)
        {
            return false;
        }

        var end = at.Start + at.Length;
        var rest = text[end..Math.Min(text.Length, end + CauseAfter)];
        var stop = rest.IndexOfAny(['،', ',', '.', '؛']);
        return !ArabicText.FoldedWords(stop < 0 ? rest : rest[..stop]).Any(w => FactWords.CauseMarkers.Contains(w) || GivesPurpose(w));
    }

    /// <summary>
    /// Whether the word gives a purpose: a purpose word («بهدف»، «حفاظًا»), or «لـ» before the verbal noun of a derived verb
    /// («للتخفيف عن الأسر»، «لتوفير المياه»، «لإنقاذ»، «لاستعادة»). Why a thing was done is answered by what it was done for:
    /// «بعد تجميد الرسوم … للتخفيف عن الأسر» tells why the fees were frozen.
    /// </summary>
    internal static bool GivesPurpose(string word)
    {
        if (FactWords.PurposeMarkers.Contains(word))
        {
            return true;
        }

        if (word.Length < 5 || word[0] != 'ل')
        {
            return false;
        }

        var noun = word.StartsWith("لل", StringComparison.Ordinal) ? word[2..] : word[1..];
        return noun.Length == 5 && (noun[0] == 'ت' && noun[3] == 'ي' || noun[0] == 'ا' && noun[3] == 'ا')
            || ArabicWordForms.IsDerivedVerbalNoun(noun);
    }

    /// <summary>How far after a happening told as a given its cause may still be given (characters).</summary>
    private const int CauseAfter = 80;
}
