using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// Constructions the fifteenth round's Iraq provincial-elections briefing found unread: a Dutch or German «فان» inside a
/// name read as «فإن», a surname relayed by a medium («نقلت … عن الزيدي قوله»), and a speaker who goes on under another
/// of their titles («وأضاف محافظ البصرة الأسبق أن»).
/// </summary>
public class SpeakerAttributionOfRetitledAndRelayedSpeakersTests
{
    [Theory]
    [InlineData("وبحسب رئيس بعثة الاتحاد الأوروبي، الهولندي يان فان دير مير، فإن الاقتراع جرى بهدوء.\nوأشار فان دير مير إلى أن بعض المرشحين استخدموا سيارات حكومية.", "يان فان دير مير|يان فان دير مير")]
    [InlineData("وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتفاق قريب.", "أورسولا فون دير لاين")]
    public void Van_before_der_is_part_of_a_foreign_name(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void Van_without_hamza_after_a_noun_is_still_fa_inna() =>
        AttributionCases.AssertSpeakers("وبحسب وزير المالية سامي نصار، فان العجز سيتراجع.", "سامي نصار");

    [Theory]
    [InlineData("قال المتحدث باسم وزارة الداخلية اللواء سعد الزيدي إن اليوم مر بهدوء.\nونقلت قناة \"العراقية\" الرسمية عن الزيدي قوله إن الوزارة فتحت تحقيقًا.", "سعد الزيدي|سعد الزيدي")]
    [InlineData("قال أحمد الجبوري إن الشبكة رصدت مخالفات.\nوقالت رنا الجبوري إن صورها مُزقت.\nونقلت وكالة الأنباء عن الجبوري قولها إن الكوتا لم تغير العقلية.", "أحمد الجبوري|رنا الجبوري|رنا الجبوري")]
    public void A_surname_relayed_by_a_medium_is_the_speaker_met(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void A_surname_relayed_that_no_one_met_is_no_one() =>
        AttributionCases.AssertSpeakers("ونقلت الصحيفة عن المصادر قولها إن الاتفاق قريب.", "-");

    [Theory]
    [InlineData("قال كريم الساعدي، رئيس قائمة \"البناء والخدمات\" في البصرة، إن قائمته لم تشترِ صوتًا.\nوأضاف محافظ البصرة الأسبق أن الأولوية للماء.", "كريم الساعدي|كريم الساعدي")]
    [InlineData("قالت ليلى حداد، مديرة المستشفى، إن الأدوية نفدت.\nوتابعت وزيرة الصحة السابقة أن الحكومة تأخرت.", "ليلى حداد|ليلى حداد")]
    public void Going_on_under_another_title_is_the_speaker_just_heard(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Theory]
    // «قال» does not go on: an office no one met is a new speaker under its title.
    [InlineData("قال كريم الساعدي إن قائمته لم تشترِ صوتًا.\nوقال محافظ البصرة إن الأولوية للماء.", "كريم الساعدي|محافظ البصرة")]
    // The verb's gender is not the speaker's: someone else.
    [InlineData("قال كريم الساعدي إن قائمته لم تشترِ صوتًا.\nوأضافت وزيرة الصحة أن الأدوية نفدت.", "كريم الساعدي|وزيرة الصحة")]
    public void Another_verb_or_gender_keeps_the_office_a_new_speaker(string paragraphs, string expected) =>
        AttributionCases.AssertSpeakers(paragraphs, expected);

    [Fact]
    public void The_other_title_is_learnt_with_the_first_kept_as_the_role()
    {
        var analysed = AttributionCases.Analyse("قال كريم الساعدي، رئيس قائمة البناء في البصرة، إن قائمته لم تشترِ صوتًا.\nوأضاف محافظ البصرة الأسبق أن الأولوية للماء.");

        Assert.Equal("رئيس قائمة البناء في البصرة", analysed.Profiles.Single(p => p.Name == "كريم الساعدي").Role);
    }
}
