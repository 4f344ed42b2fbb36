using BriefingBot.Core.Search;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// Rule «a described person met by the clause»: «وش قال الرجال اللي جاي من البريمي؟»، «شو قال الختيار اللي بيعرف من صوت
/// النول …؟»، «شو قالت الجدة اللي عندها قمريات في المفرج؟» tell who is meant by a clause, whose verb the asker says in
/// chat and the passage in news Arabic or in the speaker's own first person («القادم من ولاية البريمي»، «أعرف من صوت
/// النول»، «تطل قمرياتها»). The passage that quotes them holds the verb in another person, or the clause's complement —
/// where they come from, what they have, what they work on. A question naming no such clause is met as before.
/// </summary>
internal sealed class DescribedByAClause
{
    private readonly TermMatch? _verb;
    private readonly IReadOnlyList<TermMatch> _forms;
    private readonly IReadOnlyList<TermMatch> _complement;

    private DescribedByAClause(TermMatch? verb, IReadOnlyList<TermMatch> forms, IReadOnlyList<TermMatch> complement)
    {
        _verb = verb;
        _forms = forms;
        _complement = complement;
    }

    /// <summary>The clause of the question judged, or one that meets nothing when the question describes no one by a clause.</summary>
    public static DescribedByAClause Of(JudgedAnswer answer)
    {
        var shape = answer.Shape;
        if (shape.SaidByClause.Count == 0 || shape.SaidByName is not [var verb] || answer.TermOf(verb) is not { Known: true } term)
        {
            return new(null, [], []);
        }

        var forms = OtherPersons(verb).Select(f => LookUp(answer.Index, f)).OfType<TermMatch>().Where(t => t.Known && t.Term != term.Term).ToList();
        var complement = shape.SaidByClause.Select(answer.TermOf).OfType<TermMatch>().Where(t => t.Known && t.Term != term.Term).ToList();
        return new(term, forms, complement);
    }

    /// <summary>
    /// Whether the passage meets the clause's verb <paramref name="term"/> by another person of it or by the clause's
    /// complement. Only a passage that quotes someone: the clause tells who is quoted, and a place or a thing in a passage
    /// of news is no one's description («ويأتيه بعضهم من دمشق» is no answer to «اللي جاي من دمشق»).
    /// </summary>
    public bool Meets(JudgedAnswer answer, int passage, TermMatch term) =>
        _verb is not null && term.Term == _verb.Term && answer.PassageAt(passage).Speaker is not null
        && (_forms.Any(f => answer.Has(passage, f)) || _complement.Any(c => answer.Has(passage, c)));

    /// <summary>
    /// The present verb in every person, without chat's «ب» before it: «بيعرف» → «أعرف»، «يعرف»، «تعرف»، «نعرف». Empty for a word
    /// that is no present verb of three letters or more after its prefix.
    /// </summary>
    internal static IReadOnlyList<string> OtherPersons(string folded)
    {
        const int MinStem = 3;
        var verb = folded.Length > MinStem + 1 && folded[0] == 'ب' && folded[1] is 'ي' or 'ت' or 'ن' ? folded[1..] : folded;
        return verb.Length > MinStem && verb[0] is 'ي' or 'ت' or 'ن' or 'ا' && !verb.StartsWith("ال", StringComparison.Ordinal)
            ? [.. PersonPrefixes.Select(p => p + verb[1..])]
            : [];
    }

    /// <summary>The prefixes of the present verb (folded: «أ» is «ا»): I, he, she or you, we.</summary>
    private static readonly string[] PersonPrefixes = ["ا", "ي", "ت", "ن"];
}
