using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Two speaker defects users saw in the thirteenth round: a woman shown only by a feminine title or a later feminine
/// verb was given a man's profile (the reply's header then read «ما قاله» for her), and a surname that is also a time of
/// day («عماد صبّاح») was cut from the name.
/// </summary>
public class SpeakerGenderAndTimeWordSurnamesTests
{
    [Theory]
    [InlineData("\"الدعم موجود، لكن المشكلة في التسويق\"، على حد قول الخبيرة الاقتصادية القطرية ريم الكواري، التي ترى أن المستهلك يحتاج إلى علامة واضحة.", "ريم الكواري")]
    [InlineData("بحسب الخبيرة الاقتصادية والأستاذة بالجامعة الدكتورة سلوى بن علي، فإن منظومة الدعم الحالية غير عادلة.", "سلوى بن علي")]
    [InlineData("وبحسب عضو البرلمان الدكتورة هالة الزعبي، فإن القانون سيُعدَّل.", "هالة الزعبي")]
    [InlineData("وبحسب سعاد الحربي، المتحدثة باسم الوزارة، فإن الأسعار سترتفع.", "سعاد الحربي")]
    [InlineData("ويرى الخبراء أن الأزمة عميقة، ومنهم الباحث عمر سالم.\nوبحسب المستشارة نادين خوري، فإن الحل في التمويل.", "نادين خوري")]
    public void A_feminine_title_alone_makes_a_womans_profile(string paragraphs, string woman) =>
        Assert.True(AttributionCases.Analyse(paragraphs).Profiles.Single(p => p.Name == woman).Feminine);

    [Fact]
    public void A_feminine_verb_going_on_with_a_speaker_no_woman_was_met_before_makes_hers_a_womans_profile()
    {
        var analysed = AttributionCases.Analyse("ويقول مدير المرصد كريم داود إن الأسعار سترتفع.\nوبحسب جود العمر، فإن التجار لا يخفضون الأسعار.\nوأضافت أن الحل في الرقابة.");

        Assert.Equal(["كريم داود", "جود العمر", "جود العمر"], analysed.Speakers);
        Assert.True(analysed.Profiles.Single(p => p.Name == "جود العمر").Feminine);
    }

    [Fact]
    public void A_feminine_verb_before_the_surname_of_the_one_so_named_makes_hers_a_womans_profile()
    {
        var analysed = AttributionCases.Analyse("وبحسب نوف الكواري، فإن المشكلة في التسويق.\nوتضيف الكواري أن المنتج المحلي يخسر أمام المستورد.");

        Assert.Equal(["نوف الكواري", "نوف الكواري"], analysed.Speakers);
        Assert.True(analysed.Profiles.Single(p => p.Name == "نوف الكواري").Feminine);
    }

    [Theory]
    [InlineData("بحسب الخبير الاقتصادي نبيل الشامي، فإن الدعم غير عادل.", "نبيل الشامي")]
    [InlineData("وبحسب عضو البرلمان خالد الزعبي، فإن القانون سيُعدَّل.", "خالد الزعبي")]
    [InlineData("وقال رئيس هيئة الطاقة سامر الحسن إن الخطة جاهزة.", "سامر الحسن")]
    public void A_masculine_title_keeps_a_mans_profile(string paragraphs, string man) =>
        Assert.False(AttributionCases.Analyse(paragraphs).Profiles.Single(p => p.Name == man).Feminine);

    [Theory]
    [InlineData("وقال الرئيس التنفيذي للشركة عماد صبّاح إن الأرباح ارتفعت.", "عماد صباح")]
    [InlineData("وقال عماد صبّاح، المدير التنفيذي للشركة، إن الأرباح ارتفعت.", "عماد صباح")]
    [InlineData("ويقول عماد صباح إن الأرباح ارتفعت.", "عماد صباح")]
    [InlineData("وأكد المهندس سامي مساء أن المشروع تأخر.", "سامي مساء")]
    [InlineData("وقال المزارع علي ليل: \"الموسم جيد\".", "علي ليل")]
    [InlineData("وقال المحلل خالد صباحي إن السوق هادئة.", "خالد صباحي")]
    public void A_time_of_day_after_a_given_name_closing_the_subject_is_the_surname(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقال صاحب المعصرة عماد صبّاح إن الموسم ضعيف.\nوقال الوزير سامي الحسن إن الدعم قادم.\nويقول صبّاح إن الأسعار ارتفعت.", "عماد صباح|سامي الحسن|عماد صباح")]
    [InlineData("في معصرته الصغيرة، يعصر عماد صباح الزيتون. يقول صباح إن الموسم ضعيف.", "عماد صباح")]
    [InlineData("وقال الوزير سامي الحسن إن الدعم قادم.\nوقال مساء إن الأسعار ارتفعت.", "سامي الحسن|سامي الحسن")]
    public void A_time_of_day_alone_before_that_is_the_surname_of_the_one_so_named(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقال الوزير خالد مساء الثلاثاء إن الخطة جاهزة.", "خالد")]
    [InlineData("وقال الوزير خالد الصباح إن الخطة جاهزة.", "خالد الصباح")]
    [InlineData("وقال الوزير سالم العبيدي مساء إن الخطة جاهزة.", "سالم العبيدي")]
    public void A_time_of_day_before_a_day_or_after_a_whole_name_is_still_when_it_was_said(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
