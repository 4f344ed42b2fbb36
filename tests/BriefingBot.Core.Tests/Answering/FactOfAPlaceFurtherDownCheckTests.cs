using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كم سينفق المغرب على الملاعب؟» names a place but no counted thing: when the passages that would be shown give other
/// places' numbers, a passage a little further down in the same briefing that gives the place's own is the answer.
/// </summary>
public sealed class FactOfAPlaceFurtherDownCheckTests
{
    private static readonly Briefing Stadiums = Indexes.Briefing(
        "2026-11-23-stadiums",
        new DateOnly(2026, 11, 23),
        "ويطمح المغرب إلى أن تنفق الملاعب الجديدة على نفسها، ويقول المغرب إن الملاعب ستبقى بعد البطولة.",
        "وأنفقت قطر على الملاعب نحو مئتي مليار دولار، وما زالت تنفق على صيانة الملاعب، فيما يقول المغرب إن ملاعبه ستكون أرخص.",
        "وينفق المغرب على الملاعب والمطارات والطرق، ويرى منتقدون أن المغرب يبالغ في الإنفاق على الملاعب.",
        "ويقول وزير المالية إن المغرب سينفق على الملاعب من ميزانية الدولة ومن قروض البنوك المحلية.",
        "وتقدر كلفة المشروعات المرتبطة بالبطولة في المغرب بأكثر من خمسة مليارات دولار، بين مطارات وطرق وفنادق ومستشفيات، في بلد ما زالت فيه الفوارق بين المدن الكبرى والأرياف واسعة.");

    private static readonly Briefing Fisheries = Indexes.Briefing(
        "2026-11-20-fisheries",
        new DateOnly(2026, 11, 20),
        "وتصدر موريتانيا إلى المغرب نحو مئة ألف طن من السمك كل عام.");

    [Fact]
    public void A_places_number_further_down_in_the_briefing_of_the_shown_passages_is_put_first()
    {
        using var index = Indexes.Of(Stadiums, Fisheries);

        var answer = Indexes.Answerer(index, null, [Stadiums, Fisheries]).Answer(new AnswerRequest("كم سينفق المغرب على الملاعب؟"));

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتقدر كلفة المشروعات", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }
}
