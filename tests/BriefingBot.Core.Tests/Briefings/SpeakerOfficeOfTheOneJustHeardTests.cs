using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// An office named once with the person («مصطفى اليعقوبي، مدير المهرجان»), then alone under other words («ويؤكد مدير
/// الدورة أن»), is the person just heard when the office's title heads their role and no other speaker's; it had been a
/// speaker of its own, so «ماذا قال مصطفى اليعقوبي؟» missed the passage.
/// </summary>
public class SpeakerOfficeOfTheOneJustHeardTests
{
    [Theory]
    [InlineData("وقال مصطفى اليعقوبي، مدير المهرجان، إن الدورة المقبلة ستستقبل عشرين فنانًا.", "ويؤكد مدير الدورة أن اللجنة ستطلب موافقة السكان.", "مصطفى اليعقوبي")]
    [InlineData("وقالت هدى العلوي، رئيسة الجمعية، إن المتطوعين قلة.", "وتضيف رئيسة المبادرة أن التمويل انتهى.", "هدى العلوي")]
    [InlineData("وقال سالم الكندي، مدير الميناء، إن السفن تأخرت.", "ويرى مدير المرفأ أن الرسوم سترتفع.", "سالم الكندي")]
    public void The_office_alone_is_the_one_just_heard(string named, string office, string speaker) =>
        Assert.Equal(speaker, SpeakersOf(named, office)[^1]);

    [Fact]
    public void A_spokesman_alone_is_no_one_just_heard() =>
        Assert.Equal("متحدث باسم البلدية", SpeakersOf("وقال متحدث باسم الوزارة إن السفن تأخرت.", "وقال متحدث باسم البلدية إن الرسوم سترتفع.")[^1]);

    [Fact]
    public void An_office_whose_title_two_speakers_hold_stays_an_office() =>
        Assert.Equal("مدير الدورة", SpeakersOf(
            "وقال مصطفى اليعقوبي، مدير المهرجان، إن الدورة ستستقبل عشرين فنانًا.",
            "وقال يوسف الإدريسي، مدير المعهد، إن الطلاب سيشاركون.",
            "وقال مصطفى اليعقوبي إن الجداريات ستبقى.",
            "ويؤكد مدير الدورة أن اللجنة ستطلب موافقة السكان.")[^1]);

    [Fact]
    public void An_office_of_the_other_gender_stays_an_office() =>
        Assert.Equal("رئيسة الدورة", SpeakersOf("وقال مصطفى اليعقوبي، رئيس المهرجان، إن الدورة ستستقبل عشرين فنانًا.", "وتؤكد رئيسة الدورة أن اللجنة ستطلب موافقة السكان.")[^1]);
}
