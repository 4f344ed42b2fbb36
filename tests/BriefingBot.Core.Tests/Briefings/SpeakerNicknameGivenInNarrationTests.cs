using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// A nickname narration gives a person — inside an aside «، وهو / وهي …» that says what they are before who calls them
/// what, or after namers whose words open with «ب» («أطفال بشري»، «أهل بلدته»، «باسم») — is an alias of that person: a later
/// paragraph that quotes them by it («ويحذر جدو الأرز من أن») is theirs, not a second speaker's.
/// </summary>
public class SpeakerNicknameGivenInNarrationTests
{
    [Theory]
    [InlineData("ويحرس الغابة منذ خمسة عشر عامًا ريمون طربيه، وهو رجل هادئ يلقبه أطفال بشري \"جدو الأرز\" لكثرة ما يحكي لهم عن الأشجار.", "ويحذر جدو الأرز من أن قلة الثلج صارت تهدد الشتول الصغيرة.", "ريمون طربيه")]
    [InlineData("عثمان آدم، وهو حمّال من كسلا يناديه الجميع \"أبو الخير\"، يقف بين صناديق الخضار منذ الفجر.", "ويقول أبو الخير إنه يتقاضى ريالين عن كل صندوق.", "عثمان آدم")]
    [InlineData("وتخبز سعاد المصري، وهي أرملة في الخمسين تناديها نساء الحي \"أم الخير\"، الكعك في فرن الحارة.", "وتقول أم الخير إن الطحين صار غاليًا.", "سعاد المصري")]
    public void A_nickname_inside_an_aside_after_the_name_is_the_persons_alias(string narration, string quoted, string speaker)
    {
        var briefing = Parse(narration, quoted);
        Assert.Equal(speaker, briefing.Passages[1].Speaker);
        Assert.DoesNotContain(briefing.SpeakerProfiles, p => p.Name != speaker);
    }

    [Theory]
    [InlineData("ويملك إلياس رحمة، الذي يناديه أهل بلدته \"أبو طنوس\"، بستان تفاح ورثه عن جده.", "ويقول أبو طنوس إن أسعار التفاح لم تعد تغطي كلفة القطاف.", "إلياس رحمة")]
    [InlineData("أحمد عيسى الحمدي، الذي يعرفه السياح باسم «أحمد ديكسم»، يقود مجموعات صغيرة إلى الهضبة.", "ويقول أحمد ديكسم إن السياحة قد تصبح مصدر دخل.", "أحمد عيسى الحمدي")]
    public void A_namer_opening_with_ba_before_the_quoted_nickname_is_not_the_alias(string narration, string quoted, string speaker) =>
        AssertSpeakers([narration, quoted], (1, speaker));

    [Fact]
    public void An_aside_that_calls_nothing_gives_no_alias()
    {
        var briefing = Parse(
            "ويحرس الغابة ريمون طربيه، وهو رجل هادئ يحكي للأطفال عن الأشجار.",
            "ويحذر طربيه من أن قلة الثلج صارت تهدد الشتول الصغيرة.");
        Assert.Equal("ريمون طربيه", briefing.Passages[1].Speaker);
        Assert.Empty(briefing.SpeakerProfiles.Single().Aliases);
    }
}
