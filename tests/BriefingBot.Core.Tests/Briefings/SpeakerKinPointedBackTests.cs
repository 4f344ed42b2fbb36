using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «kin pointed back to» (`KinPointedBack`): a relative brought in by the kin word before the name («يقاطعه حفيده
/// ياسين، …»، «وتعلّق ابنتها سعاد، …») speaks there and is quoted later by the kin word alone («ويرى الحفيد أن»، «وتعلّق
/// ابنتها بأن»); a kin word two relatives were brought in by, or none, is no one.
/// </summary>
public class SpeakerKinPointedBackTests
{
    [Fact]
    public void A_relative_who_cuts_in_is_the_speaker()
    {
        var briefing = ParsedBriefing.Parse(
            "يقف صالح بن عمارة، وهو فلاح في الستين، تحت نخلة عالية يراقب العمال.",
            "يقاطعه حفيده ياسين، وهو في الثانية والعشرين ويدرس الإعلام الآلي، ليقول إن جده \"لا يثق إلا بعينيه\".");
        Assert.Equal("ياسين", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_kin_word_with_the_article_points_back_to_the_relative()
    {
        var briefing = ParsedBriefing.Parse(
            "يقاطعه حفيده ياسين، وهو في الثانية والعشرين ويدرس الإعلام الآلي، ليقول إن جده \"لا يثق إلا بعينيه\".",
            "وتمتد الغابة على عشرة هكتارات قرب الطريق الوطني.",
            "ويرى الحفيد أن الشباب لن يبقوا في الغابات إن لم تتغير طريقة العمل.");
        Assert.Equal("ياسين", briefing.Passages[2].Speaker);
    }

    [Fact]
    public void The_kin_word_with_its_pronoun_points_back_to_the_relative()
    {
        var briefing = ParsedBriefing.Parse(
            "في بيت طيني، تطبخ زهرة مسعودي، وهي أرملة في السبعين، رب التمر على نار الحطب.",
            "وتعلّق ابنتها سعاد، وهي ممرضة في الأربعين، بأن أمها \"تبيع القدر كلها قبل أن تبرد\".",
            "وتغلي القدر ساعات طويلة قبل أن يصفى الرب.",
            "وتعلّق ابنتها بأن أمها ترفض أن تبيع الرب في المحلات.");
        Assert.Equal("سعاد", briefing.Passages[3].Speaker);
    }

    [Fact]
    public void A_kin_word_two_relatives_were_brought_in_by_is_no_one()
    {
        var briefing = ParsedBriefing.Parse(
            "وتعلّق ابنتها سعاد، وهي ممرضة في الأربعين، بأن أمها \"تبيع القدر كلها قبل أن تبرد\".",
            "أما جارتها فاطمة فتقول إن ابنتها مريم، وهي معلمة، تساعدها كل خريف.",
            "وتغلي القدر ساعات طويلة قبل أن يصفى الرب.",
            "وتعلّق ابنتها بأن أمها ترفض أن تبيع الرب في المحلات.");
        Assert.Null(briefing.Passages[3].Speaker);
    }

    [Fact]
    public void A_kin_word_no_relative_was_brought_in_by_is_no_one()
    {
        var briefing = ParsedBriefing.Parse(
            "في بيت طيني، تطبخ زهرة مسعودي، وهي أرملة في السبعين، رب التمر على نار الحطب.",
            "وتغلي القدر ساعات طويلة قبل أن يصفى الرب.",
            "وتعلّق ابنتها بأن أمها ترفض أن تبيع الرب في المحلات.");
        Assert.Null(briefing.Passages[2].Speaker);
    }
}
