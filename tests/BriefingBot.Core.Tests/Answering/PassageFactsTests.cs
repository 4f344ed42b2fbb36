using BriefingBot.Core.Answering;

namespace BriefingBot.Core.Tests.Answering;

public sealed class PassageFactsTests
{
    [Theory]
    [InlineData("بقيمة ثمانية مليارات دولار")]
    [InlineData("تجاوزت 160 مليار دولار")]
    [InlineData("بلغت اثني عشر في المئة")]
    [InlineData("يهجرون قراهم بالعشرات")]
    [InlineData("نحو ٣٠ ألف إصابة")]
    [InlineData("بلغت مئتي دينار")]
    [InlineData("تعمل فيها مئتا امرأة")]
    public void A_number_written_in_digits_or_in_words_is_a_number(string text) => Assert.True(PassageFacts.HasNumber(text));

    [Theory]
    [InlineData("الأجرة زادت جنيهين، والركاب غاضبون")]
    [InlineData("تأخر القطار يومين عن موعده")]
    [InlineData("تضاعفت الأسعار مرتين")]
    public void The_dual_of_a_unit_is_a_count_of_two(string text) => Assert.True(PassageFacts.HasNumber(text));

    [Theory]
    [InlineData("سجلت البورصة مبيعات بنحو أربعمئة كيلوغرام في شهرها الأول")]
    [InlineData("ارتفع عددها إلى ثلاثمائة وخمسين شركة")]
    [InlineData("بعائدات قاربت مليارًا وتسعمئة مليون دولار")]
    public void Hundreds_written_as_one_word_are_a_number(string text) => Assert.True(PassageFacts.HasNumber(text));

    [Theory]
    [InlineData("لا تسعى كوريا الشمالية لأن تكون تابعة")]
    [InlineData("يرى محللون أن الحل سياسي")]
    public void A_passage_without_a_quantity_has_no_number(string text) => Assert.False(PassageFacts.HasNumber(text));

    [Theory]
    [InlineData("أغلقت مكاتب الاقتراع أبوابها مساء الأحد")]
    [InlineData("في أول انتخابات حرة عام ألفين وأحد عشر")]
    [InlineData("سُجلت اشتباكات خلال الصيف الماضي")]
    [InlineData("ستعلن النتائج في غضون أسبوع")]
    [InlineData("منذ اندلاع الحرب في أبريل")]
    [InlineData("وُقّع الاتفاق سنة 2023")]
    [InlineData("قال في مؤتمر صحفي ليلة الاقتراع")]
    public void A_date_or_a_time_is_a_time(string text) => Assert.True(PassageFacts.HasTime(text));

    [Theory]
    [InlineData("وتعاني مدن الجنوب من انقطاعات متكررة للتيار في الصيف")]
    [InlineData("ويرتفع الإشغال في الشتاء مع زوار الحديقة")]
    public void A_season_says_when(string text) => Assert.True(PassageFacts.HasTime(text));

    [Theory]
    [InlineData("وتأسست شنقيط في القرن الثالث عشر الميلادي محطة للقوافل")]
    [InlineData("بُني الجسر في القرن التاسع عشر")]
    public void A_century_named_by_its_ordinal_says_when(string text) => Assert.True(PassageFacts.HasTime(text));

    [Theory]
    [InlineData("إلى أن جفت العين في مطلع التسعينيات بعد حفر آبار عميقة حول المدينة")]
    [InlineData("وكانت الدولة قد بنت في سبعينيات القرن الماضي مدينة حديثة خارج الأسوار")]
    [InlineData("نزل عدد الضاربات من ثلاثين امرأة في الثمانينيات والتسعينيات إلى أربع عشرة اليوم")]
    [InlineData("وهجرها آخر سكانها منذ الستينيات")]
    public void A_decade_says_when(string text) => Assert.True(PassageFacts.HasTime(text));

    [Theory]
    [InlineData("يعمل في الورشة ثمانون عاملًا وستون متدربًا")]
    [InlineData("وتبيع التعاونية الكيلو بتسعين دينارًا")]
    public void Tens_counting_a_thing_are_no_decade(string text) => Assert.False(PassageFacts.HasTime(text));

    [Fact]
    public void A_season_word_without_its_article_may_be_a_name() => Assert.False(PassageFacts.HasTime("وأضاف ربيع أن القناة خسرت كثيرًا من إيراداتها"));

    [Theory]
    [InlineData("ثقافة كاملة عمرها خمسة آلاف عام")]
    [InlineData("يهجرون قراهم بالعشرات كل شهر")]
    [InlineData("لم يسألنا أحد عن رأينا")]
    public void A_duration_a_frequency_or_anyone_is_no_time(string text) => Assert.False(PassageFacts.HasTime(text));
}
