using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the fourteenth round's Jordan youth-jobs briefing found unread: an interview told in the magazine's own
/// voice («التقت "الموجز" …، وقالت لنا»), a body met in narration that speaks later by its noun alone («وقالت الوزارة
/// في بيان»), a kunya given in quotes after a name, and a foreign name with particles («دي لا»).
/// </summary>
public class SpeakerAttributionOfMagazineInterviewsAndNarratedBodiesTests
{
    [Theory]
    [InlineData("التقت \"الموجز\" المهندسة المعمارية رهف العبادي في مقهى بوسط عمّان قبل سفرها إلى الدوحة. وقالت لنا إنها قدّمت طلبها إلى الديوان يوم تخرجها.", "رهف العبادي")]
    [InlineData("التقى \"الموجز\" الطبيب سامي عوض في عيادته بالمفرق.\nوقال لنا إن المرضى يؤجلون العلاج.", "-|سامي عوض")]
    [InlineData("وحاورت «النشرة» الباحثة ليلى منصور عن أثر القرار، وقالت لنا إن الأسعار سترتفع.", "ليلى منصور")]
    [InlineData("والتقى مراسلنا المزارع حسن العلي في حقله قرب درعا، وقال لنا إن الموسم ضعيف.", "حسن العلي")]
    public void The_one_the_magazine_met_is_who_told_us(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void Where_the_magazine_met_someone_is_no_part_of_their_role()
    {
        var analysed = AttributionCases.Analyse("التقت \"الموجز\" المهندسة المعمارية رهف العبادي في مقهى بوسط عمّان قبل سفرها. وقالت لنا إنها قدّمت طلبها.");

        Assert.Equal("المهندسة المعمارية", analysed.Profiles.Single(p => p.Name == "رهف العبادي").Role);
    }

    [Fact]
    public void Whom_it_was_said_to_is_no_name() =>
        AttributionCases.AssertSpeakers("وقال وزير العمل خالد سعيد إن الوضع صعب.\nوقال لنا إن الأسعار ارتفعت.", "خالد سعيد|خالد سعيد");

    [Fact]
    public void A_medium_met_by_someone_is_no_interview_of_ours() =>
        AttributionCases.AssertSpeakers("وقال وزير العمل خالد سعيد إن الوضع صعب.\nوالتقى الوزير وفدًا من النقابات، وقال إن الحوار مستمر.", "خالد سعيد|خالد سعيد");

    [Theory]
    [InlineData("وكانت وزارة الشباب قد أطلقت في الصيف برنامج \"مهارات\" لتدريب الشباب.\nوقالت الوزارة في بيان إن نصف المتدربين حصلوا على عمل.\nوأضافت الوزارة أن البرنامج سيتوسع.", "-|وزارة الشباب|وزارة الشباب")]
    [InlineData("أطلقت هيئة تنظيم قطاع الاتصالات خطة جديدة للأسعار.\nوقالت الهيئة إن الأسعار ستنخفض.", "-|هيئة تنظيم قطاع الاتصالات")]
    [InlineData("ورفعت شركة الكهرباء الوطنية التعرفة مرتين هذا العام.\nوتقول الشركة إن الدعم لم يعد ممكنًا.", "-|شركة الكهرباء الوطنية")]
    [InlineData("أطلق البنك المركزي الأردني برنامجًا للقروض الميسرة.\nوقال البنك في بيان إن القروض ستذهب إلى الشباب.", "-|البنك المركزي الأردني")]
    public void A_body_met_in_narration_speaks_later_by_its_noun(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وقالت الوزارة في بيان إن نصف المتدربين حصلوا على عمل.", "-")]
    [InlineData("وافقت حكومة الوحدة الوطنية على الميزانية.\nوتقول الحكومة إن الرواتب ستصرف.", "-|-")]
    [InlineData("وقال المدير العام لهيئة سكك حديد السودان، مجدي عبد الرحيم، إن الخط سيكتمل.\nوقال مدير الهيئة القومية لسكك حديد مصر، محمد عامر، إن الورشة ستُجمع.\nوتتوقع الهيئة أن يحمل القطار ثلاثمئة ألف مسافر.", "مجدي عبد الرحيم|محمد عامر|-")]
    public void A_body_noun_nothing_named_before_or_another_body_since_is_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يقول سائق التاكسي محمود الشديفات، \"أبو خالد\" كما يناديه زبائنه في الزرقاء، إن أبناءه بلا عمل.\nويضيف أبو خالد: \"بعت الأرض لأعلّمهم\".", "محمود الشديفات|محمود الشديفات")]
    [InlineData("يقول المزارع سالم الحويطات، «أبو علي»، إن الموسم ضعيف.\nويضيف أبو علي أن الأسعار لا تغطي الكلفة.", "سالم الحويطات|سالم الحويطات")]
    [InlineData("يقول سائق التاكسي محمود الشديفات (أبو خالد) إن أبناءه بلا عمل.\nويضيف أبو خالد أن الأرض بيعت.", "محمود الشديفات|محمود الشديفات")]
    public void A_kunya_quoted_after_a_name_is_that_person(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("يقول الخبير في منظمة العمل الدولية، خوسيه مانويل دي لا فوينتي، إن التحويلات كبيرة.\nويرى دي لا فوينتي أن على الأردن أن يتفاوض.", "خوسيه مانويل دي لا فوينتي|خوسيه مانويل دي لا فوينتي")]
    [InlineData("وقالت الباحثة الإسبانية ماريا دي لوس أنخيليس إن الموانئ تحتاج إلى استثمار.", "ماريا دي لوس أنخيليس")]
    public void A_foreign_name_goes_on_through_its_particles(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
