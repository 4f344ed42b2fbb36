using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «"…"، تقول المشترية الفرنسية ضاحكة وهي …»: a listed mood after the title or the name says how she said it, whatever
/// follows it; it is never the speaker's name.
/// </summary>
public class SpeakerMoodAfterTheSubjectIsNoNameTests
{
    [Fact]
    public void A_mood_after_a_title_is_no_name_and_the_title_points_back()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "وتزور ماريا لوبيز، وهي مشترية لمتجر في مدريد، المدينة للمرة الثانية. وتقول لوبيز إن الطلب على السجاد اليدوي يزداد في أوروبا.",
            "\"طلبت عشرين سجادة في الصيف ولم تصلني إلا خمس\"، تقول المشترية الإسبانية ضاحكة وهي تقلب سجادة صغيرة.");
        Assert.NotNull(speakers[0]);
        Assert.Equal(speakers[0], speakers[1]);
    }

    [Fact]
    public void A_mood_after_a_name_is_no_part_of_it_whatever_follows()
    {
        var speaker = ParsedBriefing.SpeakerOf("\"كنا نبيع الرغيف بقرش واحد، واليوم لا يكفي الدينار\"، تقول نادين ضاحكة وهي تلف الخبز في الورق.");
        Assert.Equal("نادين", speaker);
    }

    [Fact]
    public void A_mood_after_a_title_no_one_holds_is_no_speaker()
    {
        var speaker = ParsedBriefing.SpeakerOf("\"كنا نبيع الرغيف بقرش واحد، واليوم لا يكفي الدينار\"، تقول البائعة ضاحكة وهي تلف الخبز في الورق.");
        Assert.NotEqual("ضاحكة", speaker);
    }
}
