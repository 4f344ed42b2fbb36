using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ووفقًا لمدير المصالح … المهندس عبد الحميد قويدري، أعدّت المديرية برنامجًا … وتهيئة ساحاته التي …»: without «فإن», the
/// comma after the titled person closes the source, and the clause after it is what the source says was done — its words
/// are no name; with «فإن» later, the commas set off an apposition as before.
/// </summary>
public class SpeakerSourceClosedByTheCommaAfterItsNameTests
{
    [Fact]
    public void The_titled_person_before_the_comma_is_the_source()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "ووفقًا لمدير دائرة الموانئ في المحافظة المهندس سامر عبد الكريم النعيمي، أعدّت الدائرة خطة لتوسيع الرصيف الشمالي وتهيئة ساحاته التي تضيق بالشاحنات، وتنتظر إقرار تمويلها.");
        Assert.Equal("سامر عبد الكريم النعيمي", speaker);
    }

    [Fact]
    public void A_later_fa_inna_keeps_the_apposition()
    {
        var speaker = ParsedBriefing.SpeakerOf(
            "وحسب تصريحات رئيس بلدية المدينة، سامر عبد الكريم النعيمي، لإذاعة محلية، فإن عدد الزوار تضاعف هذا العام.");
        Assert.Equal("سامر عبد الكريم النعيمي", speaker);
    }
}
