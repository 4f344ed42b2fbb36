using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A wrong speaker name of the twenty-eighth round: a briefing that writes «يوم الخميس» made «خميس» a common noun, and
/// the given name after a rank was dropped («العقيد خميس بن علي الشحري» became «بن علي الشحري»).
/// </summary>
public class SpeakerWeekdayGivenNamesTests
{
    [Theory]
    [InlineData("أعلنت الوزارة يوم الخميس أن الموسم كان قياسيًا.\nوقال مدير إدارة المرور، العقيد خميس بن علي الشحري، إن الإدارة سجلت حوادث كثيرة.", "-|خميس بن علي الشحري")]
    [InlineData("وعقد المجلس جلسته يوم الجمعة الماضي.\nوقال المزارع جمعة الحداد إن الموسم جيد.", "-|جمعة الحداد")]
    public void A_weekday_written_with_its_article_leaves_its_bare_form_a_given_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);
}
