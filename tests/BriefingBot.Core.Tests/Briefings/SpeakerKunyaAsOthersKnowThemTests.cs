using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «ويروي أبو وائل، كما يعرفه أهل القرية، أن …»، «وأضافت أم سامر، كما تعرفها الجارات، أن …»: a kunya set off by «كما» and a
/// verb of knowing is how others know the person just heard, as with a verb of naming («كما يناديه»): the paragraph is
/// theirs, not a new speaker's under the kunya.
/// </summary>
public class SpeakerKunyaAsOthersKnowThemTests
{
    [Fact]
    public void A_kunya_as_the_village_knows_him_goes_on_with_the_man_just_heard()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "قال المزارع حسان نمر الخطيب إن موسم الزيتون جاء ضعيفًا هذا العام بعد شتاء قليل المطر.",
            "ويروي أبو وائل، كما يعرفه أهل القرية، أن جده زرع هذه الأشجار قبل أكثر من قرن.",
        ],
            (1, "حسان نمر الخطيب"));
    }

    [Fact]
    public void A_kunya_as_the_neighbours_know_her_goes_on_with_the_woman_just_heard()
    {
        ParsedBriefing.AssertSpeakers(
        [
            "وقالت الخياطة هدى يوسف البرغوثي إن الطلب على الثياب المطرزة يرتفع قبل الأعياد.",
            "وأضافت أم سامر، كما تعرفها الجارات، أن بناتها يساعدنها في التطريز بعد المدرسة.",
        ],
            (1, "هدى يوسف البرغوثي"));
    }
}
