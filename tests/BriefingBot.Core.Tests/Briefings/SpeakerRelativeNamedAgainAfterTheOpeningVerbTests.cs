using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويدير ابنه حيدر كاظم السويعدي منذ ثلاث سنوات اثني عشر قفصًا …. ويقول حيدر إن»: the relative brought in as the subject
/// of the paragraph's opening verb and then named by their given name is who speaks, not the father heard before, whose
/// kunya holds that given name («أبو حيدر»); and «لكن والده …» after is the father again.
/// </summary>
public class SpeakerRelativeNamedAgainAfterTheOpeningVerbTests
{
    private static readonly string[] Paragraphs =
    [
        "يجلس الحاج كاظم جبار السويعدي على مقدمة زورقه قرب السدة، ويناديه أهل الشاطئ أبا حيدر.",
        "ويضيف أبو حيدر أن النهر في شبابه كان يفيض كل ربيع على البساتين المحيطة.",
        "ويدير ابنه حيدر كاظم السويعدي منذ ثلاث سنوات اثني عشر قفصًا عائمًا لتربية الكارب. ويقول حيدر إن القفص الواحد ينتج أربعة أطنان في الموسم.",
        "لكن والده لا يقتنع بالفكرة، إذ يرى أن بقايا العلف تخنق الماء في الصيف.",
    ];

    [Fact]
    public void The_son_named_again_by_his_given_name_speaks()
    {
        var speakers = ParsedBriefing.SpeakersOf(Paragraphs);
        Assert.Equal("حيدر كاظم السويعدي", speakers[2]);
    }

    [Fact]
    public void The_father_after_the_son_is_the_man_heard_before()
    {
        var speakers = ParsedBriefing.SpeakersOf(Paragraphs);
        Assert.NotNull(speakers[3]);
        Assert.Equal(speakers[1], speakers[3]);
        Assert.NotEqual(speakers[2], speakers[3]);
    }
}
