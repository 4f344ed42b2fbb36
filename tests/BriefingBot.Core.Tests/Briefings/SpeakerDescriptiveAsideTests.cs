using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// An aside opened by «وهو / وهي» after the name's comma and closed by a comma («أما أم ياسين، وهي أرملة …، فتقول»،
/// «سعاد الهاشمي، وهي مهندسة …، قالت») says what the speaker is: the speaker before it is the one quoted, however long
/// the aside, and what it says is the role a reader may ask by.
/// </summary>
public class SpeakerDescriptiveAsideTests
{
    [Theory]
    [InlineData("أما أم ياسين، وهي أرملة من دوار إد عيسى كانت تصنع مربى التين الشوكي وتبيعه للسياح، فتقول إنها باعت آخر ماعز لديها.", "أم ياسين")]
    [InlineData("أما أم أيمن، وهي أرملة، فتقول إنها لم تجنِ سوى كيسين من اللوز.", "أم أيمن")]
    [InlineData("أما الحاج سالم بوعزة، وهو فلاح في الثمانين من عمره، فيقول إن الأرض لم تعد تطعم أحدًا.", "سالم بوعزة")]
    public void A_speaker_after_amma_is_quoted_across_an_aside_with_wahiya(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Theory]
    [InlineData("سعاد الهاشمي، وهي مهندسة في شركة المياه، قالت إن الآبار جفت.", "سعاد الهاشمي")]
    [InlineData("ريم الفراتي، وهي مهندسة فلاحية في المعهد الوطني للبحوث الزراعية بتونس، قالت إن الأصناف المحلية تزهر مبكرًا.", "ريم الفراتي")]
    public void A_name_opening_the_paragraph_with_an_aside_with_wahiya_before_its_verb_is_the_speaker(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void The_aside_is_the_role_a_reader_may_ask_by()
    {
        var briefing = Parse("سعاد الهاشمي، وهي مهندسة في شركة المياه، قالت إن الآبار جفت.");
        Assert.Contains("مهندسة", briefing.SpeakerProfiles.Single(p => p.Name == "سعاد الهاشمي").Role, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aside_about_a_thing_names_no_speaker()
    {
        Assert.Null(SpeakerOf("أما المشروع، وهو الأكبر في المنطقة، فيقول مراقبون إنه تأخر."));
    }
}
