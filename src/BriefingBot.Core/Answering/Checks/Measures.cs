using BriefingBot.Core.Search;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>The numbers a text gives and the units it gives them in: what the checks of a measure, a sum or a count read.</summary>
internal static partial class Measures
{
    /// <summary>Whether the text gives a sum of money: a number in a currency («مئة وتسعة وأربعين درهمًا»).</summary>
    public static bool GivesSum(string text) => InUnits(FactWords.Currencies, text);

    /// <summary>The units a measured attribute is given in («مساحة»: هكتار، دونم …), null when it is not measured.</summary>
    public static IReadOnlySet<string>? UnitsOf(string attribute) =>
        ArabicWordForms.Readings(ArabicText.Fold(attribute)).Select(r => FactWords.MeasureUnits.GetValueOrDefault(r)).FirstOrDefault(u => u is not null);

    /// <summary>
    /// Whether the passage gives a number in the units: «خمسة وأربعين ألف هكتار» is an area, though it never says «مساحة».
    /// </summary>
    public static bool InUnits(IReadOnlySet<string> units, string text)
    {
        if (!PassageFacts.HasNumber(text))
        {
            return false;
        }

        // «متر مكعب» measures a volume, «كيلومتر مربع» an area: a length or a height is not given in them.
        var words = ArabicText.FoldedWords(text);
        var area = units.Contains("هكتار");
        return words.Where((w, i) => IsUnit(w, units)
                && !(i + 1 < words.Count && (words[i + 1].StartsWith("مكعب", StringComparison.Ordinal) || !area && words[i + 1].StartsWith("مربع", StringComparison.Ordinal))))
            .Any();
    }

    /// <summary>Whether the folded word is one of the units, through its clitics and the accusative's «ا» («درهمًا»، «مترًا»).</summary>
    public static bool IsUnit(string word, IReadOnlySet<string> units) =>
        ArabicWordForms.AnyIn(word, units) || word.Length > 3 && word[^1] == 'ا' && ArabicWordForms.AnyIn(word[..^1], units);

    public static bool IsNumberWord(string word) => word.Any(char.IsDigit) || ArabicWordForms.AnyIn(word, FactWords.NumberWords);

    /// <summary>
    /// Whether one of the spans stands in a clause that gives a sum of money (<see cref="GivesSumInClause"/>), or is named
    /// before a clause that gives one and points back to it: «يحرق نحو ثلاثة أطنان من الغاز في الشهر، وإن سعر الطن ارتفع
    /// … إلى نحو خمسة آلاف وثمانمئة شيكل» prices the gas. «خمسة وعشرين ألف شتلة إيلانغ على المزارعين مجانًا، وأن كلفة
    /// البرنامج تبلغ مئتين وستين مليون فرنك» names the seedling and a sum, but the sum is what the programme costs.
    /// </summary>
    public static bool SumInClauseOf(string text, IReadOnlyList<TextSpan> spans)
    {
        var clauses = Clauses(text);
        var sums = clauses.Select(c => GivesSumInClause(c.Text)).ToList();
        return spans.Any(s => clauses.Select((c, i) => (c, i)).Any(x => x.c.Start <= s.Start && s.Start < x.c.Start + x.c.Text.Length
                && (sums[x.i] || OpensAside(clauses, x.i + 1) && sums.Skip(x.i + 1).Take(AsideClauses + 1).Any(b => b))))
            || clauses.Where((c, i) => sums[i] && PointsBack(c.Text)).Any(c => spans.Any(s => s.Start < c.Start));
    }

    /// <summary>
    /// Whether one clause of the text gives a number and names both currencies: «تجاوز سعر الدولار الواحد ألفين وثمانمئة
    /// ريال» is a rate of the dollar in riyals; a sum in dinars and, a clause later, a price in dollars is none.
    /// </summary>
    public static bool RateInOneClause(string text, IReadOnlySet<string> priced, IReadOnlySet<string> pricedIn) =>
        Clauses(text).Any(c => PassageFacts.HasNumber(c.Text) && ArabicText.FoldedWords(c.Text) is var words
            && words.Any(w => IsUnit(w, priced)) && words.Any(w => IsUnit(w, pricedIn)));

    /// <summary>How many clauses an aside may take between a thing and its price: «الكيلوغرام، الذي يقطف يدويًا، بثلاثين درهمًا».</summary>
    private const int AsideClauses = 2;

    /// <summary>Whether the clause opens an aside on what came before: a relative pronoun or «وهو/وهي».</summary>
    private static bool OpensAside(List<Clause> clauses, int at) =>
        at < clauses.Count && ArabicText.FoldedWords(clauses[at].Text) is [var first, ..] && FactWords.OpensAside.Contains(first);

    /// <summary>
    /// Whether the clause gives a sum of money: a number in a currency, or a number beside a word of price or sale («يباع
    /// الكيلو بخمسين ألفًا»), where the news leaves the currency unsaid.
    /// </summary>
    private static bool GivesSumInClause(string clause) =>
        InUnits(FactWords.Currencies, clause)
        || PassageFacts.HasNumber(clause) && ArabicText.FoldedWords(clause).Any(w => ArabicWordForms.AnyIn(w, FactWords.PriceWords));

    /// <summary>
    /// Whether the clause names what is priced by a word pointing back to a thing named before: the price with its pronoun
    /// («سعره»، «ثمنها») or the unit with the article and of nothing after it («سعر الطن ارتفع», not «سعر الكيلوغرام من الزيت»).
    /// </summary>
    private static bool PointsBack(string clause)
    {
        var words = ArabicText.FoldedWords(clause);
        return words.Where((w, i) => FactWords.PricesOfIt.Contains(w)
                || w.StartsWith("ال", StringComparison.Ordinal) && ArabicWordForms.AnyIn(w, FactWords.CountUnits) && (i + 1 == words.Count || words[i + 1] != "من"))
            .Any();
    }

    /// <summary>A clause of a text: where it starts and its text.</summary>
    private readonly record struct Clause(int Start, string Text);

    /// <summary>
    /// The clauses of the text: between commas, stops, colons and semicolons. A point or comma between digits is a decimal
    /// sign («1.2 مليار يورو»), not a stop.
    /// </summary>
    private static List<Clause> Clauses(string text)
    {
        var clauses = new List<Clause>();
        var start = 0;
        foreach (System.Text.RegularExpressions.Match stop in ClauseStop().Matches(text))
        {
            clauses.Add(new Clause(start, text[start..stop.Index]));
            start = stop.Index + 1;
        }

        clauses.Add(new Clause(start, text[start..]));
        return clauses;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[،؛;:؟?!]|(?<!\d)[.,]|[.,](?!\d)")]
    private static partial System.Text.RegularExpressions.Regex ClauseStop();
}
