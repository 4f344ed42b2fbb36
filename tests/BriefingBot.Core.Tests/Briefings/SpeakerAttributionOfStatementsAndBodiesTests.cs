using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Statements the press attributes without a person speaking: a statement of an office read out by someone else
/// («وجاء في بيان للرئيس القبرصي تلاه الناطق …») and a body whose name is quoted after its noun («منظمة "أطباء بلا حدود"»);
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
    [InlineData("وأفادت منظمة \"أطباء بلا حدود\" في بيان بأن فرقها عالجت مئتي ناجٍ.", "منظمة أطباء بلا حدود")]
    [InlineData("وقالت منظمة «هيومن رايتس ووتش» إن السلطات احتجزت عشرات المهاجرين.", "منظمة هيومن رايتس ووتش")]
    public void A_body_whose_name_is_quoted_after_its_noun_speaks_under_that_name(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);

    [Theory]
    [InlineData("وأشار مصدر أمني لبناني، طلب عدم ذكر اسمه، إلى أن الشبكات تستخدم قوارب سريعة.", "-")]
    public void An_anonymous_source_asking_not_to_be_named_is_still_no_one(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
