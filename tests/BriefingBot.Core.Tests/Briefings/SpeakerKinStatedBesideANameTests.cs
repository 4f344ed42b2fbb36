using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Briefings;

/// <summary>
/// «سالم بازرعة، الابن الأكبر للحاج أحمد،» then «كما يقول البكر»، «ويضيف الابن الأكبر أن»; «ماهر يوسف عودة، خال أحمد،» then
/// «ويضيف خال أحمد أن»: the kin the text set beside a name once quotes that person later, under any heading — not no one,
/// and not «أحمد», whose uncle speaks. Two people set beside the same kin make it no one's.
/// </summary>
public class SpeakerKinStatedBesideANameTests
{
    [Fact]
    public void The_eldest_son_is_the_one_the_text_called_so()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "يقول الحاج أحمد بازرعة إن العطارة فتحت أبوابها قبل ستين عامًا.",
            "إلى جانب أبيه، يقف سالم بازرعة، الابن الأكبر للحاج أحمد، خلف طاولة مكدسة بأكياس الكمون.",
            "\"كان المحل يقفل الساعة عشر بالليل من كثر الزباين\"، كما يقول البكر.",
            "## الحفيد",
            "ويضيف الابن الأكبر أنه رفض عروضًا كثيرة لبيع الدكان.");
        Assert.Equal("سالم بازرعة", speakers[2]);
        Assert.Equal("سالم بازرعة", speakers[3]);
    }

    [Fact]
    public void The_uncle_of_someone_named_is_the_uncle_not_the_nephew()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "وحفيده أحمد، ذو الأربعة عشر عامًا، يصقل القطع بعد المدرسة، ويقول أحمد إنه يحب الحفر.",
            "ويأتي الخشب من كروم في بيت جالا، حيث يقلّم ماهر يوسف عودة، خال أحمد، ستمئة شجرة، ويقول عودة إن السعر ارتفع.",
            "## التصاريح",
            "ويضيف خال أحمد أن الوصول إلى الكروم صار يحتاج إلى تصاريح.");
        Assert.Equal("ماهر يوسف عودة", speakers[^1]);
    }

    [Fact]
    public void Two_eldest_sons_leave_the_eldest_son_no_one()
    {
        var speakers = ParsedBriefing.SpeakersOf(
            "يقف سالم بازرعة، الابن الأكبر للحاج أحمد، خلف طاولة الدكان.",
            "ويعمل خالد العمودي، الابن الأكبر لصالح العمودي، في مخازن الميناء.",
            "## البيع",
            "ويضيف الابن الأكبر أنه رفض عروضًا كثيرة لبيع الدكان.");
        Assert.Null(speakers[^1]);
    }
}
