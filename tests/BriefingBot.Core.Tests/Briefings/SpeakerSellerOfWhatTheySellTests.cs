using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «who sells a thing is its seller» (SellerOfWhatTheySell): «يبيع الحاج عمر الأيوبي الأقمشة بالمتر» makes the
/// speaker «بائع الأقمشة», a way the briefing calls him that a reader asks by; a selling verb with no name after it
/// makes no one a seller.
/// </summary>
public class SpeakerSellerOfWhatTheySellTests
{
    [Fact]
    public void The_speaker_a_selling_verb_names_is_the_seller_of_its_object()
    {
        var briefing = Parse("على بعد أمتار، يبيع الحاج عمر الأيوبي الأقمشة بالمتر منذ أربعين عامًا. روى الأيوبي أن القماش الإنجليزي اختفى من رفوفه.");
        Assert.Contains("بائع الاقمشه", briefing.SpeakerProfiles.Single(p => p.Name == "عمر الأيوبي").References);
    }

    [Fact]
    public void A_selling_verb_with_no_name_after_it_makes_no_one_a_seller()
    {
        var briefing = Parse("سناء المصري، وهي خياطة في الأربعين، قالت إنها تبيع معظم القطع عبر الإنترنت.");
        Assert.DoesNotContain(briefing.SpeakerProfiles.SelectMany(p => p.References), r => r.StartsWith("بائع", StringComparison.Ordinal));
    }
}
