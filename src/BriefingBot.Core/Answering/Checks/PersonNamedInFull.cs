using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// A person asked of by their full name («كم عمر حليمة أحمد؟»، «كم عمر الربان أحمد السويحلي؟») is the one a passage names
/// so: an age told after «حليمة الزغلامي» or «محمدو ولد أحمد فال، البالغ من العمر …» is another's, though it shares a word
/// of the name. The name asked is the question's words that one speaker a shown passage records is called by, two or more
/// of them (a role before it, «الربان», is no part of it). Built per answer: each passage judged is read for the name once,
/// however many of the attribute's readings ask of it.
/// </summary>
internal sealed class PersonNamedInFull
{
    private readonly JudgedAnswer? _answer;
    private readonly string _speaker = string.Empty;
    private readonly IReadOnlyList<TermMatch> _name = [];

    /// <summary>Whether each passage judged tells of the person, by its position; null until asked.</summary>
    private readonly bool?[] _namedIn = [];

    private PersonNamedInFull()
    {
    }

    private PersonNamedInFull(JudgedAnswer answer, string speaker, IReadOnlyList<TermMatch> name) =>
        (_answer, _speaker, _name, _namedIn) = (answer, speaker, name, new bool?[answer.Top.Count]);

    /// <summary>No full name asked: every passage may tell of whom the question asks.</summary>
    public static readonly PersonNamedInFull None = new();

    /// <summary>The full name the question asks of, as the index finds its words; <see cref="None"/> when it asks of no one so.</summary>
    public static PersonNamedInFull Asked(JudgedAnswer answer)
    {
        var subject = answer.Shape.Subject.ToHashSet(StringComparer.Ordinal);
        var best = answer.Shown.SelectMany(p => answer.PassageAt(p).AllSpeakers)
            .Select(speaker => (Speaker: speaker, Words: ArabicText.FoldedWords(speaker).Where(subject.Contains).Distinct(StringComparer.Ordinal).ToList()))
            .OrderByDescending(s => s.Words.Count).FirstOrDefault((Speaker: string.Empty, Words: []));
        var name = best.Words.Select(answer.TermOf).OfType<TermMatch>().Where(Literal).DistinctBy(t => t.Term).ToList();
        return name.Count >= 2 ? new PersonNamedInFull(answer, best.Speaker, name) : None;
    }

    /// <summary>
    /// Whether the passage tells of the person asked: it holds every word of the name, records as its speaker someone so
    /// called, or names the surname in a briefing that records the person as a speaker («وأضاف الشرعة، البالغ من العمر …»
    /// after «ويقول المزارع عوض الشرعة …»): news names a person in full once and then by the surname.
    /// </summary>
    public bool NamedIn(int passage) => _answer is not { } answer || (_namedIn[passage] ??= Names(answer, passage));

    private bool Names(JudgedAnswer answer, int passage)
    {
        var at = answer.PassageAt(passage);
        return _name.All(t => answer.Has(passage, t))
            || at.AllSpeakers.Any(speaker => _name.All(t => answer.Index.AnalyzePassage(speaker).Find(t.Variants).Count > 0))
            || answer.Has(passage, _name[^1]) && answer.Index.PassagesBySpeaker(_speaker, at.BriefingId).Count > 0;
    }
}
