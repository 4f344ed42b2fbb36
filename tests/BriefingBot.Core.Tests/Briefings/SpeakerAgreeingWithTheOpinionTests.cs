using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويوافقه الرأي الخبير … عبد الرزاق المنصوري، الذي …، إذ يرى أن»: the one who shares the opinion is named after «يوافقه
/// الرأي» and the paragraph is theirs; people who are no one in particular («كثيرون») are not.
/// </summary>
public class SpeakerAgreeingWithTheOpinionTests
{
    [Fact]
    public void The_one_named_after_agreeing_with_the_opinion_speaks()
    {
        const string Paragraph = "ويوافقه الرأي الخبير في هندسة السدود عبد الرزاق المنصوري، الذي عمل ثلاثين عامًا في صيانة السدود، إذ يرى أن الكارثة جاءت من الإهمال.";
        Assert.Equal("عبد الرزاق المنصوري", SpeakerOf(Paragraph));
    }

    [Fact]
    public void A_woman_agreeing_is_read_with_her_gender()
    {
        var passage = Parse("وتوافقه الرأي الباحثة سلمى الخطيب، مؤكدة أن الكارثة جاءت من الإهمال.");
        Assert.Equal("سلمى الخطيب", passage.Passages[0].Speaker);
        Assert.True(passage.SpeakerProfiles.Single().Feminine);
    }

    [Fact]
    public void Many_agreeing_are_no_speaker()
    {
        Assert.Null(SpeakerOf("ويوافقه الرأي كثيرون في المدينة، إذ يرون أن الكارثة جاءت من الإهمال."));
    }
}
