using BriefingBot.Core.Answering;
using BriefingBot.Core.Answering.Checks;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;

namespace BriefingBot.Core.Tests.Answering;

/// <summary>
/// A question for the best of something («ما أفضل وقت لزراعة الطماطم؟») asks a recommendation: passages that tell of the thing
/// without calling anything best do not answer it; one that calls a thing best does.
/// </summary>
public sealed class BestOfAThingCheckTests
{
    private static readonly Briefing Farms = Indexes.Briefing(
        "2026-12-13-farms",
        new DateOnly(2026, 12, 13),
        "في مزرعته قرب الرويس، يزرع حمد المهندي الطماطم في بيت محمي مكيّف أنشأه قبل عامين، ويقول إن وقت الزراعة تغيّر مع الحر.",
        "ويقول المهندي إن زراعة الطماطم في البيت المحمي تضاعف الإنتاج، لكن كلفة تبريده في الصيف تلتهم نصف الربح.",
        "وتدعم الوزارة زراعة الطماطم في البيوت المحمية بقروض ميسرة للمزارعين الشباب.",
        "ويقول مزارعون إن وقت زراعة الطماطم في الحقول صار أقصر.",
        "وفي وقت الذروة تستورد البلاد نصف حاجتها من الطماطم رغم توسع زراعتها.",
        "ويرى مرشدو الرحلات البحرية أن أفضل وقت للإبحار هو الصباح الباكر.");

    private static readonly Briefing Dhofar = Indexes.Briefing(
        "2026-12-13-dhofar",
        new DateOnly(2026, 12, 13),
        "ويقول مرشدون سياحيون إن أفضل وقت لزيارة ظفار هو موسم الخريف، حين يغطي الضباب الجبال.");

    private static Answer Ask(string question, Briefing briefing)
    {
        using var index = Indexes.Of(briefing);
        return Indexes.Answerer(index, null, [briefing]).Answer(new AnswerRequest(question));
    }

    [Fact]
    public void The_best_is_asked_only_of_passages_that_call_something_best()
    {
        // The passages on growing tomatoes, as the search finds them for the question's other words: none calls anything best.
        using var index = Indexes.Of(Farms);
        var growing = index.Search(new PassageSearch(index.Analyze("وقت زراعة الطماطم"), AnswerCheck.Depth) { Read = AnswerCheck.Depth });
        var tomatoes = new PreferenceCheck().Judge(new JudgedAnswer(QuestionShape.Of("ما أفضل وقت لزراعة الطماطم؟"), growing, index));
        var dhofar = Ask("ما أفضل موسم لزيارة ظفار؟", Dhofar);

        Assert.Equal(DeclineReason.NoneCalledBest, tomatoes);
        Assert.True(dhofar.Answered, dhofar.Declined?.ToString());
    }

    [Fact]
    public void The_superlative_is_read_as_the_focus_only()
    {
        Assert.Equal("احسن", QuestionShape.Of("شو أحسن مطعم مشاوي بعمان؟").Preference);
        Assert.Null(QuestionShape.Of("كم بلغت الأرباح في أول تسعة أشهر من العام؟").Preference);
    }
}
