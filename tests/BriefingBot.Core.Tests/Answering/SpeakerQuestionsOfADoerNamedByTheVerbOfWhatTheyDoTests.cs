using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// «ماذا قالت بائعة القشر في قرية النيد؟» asks by the noun of a trade («بائعة») of someone the briefing describes by its
/// verb («أم نواف، التي تبيع قشر البن»): she is named, and all she says is the answer.
/// </summary>
public sealed class SpeakerQuestionsOfADoerNamedByTheVerbOfWhatTheyDoTests : IDisposable
{
    private static readonly Briefing Coffee = Indexes.Briefing(
        "2027-01-04-coffee",
        new DateOnly(2027, 1, 4),
        "تضاعف إنتاج البن الخولاني في جبال فيفاء هذا العام بعد موسم أمطار غزير.",
        "وتقول أم نواف، التي تبيع قشر البن المحمّص من بيتها في قرية النيد، إن الطلب على القشر تضاعف منذ أن افتتحت مقاهي جازان أركانًا له.",
        "\"القشر عندنا قهوة الضيف، نغليه بالزنجبيل والقرفة\"، تضيف أم نواف، التي تعلمت التحميص من أمها.",
        "ويصنع رضوان مقدّم آلات العود بيديه منذ خمسة وعشرين عامًا في ورشة قرب السوق، وإن خشب الجوز صار نادرًا.");

    private readonly PassageIndex _index = Indexes.Of(Coffee);

    public void Dispose() => _index.Dispose();

    [Fact]
    public void A_woman_asked_by_the_noun_of_her_trade_is_answered_with_all_she_says()
    {
        var answer = Indexes.Answerer(_index, null, Coffee).Answer(new AnswerRequest("ماذا قالت بائعة القشر في قرية النيد؟"));

        Assert.Equal(AnswerOutcome.SpeakerPassages, answer.Outcome);
        Assert.Equal([Coffee.Passages[1].Id, Coffee.Passages[2].Id], answer.Passages.Select(p => p.Passage.Id));
    }

    [Theory]
    [InlineData("البائعة", new[] { "يبيع", "تبيع" })]
    [InlineData("صانع", new[] { "يصنع", "تصنع" })]
    [InlineData("الحارس", new[] { "يحرس", "تحرس" })]
    [InlineData("بياع", new[] { "يبيع", "تبيع" })]
    [InlineData("الخياطة", new[] { "يخيط", "تخيط" })]
    [InlineData("الخبير", new string[0])]
    [InlineData("ماذا", new string[0])]
    public void The_noun_of_a_doer_is_read_into_its_present_verbs(string noun, string[] verbs) =>
        Assert.Equal(verbs.Select(v => ArabicText.Fold(v)), DoerVerbs.Of(ArabicText.Fold(noun)));
}
