using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «"…"، يقول الشيخ وهو يشير بعصاه إلى الجبل. ويضيف أن …»: «وهو / وهي» after a description opens how the person said it;
/// read as narration before the later «ويضيف أن», it is never the name of whoever speaks there.
/// </summary>
public class SpeakerPronounOfWhileDoingIsNoNameTests
{
    [Theory]
    [InlineData("«الحكاية ماشي باش نبكيو، الحكاية باش القبايل تتصالح»، يقول الشيخ وهو يشير بعصاه إلى الجبل. ويضيف أن الموسم في أصله سوق كبير يبيع فيه الناس أغنامهم.", "وهو")]
    [InlineData("\"الدبس الحقيقي يحتاج إلى نار هادئة ويوم كامل\"، تقول الحاجة وهي تحرك القدر بمغرفة خشبية. وتضيف أن بناتها تعلمن الحرفة منها.", "وهي")]
    public void The_pronoun_after_the_description_is_no_speaker(string text, string pronoun) =>
        Assert.DoesNotContain(pronoun, ParsedBriefing.Parse(text).Speakers);
}
