using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

public class SpeakerAttributorTests
{
    private static int[] OrdinalsOf(Briefing briefing, string surname) =>
        briefing.Passages.Where(p => p.Speaker?.Contains(surname, StringComparison.Ordinal) == true).Select(p => p.Ordinal).ToArray();

    [Fact]
    public void Polyakov_is_the_speaker_of_his_four_passages_including_the_unnamed_continuation()
    {
        var briefing = Seed.Parse();

        Assert.Equal(Seed.Polyakov, OrdinalsOf(briefing, "بولياكوف"));
        Assert.StartsWith("ويضيف أن", briefing.Passages[11].Text, StringComparison.Ordinal);
        Assert.Equal("أندريه بولياكوف", briefing.Passages[11].Speaker);
    }

    [Fact]
    public void Lee_Yong_suk_and_Jonathan_Wood_are_each_the_speaker_of_two_passages()
    {
        var briefing = Seed.Parse();

        Assert.Equal(Seed.LeeYongSuk, OrdinalsOf(briefing, "سوك"));
        Assert.Equal("لي يونغ سوك", briefing.Passages[15].Speaker);
        Assert.Equal(Seed.JonathanWood, OrdinalsOf(briefing, "وود"));
        Assert.Equal("جوناثان وود", briefing.Passages[21].Speaker);
    }

    [Fact]
    public void Seed_names_exactly_three_speakers()
    {
        Assert.Equal(["أندريه بولياكوف", "لي يونغ سوك", "جوناثان وود"], Seed.Parse().Speakers);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(15)]
    [InlineData(26)]
    public void Collective_sources_are_attributed_to_nobody(int ordinal)
    {
        Assert.Null(Seed.Parse().Passages[ordinal - 1].Speaker);
    }

    [Fact]
    public void Narration_paragraphs_have_no_speaker()
    {
        var quoted = Seed.Polyakov.Concat(Seed.LeeYongSuk).Concat(Seed.JonathanWood).ToHashSet();

        Assert.All(Seed.Parse().Passages.Where(p => !quoted.Contains(p.Ordinal)), p => Assert.Null(p.Speaker));
    }

    private static IReadOnlyList<string?> Attribute(params string[] paragraphs) =>
        new SpeakerAttributor().Attribute(paragraphs.Select(p => ((string?)"قسم", p)).ToList());

    [Fact]
    public void A_reporting_verb_followed_by_title_and_name_names_the_speaker()
    {
        var speakers = Attribute("قال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تتراجع.");

        Assert.Equal("سيرغي لافروف", speakers[0]);
    }

    [Fact]
    public void A_feminine_reporting_verb_names_the_speaker_too()
    {
        var speakers = Attribute("وتقول الباحثة في معهد كارنيغي ماريا زاخاروفا إن الوضع معقد.");

        Assert.Equal("ماريا زاخاروفا", speakers[0]);
    }

    [Theory]
    [InlineData("ويضيف أن العقوبات لم تنجح.")]
    [InlineData("وأضاف أن العقوبات لم تنجح.")]
    [InlineData("ويشير إلى أن العقوبات لم تنجح.")]
    [InlineData("ويرى أن العقوبات لم تنجح.")]
    [InlineData("وأكد أن العقوبات لم تنجح.")]
    public void A_paragraph_opening_with_a_bare_reporting_verb_continues_the_previous_speaker(string continuation)
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", continuation);

        Assert.Equal(["كريم حداد", "كريم حداد"], speakers);
    }

    [Fact]
    public void A_later_mention_by_surname_is_the_same_speaker_as_the_full_name()
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", "ويرى حداد أن الطرفين بحاجة إلى وقت.");

        Assert.Equal(["كريم حداد", "كريم حداد"], speakers);
    }

    [Fact]
    public void Narration_breaks_a_speakers_run()
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", "وصلت الوفود إلى العاصمة صباح اليوم.", "ويضيف أن الطرفين بحاجة إلى وقت.");

        Assert.Equal(["كريم حداد", null, null], speakers);
    }

    [Fact]
    public void A_continuation_does_not_cross_into_another_section()
    {
        var speakers = new SpeakerAttributor().Attribute([("أ", "يقول المحلل السياسي كريم حداد إن الاتفاق هش."), ("ب", "ويضيف أن الطرفين بحاجة إلى وقت.")]);

        Assert.Equal(["كريم حداد", null], speakers);
    }

    [Theory]
    [InlineData("يرى مراقبون أن الاتفاق هش.")]
    [InlineData("ويقول محللون إن الاتفاق هش.")]
    [InlineData("تؤكد مصادر دبلوماسية أن الاتفاق هش.")]
    [InlineData("ويعتقد خبراء أن الاتفاق هش.")]
    public void A_collective_source_is_nobody_and_ends_the_previous_speakers_run(string collective)
    {
        var speakers = Attribute("يقول المحلل السياسي كريم حداد إن الاتفاق هش.", collective, "ويضيف أن الطرفين بحاجة إلى وقت.");

        Assert.Equal(["كريم حداد", null, null], speakers);
    }

    [Fact]
    public void An_institution_after_the_verb_is_not_taken_for_the_speaker()
    {
        var speakers = Attribute("يرى الباحث في مركز ستراتفور جوناثان وود أن التحالف مؤقت.");

        Assert.Equal("جوناثان وود", speakers[0]);
    }
}
