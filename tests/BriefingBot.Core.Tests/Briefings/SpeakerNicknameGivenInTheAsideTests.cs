using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// The nickname others give a person in the aside after their name («سعاد قزي، التي يناديها الجيران "أم هشام"،») is
/// that person's, so a quotation after the narration is still theirs: the kunya names no one else between.
/// </summary>
public class SpeakerNicknameGivenInTheAsideTests
{
    [Theory]
    [InlineData("وفي يحمر، البلدة الصغيرة على الطريق إلى البقاع الغربي، تصقل سعاد قزي، التي يناديها الجيران \"أم هشام\"، مقابض ثلاث ورش في بيتها. \"أنا لا أصنع السكين، لكن لولا يدي ما لمع الطير على المقبض\"، تقول السيدة الستينية وهي تفرك المقبض بالرماد.", "سعاد قزي")]
    [InlineData("في آخر الزقاق، يرتب مصطفى الحلبي، الذي يسميه أهل الحي \"أبو علي\"، أكياس البن على الرفوف. \"القهوة لا تكذب، رائحتها تقول كل شيء\"، يقول الرجل وهو يطحن حفنة.", "مصطفى الحلبي")]
    public void A_quote_after_the_narration_stays_with_the_person_the_nickname_is_given(string text, string speaker) =>
        Assert.Equal(speaker, ParsedBriefing.SpeakerOf(text));

    [Fact]
    public void The_person_goes_by_the_nickname_in_a_later_paragraph()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "وفي يحمر، البلدة الصغيرة على الطريق إلى البقاع الغربي، تصقل سعاد قزي، التي يناديها الجيران \"أم هشام\"، مقابض ثلاث ورش في بيتها. \"أنا لا أصنع السكين، لكن لولا يدي ما لمع الطير على المقبض\"، تقول السيدة الستينية.",
            "ولا يكاد زائر يسأل عن سعر الطقم حتى تعيده أم هشام إلى الصانع: \"أنا أصقل فقط، والسعر عند المعلم\".");
        Assert.Equal(["سعاد قزي", "سعاد قزي"], speakers);
    }
}
