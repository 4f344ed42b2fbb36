namespace BriefingBot.Core.Briefings.Speakers;

/// <summary>
/// What may stand before a verb where a clause or paragraph opens: a bare verb or a surname continues a speaker only at
/// the head of a paragraph («كما أشار إلى أن»، «ومن جهته، أكد أن»، «وعن مستقبل الحوار، قال»), and a further speaker's verb
/// only where a clause opens.
/// </summary>
internal static class ClauseHead
{
    /// <summary>Words that may stand before a continuing verb at the head of a paragraph: «كما أشار إلى أن»، «ومن جهته، أكد أن».</summary>
    private static readonly HashSet<string> LeadIns = new(StringComparer.Ordinal)
    {
        "كما", "وكما", "ثم", "بدوره", "بدورها", "وبدوره", "وبدورها", "من", "ومن", "جهته", "جهتها", "جانبه", "جانبها", "كذلك", "وكذلك",

        // «غير أنها نبهت إلى أن»، «إلا أنه حذر من»، «لكنها ترى أن»: the speaker as a pronoun on «أن / لكن», the verb after it
        // bare: the one just heard goes on, with a reservation.
        "غير", "الا", "بيد", "انه", "انها", "لكنه", "لكنها", "ولكنه", "ولكنها",
    };

    /// <summary>The longest topic phrase that may open a paragraph before its verb: «وعن مستقبل الحوار،»، «وردًا على سؤال حول …،».</summary>
    private const int MaxLeadInPhraseWords = 12;

    /// <summary>Whether the word at <paramref name="v"/> opens a clause: after a stop, a comma, a quote or «بينما / فيما / في حين».</summary>
    public static bool Opens(List<Word> words, int v) =>
        v == 0 || words[v - 1].EndsClause || SpeakerLexicon.IsContrast(words[v - 1].Folded);

    /// <summary>
    /// The speaker a subject read after a verb names: a full name wherever the verb stands; a surname or a title alone
    /// (and, where <paramref name="orContinuation"/>, a bare verb) only when the verb at <paramref name="head"/> opens the
    /// paragraph, as they point back to a speaker already met. Null for anything else.
    /// </summary>
    public static Attribution? Speaker(Attribution subject, List<Word> words, int head, bool orContinuation = false) =>
        subject.Kind == AttributionKind.Named
        || (subject.Kind is AttributionKind.Surname or AttributionKind.TitleOnly || orContinuation && subject.Kind == AttributionKind.Continuation) && OnlyLeadInsBefore(words, head)
            ? subject
            : null;

    /// <summary>Whether only lead-ins, or a topic phrase closed by a comma, stand before word <paramref name="v"/>: the paragraph opens with it.</summary>
    public static bool OnlyLeadInsBefore(List<Word> words, int v) =>
        Enumerable.Range(0, v).All(k => LeadIns.Contains(words[k].Folded)) || LeadInPhraseBefore(words, v);

    /// <summary>
    /// A topic or circumstance phrase closed by a comma right before the verb («وعن مستقبل الحوار، قال»، «وفي ما يتعلق
    /// بالانتخابات، أوضح»، «وفي السياق ذاته، لفت»): the paragraph still opens with the speaker's verb.
    /// </summary>
    private static bool LeadInPhraseBefore(List<Word> words, int v)
    {
        if (v is < 2 or > MaxLeadInPhraseWords || !words[v - 1].EndsWithComma)
        {
            return false;
        }

        for (var k = 0; k < v - 1; k++)
        {
            var w = words[k];
            if (w.EndsClause && !w.EndsWithComma || w.OpensQuote || w.ClosesQuote || ReportingVerbs.IsReportingVerb(w.Folded) || w.IsComplementiser)
            {
                return false;
            }
        }

        return true;
    }
}
