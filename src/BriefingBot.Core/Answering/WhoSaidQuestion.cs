using BriefingBot.Core.Briefings;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering;

/// <summary>
/// A question read as «who said …»: a word asking who («من»، «مين»، «منو»، «شكون»), the chat's «اللي» if any, the verb,
/// then what was said, opened by «إن / أن» («من قال إن البن كان يقدم جزءا من المهر؟») or not («مين قال الطين أحسن من
/// الإسمنت؟»). The one reading behind the rules that answer who said a claim: the claim after «إن»
/// (<see cref="ClaimAfterThat"/>, <see cref="SpeakerQuestion.AsksWhoSaidAClaim"/>) and the claim asked without it
/// (<see cref="AsksWithoutThat"/>, <see cref="SpeakerQuestion.AsksWhoSaidWithoutThat"/>).
/// </summary>
internal sealed class WhoSaidQuestion
{
    /// <summary>The fewest words a claim asked without «إن» has: «مين قال كذا؟» asks of no claim.</summary>
    private const int MinClaimWords = 2;

    /// <summary>
    /// The relative chat puts between «مين» and the verb («مين اللي قال …»، «منو الي كال …»، «مين يلي حكى …»), folded.
    /// </summary>
    private static readonly HashSet<string> WhoRelatives = new(new[] { "اللي", PersonDescribed.ChatRelative, "إللي", "يلي", "الذي", "التي" }.Select(w => ArabicText.Fold(w)), StringComparer.Ordinal);

    /// <summary>
    /// «إن / أن» as a claim opens with it: bare, with «ب», with the pronoun of whom it tells («من قال إنه أمسك …؟»، «من قال
    /// إنهم ما يبون …؟»، «مين قالت إننا نزرع …»), and the Levantine and Iraqi «إنو» («مين قال إنو المازوت أهم من القانون؟»).
    /// Not «إني»: Iraqi chat's «أني» is «I».
    /// </summary>
    private static readonly HashSet<string> ThatWords = new(
        new[] { "إن", "أن", "بأن", "ان", "بان", "إنو", "أنو", "انو", "إنه", "أنه", "بأنه", "إنها", "أنها", "بأنها", "إنهم", "أنهم", "بأنهم", "إنهن", "أنهن", "إننا", "أننا", "إنك", "أنك" }
            .Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>
    /// The plain verbs of saying, in the dialects too, that ask who said a claim without «إن». Not the press's verbs of
    /// announcing, stating or warning («من أعلن …؟»، «من صرّح …؟»، «من حذر …؟»): without «إن» they ask who did something
    /// a briefing may not tell («من أعلن موعد …؟»), and read as claims they cost three blind sets an off-topic decline each.
    /// </summary>
    private static readonly HashSet<string> SayVerbs = new(
        new[]
        {
            "قال", "قالت", "قالو", "قالوا", "يقول", "تقول", "بيقول", "بتقول", "كال", "كالت", "كالو", "كالوا", "يكول", "تكول",
            "حكى", "حكا", "حكت", "يحكي", "تحكي", "بيحكي", "بتحكي", "حجت", "يحجي", "تحجي", "كيقول", "كتقول", "هضر", "هضرت",
        }.Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs of having spoken of something («مين اللي تكلم عن السواني …؟»), which ask who said it as a verb of saying does.
    /// Past only: «مين يتكلم الإسبانية؟» asks who speaks a language.
    /// </summary>
    private static readonly HashSet<string> SpokeOfVerbs = new(
        new[] { "تكلم", "تكلمت", "اتكلم", "اتكلمت", "تحدث", "تحدثت" }.Select(w => ArabicText.Fold(w)),
        StringComparer.Ordinal);

    private readonly IReadOnlyList<string> _words;

    /// <summary>Where the verb stands: after the word asking who, or after the relative that follows it.</summary>
    private readonly int _verb;

    /// <summary>Where the first «إن / أن» after the verb stands; -1 with none.</summary>
    private readonly int _that;

    private WhoSaidQuestion(IReadOnlyList<string> words, int verb, int that)
    {
        _words = words;
        _verb = verb;
        _that = that;
    }

    /// <summary>
    /// <paramref name="words"/> (folded, glued) read as «who said …»: null when they do not open with a word asking who and
    /// a word after it (or after its relative) for the verb. Whether that word is a verb of saying is each reader's to judge.
    /// </summary>
    public static WhoSaidQuestion? Read(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < 2 || !FactWords.AsksWho.Contains(words[0]))
        {
            return null;
        }

        var verb = WhoRelatives.Contains(words[1]) ? 2 : 1;
        return verb < words.Count ? new WhoSaidQuestion(words, verb, words.ToList().FindIndex(verb + 1, ThatWords.Contains)) : null;
    }

    /// <summary>The question read as «who said …» (<see cref="Read(IReadOnlyList{string})"/>).</summary>
    public static WhoSaidQuestion? Read(string question) => Read(CompoundNames.Glued(ArabicText.FoldedWords(question)));

    /// <summary>
    /// Rule «the claim of a who-said question»: in «من قال إن البن كان يقدم جزءا من المهر؟» the words after «إن / أن» are
    /// what was said, not who said it; one of them a letter from a surname («المهر» of «المهري»، «السيل» of «السيد») is no
    /// misspelt name. Their positions, where only a name spelt exactly is a name; none when the verb is no word of speech
    /// or no «إن» follows it.
    /// </summary>
    /// <remarks>
    /// Rule «who said it, as chat asks»: «مين قال إن …؟»، «منو كال إن …؟»، «شكون اللي قال إن …؟»، «مين اللي قالت إن …؟» ask it
    /// as «من قال إن …؟» does, with any word asking who and the dialect's «اللي» before the verb. With no «إن» («مين قال
    /// الجبال ما تكذب؟») the words after the verb were read as the claim too, and the blind sets' off-topic questions so
    /// asked were answered: only the claim «إن» opens is looked for.
    /// </remarks>
    public HashSet<int> ClaimAfterThat()
    {
        var claim = new HashSet<int>();
        if (_that < 0 || !SpeakerQuestion.IsSpeechWord(_words[_verb]))
        {
            return claim;
        }

        for (var i = _that + 1; i < _words.Count; i++)
        {
            claim.Add(i);
        }

        return claim;
    }

    /// <summary>
    /// Rule «who said it, without «إن»»: a plain verb of saying or of speaking of, at least <see cref="MinClaimWords"/>
    /// words after it, none of them «إن / أن» («مين قال الطين أحسن من الإسمنت؟»، «مين اللي تكلم عن السواني …؟»).
    /// </summary>
    public bool AsksWithoutThat =>
        _that < 0 && (SayVerbs.Contains(_words[_verb]) || SpokeOfVerbs.Contains(_words[_verb])) && _words.Count - _verb - 1 >= MinClaimWords;
}
