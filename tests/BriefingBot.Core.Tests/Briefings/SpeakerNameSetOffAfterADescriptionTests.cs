using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A description of the speaker up to a comma, then a name set off by commas right before «أن»: the name speaks and the
/// description is the role, whether the description is indefinite («ربان مركب في ميناء …»، «مسؤول في الوزارة»), a noun
/// with the article going on («الجيولوجي في مركز …») or a title whose complement looks like a name («مدير ميناء
/// اسنيم»). Set-off words with no given name or particle («طلب عدم ذكر اسمه») are no name.
/// </summary>
public class SpeakerNameSetOffAfterADescriptionTests
{
    [Theory]
    [InlineData("وقال ربان مركب في ميناء آسفي، الحسين أوبلا، إن البحارة يعودون بعشرين صندوقًا.", "الحسين أوبلا", "ربان مركب في ميناء آسفي")]
    [InlineData("وقال مسؤول في الوزارة، محمد الأمين، إن الطريق سيفتح في الربيع.", "محمد الأمين", "مسؤول في الوزارة")]
    [InlineData("ويقول الجيولوجي في مركز الدراسات، الدكتور عمر داود، إن المنطقة تقع فوق صدع نشط.", "عمر داود", "الجيولوجي في مركز الدراسات الدكتور")]
    [InlineData("وقال مدير ميناء اسنيم في نواذيبو، إبراهيم ولد الطالب، إن الميناء حمّل ثلاثين سفينة.", "إبراهيم ولد الطالب", "مدير ميناء اسنيم في نواذيبو")]
    public void A_name_set_off_before_that_after_a_description_speaks_with_the_description_as_role(string paragraph, string speaker, string role)
    {
        var briefing = Parse(paragraph);
        Assert.Equal(speaker, briefing.Passages[0].Speaker);
        Assert.Equal(role, briefing.SpeakerProfiles.Single(p => p.Name == speaker).Role);
    }

    [Fact]
    public void Words_set_off_with_no_given_name_are_no_name() =>
        Assert.Null(Parse("ويقول مسؤول في الهيئة، طلب عدم ذكر اسمه، إن الشاحنات تنتظر أيامًا.").Passages[0].Speaker);

    [Fact]
    public void A_mention_opening_with_the_word_another_name_ends_with_is_another_person() => AssertSpeakers(
        ["وقال المهندس المسؤول عن الفريق، أحمدو ولد الشيخ، إن العمل بدأ.", "وقال عمدة شنقيط، الشيخ ولد أعمر، إن السياح قلّوا."],
        (1, "الشيخ ولد أعمر"));
}
