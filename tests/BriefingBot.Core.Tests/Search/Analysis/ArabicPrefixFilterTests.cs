using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Core.Tests.Search.Analysis;

public class ArabicPrefixFilterTests
{
    private static List<Token> Prefixes(string text) => Tokens.Through(text, s => new ArabicPrefixFilter(s));

    [Fact]
    public void The_article_is_stripped_and_the_word_keeps_its_whole_span()
    {
        Assert.Equal([new Token("رئيس", 0, 7, 1), new Token("كرملين", 8, 17, 1)], Prefixes("والرئيس بالكرملين"));
    }

    [Fact]
    public void An_ambiguous_preposition_adds_the_stripped_form_at_the_same_position_and_span()
    {
        Assert.Equal(
            [new Token("بموسكو", 0, 6, 1), new Token("موسكو", 0, 6, 0), new Token("زير", 7, 11, 1), new Token("وزير", 7, 11, 0)],
            Prefixes("بموسكو وزير"));
    }

    [Fact]
    public void A_second_article_after_the_article_is_the_words_own_and_goes_as_its_bare_form_loses_it()
    {
        // «الإلكترونية» folded, and «إلكترونية» folded: both lose «ال» twice or once, to the same «كترونيه».
        Assert.Equal([new Token("كترونيه", 0, 11, 1), new Token("كترونيه", 12, 21, 1)], Prefixes("الالكترونيه الكترونيه"));
    }

    [Fact]
    public void A_second_article_that_would_leave_one_letter_or_a_stop_word_stays()
    {
        Assert.Equal([new Token("اله", 0, 5, 1), new Token("البان", 6, 13, 1)], Prefixes("الاله الالبان"));
    }

    [Fact]
    public void The_present_of_a_root_ending_in_hamza_adds_the_past()
    {
        Assert.Equal(
            [new Token("يبدا", 0, 4, 1), new Token("بدا", 0, 4, 0), new Token("تلجا", 5, 10, 1), new Token("لجا", 5, 10, 0)],
            Prefixes("يبدا وتلجا"));
    }

    [Fact]
    public void A_word_of_that_shape_with_a_weak_letter_inside_stays_whole()
    {
        Assert.Equal([new Token("يوغا", 0, 4, 1), new Token("ابدا", 5, 9, 1)], Prefixes("يوغا ابدا"));
    }

    [Fact]
    public void The_future_particle_adds_the_bare_verb()
    {
        Assert.Equal([new Token("سيقول", 0, 5, 1), new Token("يقول", 0, 5, 0)], Prefixes("سيقول"));
    }

    [Fact]
    public void The_preposition_of_purpose_on_a_three_letter_noun_adds_the_bare_noun()
    {
        Assert.Equal([new Token("لنقل", 0, 4, 1), new Token("نقل", 0, 4, 0)], Prefixes("لنقل"));
    }

    [Fact]
    public void A_noun_of_a_root_in_lam_followed_by_alef_stays_whole()
    {
        Assert.Equal([new Token("لاعب", 0, 4, 1)], Prefixes("لاعب"));
    }

    [Fact]
    public void A_word_with_no_prefix_passes_unchanged()
    {
        Assert.Equal([new Token("روسيا", 0, 5, 1), new Token("ال", 6, 8, 1)], Prefixes("روسيا ال"));
    }

    [Fact]
    public void A_two_letter_noun_spelt_as_a_particle_keeps_its_article_whatever_the_prefix()
    {
        Assert.Equal(
            [new Token("البن", 0, 4, 1), new Token("البن", 5, 9, 1), new Token("البن", 10, 16, 1), new Token("بن", 17, 19, 1), new Token("الام", 20, 24, 1), new Token("دم", 25, 29, 1)],
            Prefixes("البن للبن وبالبن بن الام الدم"));
    }
}
