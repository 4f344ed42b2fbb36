using BriefingBot.Core.Search.Analysis;

namespace BriefingBot.Core.Tests.Search.Analysis;

public class ArabicSuffixFilterTests
{
    [Fact]
    public void Suffixes_are_stripped_and_the_word_keeps_its_whole_span()
    {
        Assert.Equal(
            [new Token("عاصم", 0, 7, 1), new Token("الكوري", 8, 16, 1), new Token("شمال", 17, 22, 1)],
            Tokens.Through("عاصمتها الكوريين شمالا", s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void A_second_adjective_ending_goes_after_a_feminine_one()
    {
        Assert.Equal(
            [new Token("قلق", 0, 6, 1)],
            Tokens.Through("قلقانة", s => new ArabicFoldingFilter(s), s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void An_association_and_a_cooperative_keep_their_nisba_ending_apart_from_friday_and_cooperation()
    {
        Assert.Equal(
            [new Token("جمعي", 0, 5, 1), new Token("جمعي", 6, 12, 1), new Token("جمع", 13, 17, 1), new Token("تعاوني", 18, 25, 1), new Token("تعاوني", 26, 34, 1)],
            Tokens.Through("جمعية جمعيات جمعة تعاونية تعاونيات", s => new ArabicFoldingFilter(s), s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void Local_keeps_its_nisba_ending_apart_from_shops()
    {
        Assert.Equal(
            [new Token("محلي", 0, 7, 1), new Token("محلي", 8, 13, 1), new Token("محلي", 14, 20, 1), new Token("محلي", 21, 27, 1),
                new Token("محل", 28, 31, 1), new Token("محل", 32, 37, 1)],
            Tokens.Through("المحلية محلية المحلي محليين محل محلات", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void Transactions_and_confiscation_keep_their_taa_apart_from_factories_and_sources()
    {
        Assert.Equal(
            [new Token("معامله", 0, 6, 1), new Token("معامله", 7, 14, 1), new Token("معامله", 15, 23, 1), new Token("معامل", 24, 29, 1),
                new Token("مصادره", 30, 36, 1), new Token("مصادر", 37, 42, 1), new Token("مصادر", 43, 50, 1)],
            Tokens.Through("معاملة معاملات معاملتها معامل مصادرة مصادر مصادرها", s => new ArabicFoldingFilter(s), s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void Short_and_latin_words_are_left_alone()
    {
        Assert.Equal(
            [new Token("بيت", 0, 3, 1), new Token("Polyakovs", 4, 13, 1)],
            Tokens.Through("بيت Polyakovs", s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void A_taa_before_the_pronoun_h_gives_its_other_reading_at_the_same_position_and_span()
    {
        Assert.Equal(
            [new Token("كلمت", 0, 5, 1), new Token("كلم", 0, 5, 0), new Token("بيت", 6, 9, 1)],
            Tokens.Through("كلمته بيت", s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void A_root_final_h_is_kept_so_the_pound_meets_its_plural_and_not_the_harvest()
    {
        Assert.Equal(
            [new Token("جنيه", 0, 6, 1), new Token("جنيه", 7, 15, 1), new Token("جني", 16, 21, 1), new Token("توجيه", 22, 29, 1), new Token("توجيه", 30, 37, 1)],
            Tokens.Through("الجنيه الجنيهات الجني التوجيه توجيهات", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void A_place_whose_name_ends_in_an_or_in_keeps_it_and_meets_its_adjective_not_another_word()
    {
        Assert.Equal(
            [new Token("لبنان", 0, 5, 1), new Token("بنان", 0, 5, 0), new Token("لبنان", 6, 15, 1), new Token("بحرين", 16, 23, 1), new Token("بحر", 24, 29, 1), new Token("سودان", 30, 37, 1), new Token("سودان", 38, 46, 1)],
            Tokens.Through("لبنان اللبنانية البحرين البحر السودان السوداني", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s)));
    }

    [Fact]
    public void A_root_final_un_or_in_is_kept_so_soap_meets_its_bar_and_insurance_does_not_meet_complete()
    {
        Assert.Equal(
            [new Token("صابون", 0, 7, 1), new Token("صابون", 8, 16, 1), new Token("زيتون", 17, 24, 1), new Token("زيت", 25, 30, 1), new Token("تامين", 31, 38, 1), new Token("تام", 39, 45, 1), new Token("مخزون", 46, 53, 1), new Token("مزارع", 54, 63, 1)],
            Tokens.Through("الصابون الصابونة الزيتون الزيت التأمين التامة المخزون المزارعون", s => new ArabicFoldingFilter(s), s => new ArabicPrefixFilter(s), s => new ArabicSuffixFilter(s)));
    }
}
