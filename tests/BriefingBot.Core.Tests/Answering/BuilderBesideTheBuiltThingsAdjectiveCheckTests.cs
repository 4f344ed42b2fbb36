using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// News may name the thing built by another word where it names its builder, and by its own further on: «ويربط خط السكة
/// الحديد الكهربائي، الذي بنته شركتان صينيتان … ويقطعها قطار الشحن» tells who built the electric train. The verb of building
/// beside the subject's adjective answers where the passage names the noun too; in another sentence it builds something else.
/// </summary>
public sealed class BuilderBesideTheBuiltThingsAdjectiveCheckTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2026-12-23-railway",
        new DateOnly(2026, 12, 23),
        "ويربط خط السكة الحديد الكهربائي، الذي بنته شركتان صينيتان وافتتح عام 2018، بين جيبوتي وأديس أبابا على مسافة سبعمئة وخمسين كيلومترًا، ويقطعها قطار الشحن في نحو اثنتي عشرة ساعة.",
        "واستقبل الميناء الجديد مئة سفينة هذا العام. وأقامت البلدية سوقًا شعبية قرب الشاطئ.");

    [Fact]
    public void A_builder_beside_the_adjective_of_a_thing_the_passage_names_answers()
    {
        var answer = Ask("من شيد القطار الكهربائي بين البلدين؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("ويربط خط السكة الحديد", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_of_building_beside_the_adjective_in_another_sentence_builds_something_else()
    {
        var answer = Ask("من بنى الميناء الجديد؟");

        Assert.False(answer.Answered);
    }
}
