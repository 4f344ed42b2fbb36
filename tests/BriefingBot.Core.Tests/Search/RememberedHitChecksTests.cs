using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Search;

/// <summary>
/// A check that asks the index the same whatever the question (does one of the best passages for «الولايات المتحدة» say
/// it?) is searched once per index reader: asked again it gives the same without a search, and after a commit the new
/// briefing's passages count.
/// </summary>
public sealed class RememberedHitChecksTests
{
    private static readonly Briefing Weather = Indexes.Briefing(
        "2026-11-20-weather",
        new DateOnly(2026, 11, 20),
        "تساقطت الثلوج على المرتفعات الشمالية طوال الليل.",
        "وتتوقع الأرصاد أمطارا غزيرة في نهاية الأسبوع في الولايات الجنوبية المتحدة مع الساحل.");

    private static readonly Briefing Trade = Indexes.Briefing(
        "2026-11-21-trade",
        new DateOnly(2026, 11, 21),
        "رفعت الولايات المتحدة الرسوم على واردات الصلب بنسبة عشرة في المئة.");

    [Fact]
    public void A_check_asked_again_is_not_searched_again_until_a_commit()
    {
        using var index = Indexes.Of(Weather);
        var searches = 0;
        bool Ask() => index.Remembered(
            "says the united states",
            () =>
            {
                searches++;
                return new PassageSearch(index.Analyze("الولايات المتحدة"), 20);
            },
            found => found.Hits.Any(h => h.Passage.Text.Contains("الولايات المتحدة", StringComparison.Ordinal)),
            false);

        Assert.False(Ask());
        Assert.False(Ask());
        Assert.Equal(1, searches);

        index.Upsert(Trade, "test");

        Assert.True(Ask());
        Assert.True(Ask());
        Assert.Equal(2, searches);
    }

    [Fact]
    public void A_place_of_two_words_a_later_briefing_brings_is_no_longer_unknown()
    {
        using var index = Indexes.Of(Weather);
        const string question = "ما الرسوم التي فرضتها الولايات المتحدة على الصلب؟";
        Assert.Equal(DeclineReason.UnknownPlace, Indexes.Answerer(index, null, Weather).Answer(new AnswerRequest(question)).Declined);

        index.Upsert(Trade, "test");

        Assert.NotEqual(DeclineReason.UnknownPlace, Indexes.Answerer(index, null, Weather, Trade).Answer(new AnswerRequest(question)).Declined);
    }
}
