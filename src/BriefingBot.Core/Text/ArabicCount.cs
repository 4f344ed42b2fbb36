using System.Globalization;

namespace BriefingBot.Core.Text;

/// <summary>
/// A count with its noun, as Arabic says it (nominative): one and two are said by the noun alone («فقرة واحدة»،
/// «فقرتان»), 3–10 take the plural («٣ فقرات»), 11–99 the singular as a specifier («١١ سؤالًا»), and a round
/// hundred the singular («١٠٠ فقرة»). The last two digits decide for larger numbers («١٠٣ فقرات»). Digits stay
/// Western so counts read the same as the ISO dates beside them.
/// </summary>
public sealed record ArabicCount(string One, string Two, string Plural, string Specifier, string Singular)
{
    /// <summary>فقرة واحدة، فقرتان، ٣–١٠ فقرات، ١١+ فقرة.</summary>
    public static ArabicCount Passages { get; } = new("فقرة واحدة", "فقرتان", "فقرات", "فقرة", "فقرة");

    /// <summary>سؤال واحد، سؤالان، ٣–١٠ أسئلة، ١١–٩٩ سؤالًا، ١٠٠ سؤال.</summary>
    public static ArabicCount Questions { get; } = new("سؤال واحد", "سؤالان", "أسئلة", "سؤالًا", "سؤال");

    /// <summary>موجز واحد، موجزان، ٣–١٠ موجزات، ١١+ موجزًا.</summary>
    public static ArabicCount Briefings { get; } = new("موجز واحد", "موجزان", "موجزات", "موجزًا", "موجز");

    public string Of(int n)
    {
        var number = n.ToString(CultureInfo.InvariantCulture);
        var lastTwo = Math.Abs(n) % 100;
        return n switch
        {
            0 => $"0 {Plural}",
            1 => One,
            2 => Two,
            _ when lastTwo is >= 3 and <= 10 => $"{number} {Plural}",
            _ when lastTwo is >= 11 and <= 99 => $"{number} {Specifier}",
            _ => $"{number} {Singular}",
        };
    }
}
