using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A surname that is also a title («القاضي»، «الشيخ») ends a name when whom it was said to follows it («يقول سعيد القاضي
/// لـ"موجز"»، «قال محمد الشيخ للصحفيين»), as it does before «أن»: the addressee follows a name, never a title's complement.
/// </summary>
public class SpeakerTitleWordSurnameBeforeTheAddresseeTests
{
    [Theory]
    [InlineData("«كنا نجمع الملح بأيدينا من الفجر حتى الظهر»، يقول سعيد القاضي لـ\"موجز\"، وهو يعمل في الملاحة منذ ثلاثين عامًا.", "سعيد القاضي")]
    [InlineData("وقال محمود القاضي لـ«الموجز» إن المحصول تراجع إلى النصف.", "محمود القاضي")]
    public void A_title_word_surname_before_the_addressee_is_part_of_the_name(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));
}
