using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Text;
using static BriefingBot.Core.Answering.Checks.IndexLookups;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>
/// What the checks judge: the question's shape, the best passages found for it (the <see cref="AnswerCheck.Depth"/> an
/// answer shows) and the index, with what the checks ask of them. Each passage judged is analysed once, however many
/// checks look for words in it.
/// </summary>
internal sealed class JudgedAnswer
{
    private readonly AnalyzedPassage?[] _analyzed;
    private readonly AnalyzedPassage?[] _titles;
    private readonly HashSet<string>?[] _titlePlaces;
    private List<List<string>>? _places;
    private bool? _asksSum;
    private bool? _spends;

    public JudgedAnswer(QuestionShape shape, PassageSearchResult result, PassageIndex index)
    {
        Shape = shape;
        Result = result;
        Index = index;
        Top = result.Hits.Take(AnswerCheck.Depth).Select(h => h.Passage.Text).ToList();
        Shown = Enumerable.Range(0, Top.Count).ToList();
        Briefings = result.Hits.Take(AnswerCheck.Depth).Select(h => h.Passage.BriefingId).Distinct(StringComparer.Ordinal).ToList();
        _analyzed = new AnalyzedPassage?[Top.Count];
        _titles = new AnalyzedPassage?[Top.Count];
        _titlePlaces = new HashSet<string>?[Top.Count];
    }

    public QuestionShape Shape { get; }

    public PassageSearchResult Result { get; }

    public PassageIndex Index { get; }

    /// <summary>The texts of the passages judged, best first.</summary>
    public IReadOnlyList<string> Top { get; }

    /// <summary>The positions of the passages judged, to judge each by: 0, 1, 2.</summary>
    public IReadOnlyList<int> Shown { get; }

    /// <summary>The briefings the passages judged come from.</summary>
    public IReadOnlyList<string> Briefings { get; }

    /// <summary>
    /// The names of each place the question names: its own, and the places its adjective names («الانتخابات الفرنسية»
    /// names France as much as «فرنسا» does).
    /// </summary>
    public IReadOnlyList<List<string>> Places =>
        _places ??= Shape.Places.Select(p => Gazetteer.PlacesOfAdjective(p).Prepend(p).Concat(GovernedFrom(p)).ToList()).ToList();

    /// <summary>
    /// The country a capital asked as its government stands for (<see cref="QuestionShape.Governments"/>): «حظرت الرباط» is
    /// told as «وقررت الحكومة …» under a title naming Morocco, or as «الحكومة المغربية».
    /// </summary>
    public IEnumerable<string> GovernedFrom(string place) =>
        Shape.Governments.Contains(place) && Gazetteer.CountryGovernedFrom(place) is { } country ? [country] : [];

    /// <summary>Asked what something costs («كم تكلفة …؟»), the answer is a sum of money.</summary>
    public bool AsksSum => _asksSum ??= Shape.Asked is [var sumNoun, ..] && ArabicWordForms.AnyIn(sumNoun, FactWords.SumNouns);

    /// <summary>
    /// A verb of costing right after «كم» («كم كلف جسر …؟»، «كم يكلف …؟») asks a sum of money too. Only whether a sum is
    /// given at all is judged of it, not what the sum is said of: such questions name what cost in words of their own
    /// («كم يكلف درس الطب …؟» of «الدراسة»), which a passage that gives the sum tells otherwise (read as <see cref="AsksSum"/>,
    /// the sum's subject check lost fair questions on nine blind sets).
    /// </summary>
    public bool CostsByVerb => Shape.Expected == ExpectedAnswer.Number && Shape.Asked is [var verb, ..] && ArabicWordForms.AnyIn(verb, FactWords.CostingVerbs);

