using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// What a speaker is, said after the name and its comma without a title the lexicon holds: a definite noun in apposition
/// («سعيد بوزيد، المرشد السياحي …،») is the role, and so is a relative clause, its verb read as the doer («الذي يملك
/// بستانًا» is «مالك بستان»، «التي تعمل في التعاونية» is «عاملة في التعاونية»). A weekday between commas, or a clause
/// whose verb's doer its letters do not show, gives none.
/// </summary>
public class SpeakerRolesSetOffAfterTheNameTests
{
    [Theory]
    [InlineData("واشتكى كاظم العيداني، الذي يملك بستانًا في قضاء شط العرب، من أن التجار يشترون بأقل من نصف السعر.", "كاظم العيداني", "مالك بستان في قضاء شط العرب")]
    [InlineData("\"هذا عمل لا تتقنه الآلة\"، تقول نعيمة العلوي، التي تعمل في التعاونية منذ خمسة عشر عامًا، وتتقاضى ستين درهمًا.", "نعيمة العلوي", "عاملة في التعاونية منذ خمسة عشر عام")]
    [InlineData("وقالت آمنة يوسف، التي نزحت من الفاشر، إن المخيم بلا ماء.", "آمنة يوسف", "نازحة من الفاشر")]
    public void A_relative_clause_after_the_name_is_the_role_with_its_verb_read_as_the_doer(string paragraph, string speaker, string role) =>
        Assert.Equal(role, RoleOf(paragraph, speaker));

    [Theory]
    [InlineData("ويقول سعيد بوزيد، المرشد السياحي على الطريق بين مراكش والصويرة، إن الرعاة يربطون الماعز فوق الأشجار.", "سعيد بوزيد", "المرشد السياحي على الطريق بين مراكش والصويرة")]
    public void A_definite_noun_set_off_after_the_name_is_the_role(string paragraph, string speaker, string role) =>
        Assert.Equal(role, RoleOf(paragraph, speaker));

    [Theory]
    [InlineData("وقال سعيد بوزيد، الأربعاء، إن الرعاة يربطون الماعز فوق الأشجار.", "سعيد بوزيد")]
    [InlineData("واشتكى كاظم العيداني، الذي يقود شاحنة منذ عشرين عامًا، من أن التجار يشترون بأقل من نصف السعر.", "كاظم العيداني")]
    public void A_weekday_or_a_clause_whose_doer_is_not_shown_is_no_role(string paragraph, string speaker) =>
        Assert.Null(RoleOf(paragraph, speaker));

    private static string? RoleOf(string paragraph, string speaker)
    {
        var briefing = Parse(paragraph);
        Assert.Equal(speaker, briefing.Passages[0].Speaker);
        return briefing.SpeakerProfiles.Single(p => p.Name == speaker).Role;
    }
}
