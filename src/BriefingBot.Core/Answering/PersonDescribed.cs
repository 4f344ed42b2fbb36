using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.SpeakerQuestion;

namespace BriefingBot.Core.Answering;

/// <summary>
/// A person a question tells by a clause about what they do or did («شو قال الشب اللي ترك دراسة المحاسبة وصار صياد؟»),
/// and the trade that heads such a clause («النجار اللي …»), which is no one's surname.
/// </summary>
internal static class PersonDescribed
{
    /// <summary>«الي»: chat's «اللي» written with one lam («شو قال الي عنده المحل بالحميدية؟»).</summary>
    internal const string ChatRelative = "الي";

    /// <summary>
    /// Rule «a trade before «اللي» is the description's head, not a surname»: «الخوري اللي بيفتح الكنيسة للسياح شو قال»،
    /// «الطالب اللي يدرس الإعلام الآلي في بسكرة شو قال»، «شو قال النجار اللي يسوي رفوف المكتبات؟» ask of the priest, the
    /// student, the carpenter the clause describes, not of «ماري الخوري»، «أحمد سالم ولد الطالب»، «مرتضى كريم النجار», whose
    /// surnames the trades are. A trade with the article right before the relative («اللي / الذي / التي / الي») is what the
    /// person is, the clause which one: the search finds the passage that tells it (<see cref="AsksOfSomeoneDescribed"/>).
    /// The trade's positions in the question, where no surname is matched.
    /// </summary>
    internal static HashSet<int> TradeHeadsOfAClause(IReadOnlyList<string> words)
    {
        var found = new HashSet<int>();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (words[i].StartsWith("ال", StringComparison.Ordinal) && (FactWords.RelativePronouns.Contains(words[i + 1]) || words[i + 1] == ChatRelative)
                && IsTrade(words[i]))
            {
                found.Add(i);
            }
        }

        return found;
    }

    /// <summary>
    /// Whether a folded word with the article names a trade: a title of the lexicon («الطالب»، «الخياط»), a noun of the craft
    /// pattern فعّال, which the folding leaves four letters with «ا» third («النجار»، «الخطاط»، «العطار»، «الصباغ»، «الحداد»)
    /// or five with the feminine ending («الخياطة»), or a clergy office that is a surname as often («الخوري»، «الشماس»).
    /// </summary>
    internal static bool IsTrade(string folded)
    {
        var bare = SpeakerLexicon.WithoutPrefixes(folded);
        return SpeakerLexicon.IsTitle(folded) || ClergySurnames.Contains(bare)
            || bare.Length == 4 && bare[2] == 'ا' || bare.Length == 5 && bare[2] == 'ا' && bare[4] is 'ه' or 'ة';
    }

    /// <summary>Clergy offices, folded without the article, that are Levantine surnames too («ماري الخوري»، «جورج الشماس»).</summary>
    private static readonly HashSet<string> ClergySurnames = new(new[] { "خوري", "شماس" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>The most words a person is called by before the clause describing them («طالب الهندسة اللي …»، «الرسام الشيباني اللي …»).</summary>
    private const int MaxWordsBeforeTheClause = 3;

    /// <summary>
    /// Rule «a person described by a clause»: «شو قال الشب اللي ترك دراسة المحاسبة وصار صياد؟»، «الخوري اللي بيفتح
    /// الكنيسة للسياح شو قال»، «شو قال الي عنده المحل بالحميدية؟» ask what someone said and tell who by what they do or
    /// did, in a relative clause right after the words asking (or a few words calling them: a title, an age, a trade).
    /// As with a claim (<see cref="AsksWhoSaidAClaim"/>), the word search finds the passage that tells it, and its speaker's
    /// words are the answer (<see cref="QuestionAnswerer"/>). Not a clause after «عن»: it describes the subject asked about
    /// («ماذا قال الوزير عن المشروع الذي …»).
    /// </summary>
    internal static bool AsksOfSomeoneDescribed(string question)
    {
        var words = CompoundNames.Glued(ArabicText.FoldedWords(question));
        var clause = words.ToList().FindIndex(w => FactWords.RelativePronouns.Contains(w) || w == ChatRelative);
        if (clause < 0 || clause + 1 >= words.Count || !words.Any(IsSpeechWord) || words.Take(clause).Any(SpeakerRoster.TopicMarkers.Contains))
        {
            return false;
        }

        var calledBy = words.Take(clause).Count(w => !Filler.Contains(w) && !IsSpeechWord(w));
        return calledBy <= MaxWordsBeforeTheClause && !IsSpeechWord(words[clause + 1]);
    }
}
