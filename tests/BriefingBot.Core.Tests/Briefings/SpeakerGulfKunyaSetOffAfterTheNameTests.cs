using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «يجلس محمد سالم الدوسري، بو راشد، …» then «ويقول بو راشد، الذي …، إن»: the Gulf «بو» opens a kunya as «أبو» does; set
/// off by commas right after the name it is the name the person goes by, so the later paragraph is theirs.
/// </summary>
public class SpeakerGulfKunyaSetOffAfterTheNameTests
{
    [Fact]
    public void A_gulf_kunya_set_off_after_the_name_is_that_person()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "أمام دكانه في السوق القديم، يجلس محمد سالم الدوسري، بو راشد، ويرتب صناديق التمر على الرف.",
            "ويقول بو راشد، الذي ورث الدكان عن أبيه، إن الزبائن صاروا يشترون عبر الهاتف أكثر مما يأتون إلى السوق.",
        ],
            (1, "محمد سالم الدوسري"));
    }
}