    /// <summary>
    /// A verb of earning right after a how-much word («كم يربح الغواص؟»، «قداش يخلص المعلم؟»), or of selling, buying or becoming
    /// after «بكم» and its dialect forms («بكم يباع …؟»، «بشحال ولا الشعير؟»), asks a sum of money too; as for <see
    /// cref="CostsByVerb"/>, only whether a sum is given is judged of it.
    /// </summary>
    public bool PaysByVerb => Shape.Expected == ExpectedAnswer.Number && Shape.Asked is [var verb, ..]
        && (ArabicWordForms.AnyIn(verb, FactWords.EarningVerbs) || Shape.ByPrice && ArabicWordForms.AnyIn(verb, FactWords.SaleVerbs));

    /// <summary>So does a verb of spending right after «كم» («كم أنفقت تركيا على …؟»), where a place says whose sum it is.</summary>
    public bool Spends => _spends ??= Shape.Asked is [var verbOfSum, ..] && Shape.Expected == ExpectedAnswer.Number && ArabicWordForms.AnyIn(verbOfSum, FactWords.SpendingVerbs);

    /// <summary>The passage judged at this position.</summary>
    public Passage PassageAt(int passage) => Result.Hits[passage].Passage;

    public AnalyzedPassage Tokens(int passage) => _analyzed[passage] ??= Index.AnalyzePassage(Top[passage]);

    /// <summary>The places its briefing title names, read once however many offices are judged of it.</summary>
    public HashSet<string> TitlePlacesOf(int passage) => _titlePlaces[passage] ??= TitlePlaces(PassageAt(passage));

    public TermMatch? TermOf(string word) =>
        Index.Analyze(word).Terms is [var primary, ..] ? Result.Terms.FirstOrDefault(t => t.Term == primary) : null;

    public bool Has(int passage, TermMatch term) => Tokens(passage).Find(term.Variants).Count > 0;

    /// <summary>
    /// Where the passage names the term's thing: by the word, or by another word of its concept, the one the search already
    /// looks for (<see cref="PassageIndex.SameConcept"/>). News names a thing by whichever word it chose: «يبدأ قطاف التفاح»
    /// is the picking of «متى يبدأ جني التفاح؟».
    /// </summary>
    public IReadOnlyList<TextSpan> FindAlike(int passage, TermMatch term) =>
        Index.SameConcept([term.Term, .. term.Variants]) is { Count: > 0 } same
            ? [.. Tokens(passage).Find(term.Variants), .. Tokens(passage).Find(same)]
            : Tokens(passage).Find(term.Variants);

    /// <summary>
    /// A passage's briefing title, analysed once, names what its passages speak of without repeating it: «عمال الميناء»
    /// counted under a title naming the port.
    /// </summary>
    public bool HasOrTitled(int passage, TermMatch term) => Has(passage, term) || Titled(passage, term);

    /// <summary>
    /// Whether the passage names the term's thing, by any word of its concept or in its briefing's title: a price or a
    /// count belongs to the thing the passage or its briefing speaks of, whichever word the writer chose for it.
    /// </summary>
    public bool Names(int passage, TermMatch term) => Titled(passage, term) || FindAlike(passage, term).Count > 0;

    /// <summary>Whether the passage's briefing title names the term: what the briefing is about.</summary>
    public bool Titled(int passage, TermMatch term) =>
        (_titles[passage] ??= Index.AnalyzePassage(PassageAt(passage).BriefingTitle)).Find(term.Variants).Count > 0;

    public bool Holds(int passage, TermMatch term) => Literal(term) && Has(passage, term);

    /// <summary>The words with their terms, of those the index holds as written.</summary>
    public IEnumerable<(string Word, TermMatch Term)> LiteralTerms(IEnumerable<string> words) =>
        words.Select(w => (Word: w, Term: TermOf(w))).Where(t => t.Term is not null && Literal(t.Term)).Select(t => (t.Word, t.Term!));

    /// <summary>The places a passage's briefing title names, by name or adjective: what its news is about.</summary>
    private static HashSet<string> TitlePlaces(Passage passage) =>
        ArabicText.FoldedWords(passage.BriefingTitle).SelectMany(Gazetteer.PlacesNamedBy).ToHashSet(StringComparer.Ordinal);
}
