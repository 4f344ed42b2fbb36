using BriefingBot.Core.Answering;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// The verbs of heading something and the office each names («من يرأس الهيئة؟» asks who is «رئيس الهيئة»): written as one
/// table of offices and their verbs, they are the very pairs the verb-by-verb table held.
/// </summary>
public sealed class HeadingVerbsTests
{
    /// <summary>The pairs as the table held them before it was written office by office.</summary>
    private static readonly (string Verb, string Office)[] Pairs =
    [
        ("يرأس", "رئيس"), ("ترأس", "رئيس"), ("يترأس", "رئيس"), ("تترأس", "رئيس"), ("بيرأس", "رئيس"), ("بترأس", "رئيس"),
        ("يدير", "مدير"), ("تدير", "مدير"), ("بيدير", "مدير"), ("بتدير", "مدير"),
        ("يقود", "قائد"), ("تقود", "قائد"),
    ];

    [Fact]
    public void Every_verb_of_heading_names_the_office_it_named_and_no_other_verb_is_one()
    {
        var expected = Pairs.ToDictionary(p => ArabicText.Fold(p.Verb), p => ArabicText.Fold(p.Office), StringComparer.Ordinal);

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), FactWords.HeadingVerbs.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("يرأسها", "رئيس")]
    [InlineData("تديره", "مدير")]
    [InlineData("يقودها", "قائد")]
    [InlineData("يملكها", null)]
    public void A_verb_of_heading_with_a_pronoun_object_names_its_office(string word, string? office) =>
        Assert.Equal(office is null ? null : ArabicText.Fold(office), FactWords.OfficeHeadedByPronounVerb(ArabicText.Fold(word)));
}
