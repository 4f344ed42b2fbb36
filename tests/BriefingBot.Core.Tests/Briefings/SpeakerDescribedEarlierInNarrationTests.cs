using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Rule «described earlier in narration» (`DescribedEarlier`): a person the paragraph before named and described in an
/// aside («…، وهو شيخ في الثمانين،») and then quoted by that description alone («ويضيف الشيخ أن»، «وتشرح الرسامة
/// الخمسينية أن») is that person; a description two people fit, one of another age, or of someone never named is no one.
/// </summary>
public class SpeakerDescribedEarlierInNarrationTests
{
    [Fact]
    public void A_title_the_aside_gave_points_back_to_the_person_narrated_before()
    {
        var briefing = ParsedBriefing.Parse(
            "يرتب الحاج علي بن سالم، وهو فلاح في الستين، سلال التمر أمام بيته منذ الفجر.",
            "ويتابع الفلاح الستيني أن بستانه لم يشرب من السيل منذ ثلاث سنوات.");
        Assert.Equal("علي بن سالم", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_trade_and_an_age_adjective_point_back_to_the_woman_the_aside_described()
    {
        var briefing = ParsedBriefing.Parse(
            "في فناء البيت، تجلس مريم منت محمد، وهي رسامة في الخمسين من عمرها، أمام جدار نظيف.",
            "وتشرح الرسامة الخمسينية أن النساء يجلبن الطين الأحمر من خارج المدينة.");
        Assert.Equal("مريم منت محمد", briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_description_two_people_fit_is_no_one()
    {
        var briefing = ParsedBriefing.Parse(
            "يعمل علي بن سالم، وهو فلاح في الستين، مع جاره حسن العبدلي، وهو فلاح في الستين أيضًا، في البستان.",
            "ويتابع الفلاح الستيني أن البستان لم يشرب من السيل منذ ثلاث سنوات.");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void An_age_the_aside_does_not_give_is_someone_else()
    {
        var briefing = ParsedBriefing.Parse(
            "يرتب علي بن سالم، وهو فلاح في الأربعين، سلال التمر أمام بيته.",
            "ويتابع الفلاح الستيني أن بستانه لم يشرب من السيل منذ ثلاث سنوات.");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void A_person_described_but_never_named_stays_unnamed()
    {
        var briefing = ParsedBriefing.Parse(
            "كان أحد المزارعين، وهو فلاح في الستين، يسقي بستانه من البئر.",
            "ويتابع الفلاح الستيني أن بستانه لم يشرب من السيل منذ ثلاث سنوات.");
        Assert.Null(briefing.Passages[1].Speaker);
    }

    [Fact]
    public void The_description_as_a_verbs_object_quotes_no_one()
    {
        var briefing = ParsedBriefing.Parse(
            "في فناء البيت، تجلس مريم منت محمد، وهي رسامة في الخمسين من عمرها، أمام جدار نظيف.",
            "وتعلّق الرسامة الخمسينية لوحتها على الجدار قبل أن يجف الطين.");
        Assert.Null(briefing.Passages[1].Speaker);
    }
}
