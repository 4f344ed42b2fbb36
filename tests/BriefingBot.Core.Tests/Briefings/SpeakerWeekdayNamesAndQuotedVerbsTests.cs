using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Wrong speaker names of the twenty-eighth round: a briefing that writes «يوم الخميس» made «خميس» a common noun, and
/// the given name after a rank was dropped («العقيد خميس بن علي الشحري» became «بن علي الشحري»); a verb inside the
/// quotation of a speaker already found was read as a further speaker's («"لا تستبعد أي خيار"» made «خيار» one).
/// </summary>
public class SpeakerWeekdayNamesAndQuotedVerbsTests
{
    [Theory]
    [InlineData("أعلنت الوزارة يوم الخميس أن الموسم كان قياسيًا.\nوقال مدير إدارة المرور، العقيد خميس بن علي الشحري، إن الإدارة سجلت حوادث كثيرة.", "-|خميس بن علي الشحري")]
    [InlineData("وعقد المجلس جلسته يوم الجمعة الماضي.\nوقال المزارع جمعة الحداد إن الموسم جيد.", "-|جمعة الحداد")]
    public void A_weekday_written_with_its_article_leaves_its_bare_form_a_given_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    [InlineData("وردًا على سؤال عن العقوبات، قال هارينغتون إن بلاده \"لا تستبعد أي خيار\" ضد القادة الذين يعرقلون وصول المساعدات، من دون أن يسمي أحدًا منهم.", "هارينغتون")]
    [InlineData("وقال الوزير سامي الحسن: «لا نستبعد أي خيار» في المفاوضات، من دون أن يحدد موعدًا.", "سامي الحسن")]
    public void A_verb_inside_the_quotation_of_a_speaker_already_found_is_what_they_said(string paragraphs, string expected) =>
        AttributionCases.AssertQuoted(paragraphs, expected);
}
