using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «يقف مزهر عباس الشويلي منذ الفجر …»، «يعمل جاسب عودة الخفاجي منذ أربعين عامًا …»: two plain words and a family nisba
/// with the article, where or since when right after, are a given name, the father's and the family's — whatever the
/// lexicon lists of the first; the portrait's person is read whole, not lost or cut to two words.
/// </summary>
public class SpeakerFullNameClosedByAFamilyNisbaTests
{
    [Fact]
    public void An_unlisted_given_name_closed_by_a_family_nisba_is_the_person_narrated()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وفي سوق الخضار، يقف شنان جاسم الدراجي منذ الفجر بين صناديق الطماطم. ويقول إن الأسعار تتغير مرتين في اليوم.");
        Assert.Equal("شنان جاسم الدراجي", speaker);
    }

    [Fact]
    public void A_listed_given_name_keeps_its_family_nisba()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "يعمل حسن عودة الزبيدي في ورشته الصغيرة قرب النهر. ويقول إن الطلب على القوارب الخشبية تراجع كثيرًا.");
        Assert.Equal("حسن عودة الزبيدي", speaker);
    }

    [Fact]
    public void An_object_with_the_article_is_no_family_name()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "يبيع حسن عودة الشاي في مقهى صغير قرب النهر. ويقول إن الزبائن قلوا هذا العام.");
        Assert.NotEqual("حسن عودة الشاي", speaker);
    }
}
