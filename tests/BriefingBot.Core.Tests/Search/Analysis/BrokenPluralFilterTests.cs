using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Core.Tests.Search.Analysis;

public class BrokenPluralFilterTests
{
    [Fact]
    public void A_broken_plural_of_the_afal_and_fawail_patterns_is_also_read_as_its_singular()
    {
        Assert.Equal(
            [new Token("اسماك", 0, 7, 1), new Token("سمك", 0, 7, 0), new Token("سمك", 8, 13, 1), new Token("قوارب", 14, 21, 1), new Token("قارب", 14, 21, 0),
                new Token("قارب", 22, 26, 1)],
            Tokens.Through("الأسماك السمك القوارب قارب", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s), s => new BrokenPluralFilter(s)));
    }

    [Fact]
    public void Prices_and_wages_keep_their_number()
    {
        // «كم سعر …» asks one price: a passage on prices in general («الأسعار») does not answer it.
        Assert.Equal(
            ["اسعار", "رواتب", "اقساط"],
            Tokens.Through("الأسعار الرواتب الأقساط", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s), s => new BrokenPluralFilter(s)).Select(t => t.Term));
    }

    [Fact]
    public void Children_are_not_read_as_the_particle_of_a_mauritanian_name()
    {
        Assert.Equal(
            ["اولاد", "ولد"],
            Tokens.Through("الأولاد ولد", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s), s => new BrokenPluralFilter(s)).Select(t => t.Term));
    }

    [Fact]
    public void Verbal_nouns_spelt_like_a_plural_are_not_read_as_a_singular()
    {
        // «إنفاق» is spending, not a tunnel; «اتصال» a form VIII verbal noun; «إيجار» a form IV one of a root in «و».
        Assert.Equal(
            [new Token("انفاق", 0, 5, 1), new Token("اتصال", 6, 11, 1), new Token("ايجار", 12, 17, 1), new Token("اجمال", 18, 26, 1)],
            Tokens.Through("إنفاق اتصال إيجار الإجمالي", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s), s => new BrokenPluralFilter(s)));
    }

    [Fact]
    public void A_plural_with_an_attached_pronoun_is_read_as_its_singular_too()
    {
        var tokens = Tokens.Through("أسواقها قواربهم", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s), s => new BrokenPluralFilter(s));
        Assert.Equal(["اسواق", "سوق", "قوارب", "قارب"], tokens.Select(t => t.Term));
    }
}
