using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public class GazetteerAdjectiveTests
{
    [Theory]
    [InlineData("الفرنسية", "فرنسا")]
    [InlineData("الأردني", "اردن")]
    [InlineData("الكردي", "كردستان")]
    [InlineData("الأفغانية", "افغانستان")]
    [InlineData("والطاجيكي", "طاجيكستان")]
    public void A_peoples_adjective_names_its_land_and_the_lands_in_stan_drop_it(string adjective, string place)
    {
        Assert.Contains(ArabicText.Fold(place), Gazetteer.PlacesOfAdjective(ArabicText.Fold(adjective)));
    }

    [Theory]
    [InlineData("كردستان", "كردي")]
    [InlineData("افغانستان", "افغاني")]
    [InlineData("ايران", "ايراني")]
    public void A_lands_adjective_is_read_back_from_its_name(string place, string adjective)
    {
        Assert.Contains(adjective, Gazetteer.AdjectivesOf(place));
    }

    [Theory]
    [InlineData("الدستوري")]
    [InlineData("الرسمي")]
    public void A_word_that_only_ends_like_an_adjective_names_no_land(string word)
    {
        Assert.Empty(Gazetteer.PlacesOfAdjective(ArabicText.Fold(word)));
    }
}
