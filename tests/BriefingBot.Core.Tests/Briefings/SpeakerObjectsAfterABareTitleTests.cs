using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A bare title with the article («وأعلنت الوزيرة …») points back to the speaker already met; the run after it, closed
/// by nothing, is what was announced, never a second speaker («دينار لتدعيم البيوت الأكثر»، «تشكيل فرق لقياس»،
/// «معتمدة خالية»). A plain name right after an occupation stays a name.
/// </summary>
public class SpeakerObjectsAfterABareTitleTests
{
    [Theory]
    [InlineData("قالت وزيرة الثقافة سعاد النعيمي إن البيوت القديمة مهددة. وأعلنت الوزيرة رصد غلاف مالي قدره أربعة مليارات دينار لتدعيم البيوت الأكثر عرضة للانهيار.")]
    [InlineData("قالت وزيرة الثقافة سعاد النعيمي إن البيوت القديمة مهددة. وأعلنت الوزيرة تشكيل فرق لقياس نوعية الهواء في القرى.")]
    [InlineData("قالت وزيرة الثقافة سعاد النعيمي إن البيوت القديمة مهددة. وأعلنت الوزيرة برنامجًا لتوزيع مئتي ألف شتلة معتمدة خالية من المرض.")]
    public void A_run_closed_by_nothing_after_a_bare_title_is_the_announced_object(string paragraph) =>
        AttributionCases.AssertQuoted(paragraph, "سعاد النعيمي");

    [Fact]
    public void A_name_right_after_an_occupation_is_still_its_holder() =>
        AttributionCases.AssertQuoted("وينتقد الاقتصادي إدريس الكتاني إعطاء الأولوية للقطار السريع، ويقول إن الأموال كانت تكفي للخطوط العادية.", "إدريس الكتاني");
}
