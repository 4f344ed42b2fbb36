using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Statements the press attributes without a person speaking: a statement of an office read out by someone else
/// («وجاء في بيان للرئيس القبرصي تلاه الناطق …») a statement issued by a body («بيان صادر عن …»), a body whose name is quoted after its noun («منظمة "أطباء بلا
/// حدود"»), a directorate, «عبّر عن قلقه», and an honorific before a body («ويطالب سعادة وزارة الصحة بـ…»: the
/// surname «سعادة» and the verb's object);
/// an anonymous source stays no one. Each case is one section: paragraphs separated by a newline, the speakers of each by «|».
/// </summary>
public class SpeakerAttributionOfStatementsAndBodiesTests
{
    [Theory]
    [InlineData("وجاء في بيان للرئيس القبرصي تلاه الناطق باسم الحكومة يانيس كاراس أن الجزيرة تحملت عبئًا يفوق حجمها.", "الرئيس القبرصي")]
    [InlineData("وجاء في بيان لوزارة الخارجية الأردنية أن الوزارة تتابع أوضاع المواطنين.", "وزارة الخارجية الأردنية")]
    [InlineData("وجاء في رسالة لرئيس الوزراء، قرأتها نيابة عنه وزيرة الإعلام، أن الحكومة لن تتراجع.", "رئيس الوزراء")]
    public void A_statement_of_someone_read_out_is_theirs(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وبحسب بيان صادر عن مكتب رئيس الوزراء، فإن الحكومة ستعقد جلسة طارئة.", "مكتب رئيس الوزراء")]
    [InlineData("وجاء في بيان صادر عن وزارة الخارجية أن السفارة ستبقى مفتوحة.", "وزارة الخارجية")]
    public void A_statement_issued_by_a_body_is_the_bodys(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأعلنت المديرية العامة للأمن العام في بيان أن القافلة ستغادر غدًا.", "المديرية العامة للأمن العام")]
    [InlineData("وقالت النيابة العامة المصرية في بيان إن التحقيق مستمر.", "النيابة العامة المصرية")]
    public void A_directorate_or_a_prosecution_speaks_as_a_body(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وعبّر الأمين العام للجامعة العربية أحمد أبو الغيط عن قلقه من التصعيد.", "أحمد أبو الغيط")]
    [InlineData("وعبّرت المديرة الإقليمية لليونيسف أديل خضر عن أسفها لمقتل الأطفال.", "أديل خضر")]
    public void Expressing_concern_is_a_statement(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال النائب أنطون سعادة إن المستشفيات تنتظر مستحقاتها منذ عامين.\nويطالب سعادة وزارة الصحة بتسديد المستحقات المتأخرة.", "أنطون سعادة|أنطون سعادة")]
    [InlineData("وأكد سعادة السفير خالد المطيري أن العلاقات متينة.", "خالد المطيري")]
    public void An_honorific_before_a_body_is_a_surname_and_the_body_is_the_object(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأفادت منظمة \"أطباء بلا حدود\" في بيان بأن فرقها عالجت مئتي ناجٍ.", "منظمة أطباء بلا حدود")]
    [InlineData("وقالت منظمة «هيومن رايتس ووتش» إن السلطات احتجزت عشرات المهاجرين.", "منظمة هيومن رايتس ووتش")]
    public void A_body_whose_name_is_quoted_after_its_noun_speaks_under_that_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وقال متحدث باسم وزارة المالية، طلب عدم ذكر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام، إن الوزارة لا تنوي توسيع الضريبة.", "متحدث باسم وزارة المالية")]
    [InlineData("وقالت مسؤولة في وزارة الخارجية، طلبت عدم الكشف عن هويتها، إن الزيارة أُجّلت.", "-")]
    public void An_unnamed_spokesman_asking_not_to_be_named_is_the_office(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأشار مصدر أمني لبناني، طلب عدم ذكر اسمه، إلى أن الشبكات تستخدم قوارب سريعة.", "-")]
    public void An_anonymous_source_asking_not_to_be_named_is_still_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
