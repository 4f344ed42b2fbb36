using BriefingBot.Core.Briefings;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «كم تبعد …؟» is answered by «على بعد» and the kilometres after it, in a passage that names what lies away: news says a
/// place lies at a distance, a clause after naming it.
/// </summary>
public sealed class DistanceToldAwayTests() : BriefingsAnswerSpec(Briefing)
{
    private static readonly Briefing Briefing = Indexes.Briefing(
        "2027-01-02-islands",
        new DateOnly(2027, 1, 2),
        "وتقع أرواد، وهي الجزيرة المأهولة الوحيدة في سوريا، على بعد نحو ثلاثة كيلومترات قبالة مدينة طرطوس، ويسكنها قرابة عشرة آلاف نسمة.",
        "وكانت واحة الأزرق، الواقعة على بعد نحو مئة كيلومتر شرقي عمّان، محطة للطيور المهاجرة.",
        "ويزور البتراء آلاف السياح كل شهر، أغلبهم في رحلات منظمة.",
        "ولا تبعد المدينة القديمة عن الميناء سوى دقائق سيرًا على الأقدام.");

    [Fact]
    public void A_distance_told_by_the_phrase_of_being_away_answers()
    {
        var answer = Ask("كم تبعد جزيرة أرواد عن البر؟");

        Assert.True(answer.Answered, answer.Declined?.ToString());
        Assert.StartsWith("وتقع أرواد", answer.Passages[0].Passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_distance_of_another_place_does_not_answer()
    {
        var answer = Ask("كم تبعد البتراء عن عمّان؟");

        Assert.False(answer.Answered);
    }
}
