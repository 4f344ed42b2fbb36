using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.SpeakerQuestion;

namespace BriefingBot.Core.Answering;

/// <summary>
/// The holders of a title or office a question asks of by the title, not by name («ماذا قال وزير الزراعة عن …؟»، «ماذا
/// قالت مفوضية اللاجئين؟»): the subject after the title, the body the question names, and the other holders a reply names.
/// </summary>
public static class TitleHoldersAsked
{
    /// <summary>
    /// «شو قالت الباحثة عن السلالات التي تتحمل العطش؟»: a title and then a subject, the whole naming no one's role. The
    /// title is what comes before the last word that opens the subject («عن»، or «في» after «رأي») for which a holder is found, and the
    /// holders who speak of the subject are asked of (<see cref="SpeakerRoster.HoldersSpeakingOf"/>).
    /// </summary>
    internal static IReadOnlyList<string> HoldersOnSubject(IReadOnlyList<string> words, SpeakerRoster roster, bool asksOfAWoman, bool amongEveryHolder = false)
    {
        for (var m = words.Count - 2; m > 0; m--)
        {
            if (!SpeakerRoster.TopicMarkers.Contains(words[m]) && !(words[m] == "في" && words.Take(m).Any(OpinionWords.Contains)))
            {
                continue;
            }

            var title = words.Take(m).Where(w => !SpeechWords.Contains(w) && !SpeechWords.Contains(StripConjunction(w)) && (!Filler.Contains(w) || SpeakerLexicon.IsTitle(w)));
            if (roster.HoldersSpeakingOf(title, [.. words.Skip(m + 1)], asksOfAWoman, amongEveryHolder) is { Count: > 0 } holders)
            {
                return holders;
            }
        }

        return [];
    }

    /// <summary>
    /// The other holders of the title a question asked by («ماذا قالت الوزيرة؟») when more hold it than an answer gives the
    /// words of and <paramref name="answered"/>, the newest, was answered alone: the reply names them so the asker can ask
    /// by name. Empty when the question names the person, or the title has few holders.
    /// </summary>
    public static IReadOnlyList<string> OtherHolders(string question, string answered, SpeakerRoster roster, Func<string, bool>? inScope = null)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var words = CompoundNames.Glued(ArabicText.FoldedWords(question));
        if (ArabicText.FoldedWords(answered).Any(w => words.Contains(w) || words.Any(q => StripConjunction(q) == w)))
        {
            return [];
        }

        var roleWords = words.Where(w => !SpeechWords.Contains(w) && !SpeechWords.Contains(StripConjunction(w)) && (!Filler.Contains(w) || SpeakerLexicon.IsTitle(w)));
        return roster.OtherHolders(roleWords, answered, AsksOfAWoman(words), inScope);
    }

    /// <summary>
    /// «المدير العام للمكتب الوطني للسكك الحديدية»، «الأمين العام لوزارة المياه»: a title and its adjective right before
    /// the body: its holder is asked of, as after a title alone.
    /// </summary>
    internal static bool TitleWithItsAdjective(IReadOnlyList<string> words, int bodyAt) =>
        bodyAt >= 2 && SpeakerLexicon.HasArticle(words[bodyAt - 1]) && !SpeakerLexicon.IsTitle(words[bodyAt - 1]) && SpeakerLexicon.IsTitle(words[bodyAt - 2]);

    /// <summary>
    /// The body the question names: from its first organisation noun («مفوضية»، «وزارة») to the end of its name (a
    /// preposition but «لـ» that opens a complement, a speech word, or the end); empty when it names none.
    /// </summary>
    internal static List<string> BodyNamed(IReadOnlyList<string> words)
    {
        const int MaxBodyWords = 6;
        var from = -1;
        for (var i = 0; i < words.Count && from < 0; i++)
        {
            from = SpeakerLexicon.IsOrganisation(words[i]) ? i : -1;
        }

        var body = new List<string>();
        for (var k = from; k >= 0 && k < words.Count && body.Count < MaxBodyWords; k++)
        {
            if (k > from && (Filler.Contains(words[k]) || IsSpeechWord(words[k]) || SpeakerLexicon.IsPreposition(words[k])))
            {
                break;
            }

            body.Add(words[k]);
        }

        return body;
    }
}
