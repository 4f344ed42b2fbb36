using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وبحسب TITLE NAME، VERB …»: an opener with no verb of its own names its source up to the comma after the titled name when
/// a verb in the present opens the clause after it — that clause is what the source says, not more of the source's title.
/// </summary>
public class SpeakerSourceClosedByCommaTests
{
    [Theory]
    [InlineData("وبحسب رئيس بلدية بشري مارون فخري، تعمل البلدية على خطة لتنظيم دخول الزوار إلى الوادي تشمل تحديد عدد يومي للزائرين.", "مارون فخري", "رئيس بلدية بشري")]
    [InlineData("وبحسب رئيس المجلس البلدي في نالوت عبد الحكيم الرقيعي، تعمل البلدية على ضم المعصرتين إلى مسار سياحي يربط القصر القديم بالمخازن الجبلية.", "عبد الحكيم الرقيعي", "رئيس المجلس البلدي في نالوت")]
    [InlineData("ووفقًا لمدير مستشفى الزاوية التعليمي خليل بوشناق، يستقبل قسم الطوارئ ثلاثمئة مريض في اليوم بعد إغلاق المستوصفات القريبة.", "خليل بوشناق", null)]
    public void The_titled_source_ends_at_the_comma_before_a_present_verb(string text, string speaker, string? role)
    {
        var briefing = ParsedBriefing.Parse(text);
        Assert.Equal(speaker, briefing.Passages[0].Speaker);
        var profile = Assert.Single(briefing.SpeakerProfiles);
        if (role is not null)
        {
            Assert.Equal(role, profile.Role);
        }
    }

    [Theory]
    [InlineData("وبحسب فخرو، سيُربط المسار بمرفأ صغير للسفن الخشبية عند الساحل.")]
    [InlineData("وبحسب أرقام الوزارة، تراجع عدد الزوار إلى النصف.")]
    public void A_source_with_no_title_is_read_as_before(string text) =>
        Assert.Null(ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void An_apposition_after_the_comma_still_names_the_source()
    {
        var briefing = ParsedBriefing.Parse("وبحسب نوري المرغني، مدير إدارة الإرشاد الزراعي في الجبل، فإن نقص العمالة دفع بعض المزارعين إلى ترك الثمار على الأشجار.");
        Assert.Equal("نوري المرغني", briefing.Passages[0].Speaker);
    }
}
