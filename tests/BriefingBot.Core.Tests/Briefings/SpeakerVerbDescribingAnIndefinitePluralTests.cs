using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «وبلوحات تشرح تاريخ النواعير للزائرين»: a present verb right after an indefinite plural under a preposition describes
/// that plural; it quotes no one, and its object is never a speaker.
/// </summary>
public class SpeakerVerbDescribingAnIndefinitePluralTests
{
    [Fact]
    public void A_verb_describing_an_indefinite_plural_leaves_the_paragraph_to_its_speaker()
    {
        var passages = Parse(
            "\"الناعور يجيب سياح أكثر من أي فندق\"، يقول مصطفى ثامر، وهو شاب يصور النواعير عند الغروب.",
            "ويطالب مصطفى بممر للمشاة على الضفة وبلوحات تشرح تاريخ النواعير للزائرين، قائلًا إن الناس \"يجون من بغداد ويرجعون\".").Passages;

        Assert.Equal("مصطفى ثامر", passages[1].Speaker);
        Assert.DoesNotContain("تاريخ النواعير", passages[1].AllSpeakers);
    }

    [Theory]
    [InlineData("وقالت سلمى الخطيب إن الزوار يطلبون بلوحات، وتقول إن الناس يأتون من بغداد.", "سلمى الخطيب")]
    [InlineData("وقال مدير البلدية إن الناس يأتون من بغداد بسيارات تنقلهم إلى الضفة.", "مدير البلدية")]
    public void A_reporting_verb_opening_its_clause_still_quotes(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));
}
