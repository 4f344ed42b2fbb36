using BriefingBot.Core.Text;

namespace BriefingBot.Core.Answering.Checks;

/// <summary>The numbers a text gives and the units it gives them in: what the checks of a measure, a sum or a count read.</summary>
internal static class Measures
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
}
