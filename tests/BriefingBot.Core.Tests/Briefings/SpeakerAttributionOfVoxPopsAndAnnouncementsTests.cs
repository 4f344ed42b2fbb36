using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the thirteenth round's Libyan central-bank briefing found unread: a vox-pop or panel line that opens
/// with the person (name and role, or role and name) and a colon before the quotation, a body that announces «عن»
/// something with no «أن», an interview the narration opens with «سألنا …», and a title with a surname two people bear.
/// </summary>
public class SpeakerAttributionOfVoxPopsAndAnnouncementsTests
{
    [Theory]
    [InlineData("- عمر الككلي، صاحب محل صرافة في سوق المشير بطرابلس: \"الناس تشتري الدولار كلما سمعت خبرًا عن المصرف\".", "عمر الككلي")]
    [InlineData("نجاة القماطي، معلّمة في مدرسة ابتدائية بمصراتة: \"لم أتسلم راتب أكتوبر إلا في منتصف نوفمبر\".", "نجاة القماطي")]
    [InlineData("— سالم الورفلي، سائق أجرة: «البنزين موجود لكن الطوابير طويلة».", "سالم الورفلي")]
    [InlineData("المحللة السياسية فاطمة الحاسي: \"الصراع على المصرف هو صراع على آخر مؤسسة موحدة في البلاد\".", "فاطمة الحاسي")]
    [InlineData("الخبير الاقتصادي مراد الزين: «الأسعار سترتفع قبل رمضان».", "مراد الزين")]
    [InlineData("• سالم الورفلي، سائق أجرة: «البنزين موجود لكن الطوابير طويلة».", "سالم الورفلي")]
    [InlineData("عمر الككلي: \"الناس تشتري الدولار كلما سمعت خبرًا عن المصرف\".", "عمر الككلي")]
    public void A_line_opening_with_the_person_and_a_colon_before_a_quotation_is_theirs(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_woman_on_a_panel_line_is_shown_a_woman_by_her_title()
    {
        var analysed = AttributionCases.Analyse("المحللة السياسية فاطمة الحاسي: \"الصراع على المصرف صراع على الرواتب\".");

        Assert.True(analysed.Profiles.Single(p => p.Name == "فاطمة الحاسي").Feminine);
    }

    [Theory]
    [InlineData("الخلاصة: \"لا حل دون ميزانية موحدة\".")]
    [InlineData("ملاحظة مهمة: \"الأرقام تقديرية\".")]
    [InlineData("عنوان الحملة: «ادفع بالدينار».")]
    [InlineData("شعار المحتجين: \"رواتبنا قبل مناصبكم\".")]
    [InlineData("وزارة المالية: \"الرواتب في موعدها\".")]
    [InlineData("سوق المشير: \"الدولار بسبعة دنانير\".")]
    public void A_label_and_a_colon_before_a_quotation_names_no_one(string paragraph) =>
        AttributionCases.AssertSpeakers(paragraph, "-");

    [Theory]
    [InlineData("وأعلنت المؤسسة الوطنية للنفط عن استئناف الإنتاج في حقل الشرارة بعد توقف دام أحد عشر يومًا.\nوأضافت المؤسسة في بيانها أن خسائر الإغلاق تجاوزت ستمئة مليون دولار.", "المؤسسة الوطنية للنفط|المؤسسة الوطنية للنفط")]
    [InlineData("وأعلنت الشركة العامة للكهرباء عن برنامج لتخفيف الأحمال يبدأ الأحد.", "الشركة العامة للكهرباء")]
    [InlineData("وأعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في موانئ السدرة ورأس لانوف.", "-")]
    public void A_body_that_announces_with_an_and_no_that_is_the_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("سألنا أستاذ الاقتصاد في جامعة بنغازي، الدكتور عادل بوخطوة، عن أثر الأزمة على سعر الدينار.\nوقال لـ\"الموجز\": \"كل أسبوع من الخلاف يكلّف الدينار اثنين في المئة من قيمته.\n\"والمشكلة أن الخسارة لا تُستعاد بسهولة\".\n«الموجز»: هل يمكن أن يحل تغيير المحافظ الأزمة؟\nبوخطوة: لا. تغيير الأشخاص جُرّب مرتين.", "-|عادل بوخطوة|عادل بوخطوة|-|عادل بوخطوة")]
    [InlineData("والتقينا رئيسة غرفة التجارة سلمى الفيتوري في مكتبها بمصراتة.\nوقالت إن التجار ينتظرون الاعتمادات منذ شهرين.", "-|سلمى الفيتوري")]
    [InlineData("تحدثنا إلى الخبير الاقتصادي عادل بوخطوة في مكتبه ببنغازي.\nويقول إن الأزمة ستطول.", "-|عادل بوخطوة")]
    [InlineData("سألنا الخبير الاقتصادي عادل بوخطوة عن مستقبل الدينار، فأجاب: \"الأزمة ستطول\".", "عادل بوخطوة")]
    public void The_one_the_narration_says_was_asked_or_met_is_who_answers(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void Asking_about_someone_is_no_interview_with_them() =>
        AttributionCases.AssertSpeakers("وسألنا عن مصير الودائع في المصارف التجارية.\nوقال إن الودائع آمنة.", "-|-");

    [Fact]
    public void A_title_with_a_surname_two_people_bear_is_the_one_holding_the_title() =>
        AttributionCases.AssertSpeakers(
            "يقول المهندس يوسف المقريف، الذي يعمل في حقل الشرارة، إن العمال يعيشون على أعصابهم.\nوقال رئيس لجنة المالية في مجلس النواب، النائب علي المقريف، إن المجلس لا يعترض على المحافظ.\nويرى النائب المقريف أن أي تسوية لا تمر عبر البرلمان لن تصمد.",
            "يوسف المقريف|علي المقريف|علي المقريف");
}
