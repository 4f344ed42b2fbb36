using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A cost asked by a verb of costing right after «كم» («كم كلف جسر …؟»، «كم يكلف …؟») asks a sum of money, as «كم تبلغ كلفة
/// …؟» does: passages that name the bridge with its length and its workers give no cost of it, and one that gives a sum
/// answers.
/// </summary>
public sealed class CostAskedByAVerbCheckTests() : BriefingsAnswerSpec(Railway, Station)
{
    private static readonly Briefing Railway = Indexes.TitledBriefing(
        "2026-12-08-rail",
        "القطار السريع: الخط الجديد نحو الجنوب",
        "وتتولى شركات مغربية إنجاز معظم الجسور على الخط، ومنها جسر وادي سبو بطول ثلاثة كيلومترات فوق السهل.",
        "ويعمل في ورش جسر وادي سبو نحو ألف عامل ومهندس في ذروة الأشغال.",
        "وأغلقت السلطات الطريق قرب جسر وادي سبو ثلاثة أيام في أكتوبر بعد فيضان الوادي.",
        "ويرتفع جسر وادي سبو أربعين مترًا فوق مجرى الوادي في أعلى نقطة منه.");

    private static readonly Briefing Station = Indexes.TitledBriefing(
        "2026-12-09-station",
        "محطة القنيطرة تفتح أبوابها",
        "وأنجز المكتب محطة القنيطرة الجديدة بنحو أربعمئة مليون درهم، وهي تستقبل عشرة آلاف مسافر في اليوم.");

    [Fact]
    public void A_length_of_the_thing_is_no_cost_of_it()
    {
        var bridge = Ask("كم كلف جسر وادي سبو؟");

        Assert.False(bridge.Answered, bridge.Outcome.ToString());
    }

    [Fact]
    public void A_sum_answers()
    {
        var station = Ask("كم كلفت محطة القنيطرة الجديدة؟");

        Assert.True(station.Answered, station.Declined?.ToString());
    }
}
