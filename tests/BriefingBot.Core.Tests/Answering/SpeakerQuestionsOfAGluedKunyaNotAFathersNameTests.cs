using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قال بو فهد؟»: the kunya glues to one word («بوفهد») as the father's name after «بن» does («سعود بن فهد البقمي» →
/// «بنفهد»), one letter apart; the kunya is not a misspelt father's name, so the one a report calls «بو فهد» is asked of,
/// not a man of another report whose father is Fahd.
/// </summary>
public sealed class SpeakerQuestionsOfAGluedKunyaNotAFathersNameTests : IDisposable
{
    private static readonly Briefing Island = Indexes.Briefing(
        "2027-01-20-island-houses",
        new DateOnly(2027, 1, 20),
        "أمام بيته القديم في الجزيرة، يجلس محمد سالم الدوسري، بو فهد، ويرتب شباك الصيد على الجدار.",
        "ويقول بو فهد، الذي ولد في الجزيرة قبل سبعين عامًا، إن البيوت القديمة تحتاج إلى ترميم عاجل.");

    private static readonly Briefing Fuel = Indexes.Briefing(
        "2027-01-22-fuel-prices",
        new DateOnly(2027, 1, 22),
        "وقال الخبير الاقتصادي سعود بن فهد البقمي إن رفع أسعار الوقود سيزيد التضخم في الأشهر المقبلة.");

    private readonly PassageIndex _index = Indexes.Of(Island, Fuel);

    public void Dispose() => _index.Dispose();

    private Answer Ask(string question) => Indexes.Answerer(_index, null, Island, Fuel).Answer(new AnswerRequest(question));

    [Fact]
    public void A_gulf_kunya_asks_of_the_one_called_so_not_of_a_son_of_fahd()
    {
        var answer = Ask("ماذا قال بو فهد؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Contains(answer.Passages, p => p.Passage.Id == Island.Passages[1].Id);
        Assert.DoesNotContain(answer.Passages, p => p.Passage.Id == Fuel.Passages[0].Id);
    }

    [Fact]
    public void The_son_of_fahd_is_still_asked_of_by_his_name()
    {
        var answer = Ask("ماذا قال سعود البقمي؟");

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal(Fuel.Passages[0].Id, answer.Passages[0].Passage.Id);
    }
}
