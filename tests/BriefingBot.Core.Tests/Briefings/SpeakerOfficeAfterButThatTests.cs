using static BriefingBot.Core.Tests.Support.ParsedBriefing;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «غير أن متحدثًا باسم الهيئة …، طلب عدم ذكر اسمه، أوضح أن»: an office holder not named, fronted after «غير أن / إلا أن»
/// (in the accusative when indefinite), is the speaker under that title, as after «قال متحدث باسم …»; a collective fronted
/// there is not.
/// </summary>
public class SpeakerOfficeAfterButThatTests
{
    [Theory]
    [InlineData("غير أن متحدثًا باسم الهيئة العامة لحماية الشواطئ، طلب عدم ذكر اسمه، أوضح أن الرمال تعود.", "متحدث باسم الهيئة العامة لحماية الشواطئ")]
    [InlineData("إلا أن المدير العام للمؤسسة أكد أن الرمال تعود.", "المدير العام للمؤسسة")]
    public void An_office_fronted_after_but_that_speaks(string paragraph, string speaker) =>
        Assert.Equal(speaker, SpeakerOf(paragraph));

    [Fact]
    public void A_collective_fronted_after_but_that_names_no_one() =>
        Assert.Null(SpeakerOf("غير أن مراقبين يرون أن الرمال تعود."));
}
