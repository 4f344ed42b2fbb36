using BriefingBot.Core.Evaluation;

namespace BriefingBot.Core.Tests.Evaluation;

public class RetrieverTests
{
    private static readonly BenchmarkPassage[] Passages =
    [
        new("p1", "روسيا", "روسيا أكبر دولة في العالم من حيث المساحة، وعاصمتها موسكو."),
        new("p2", "اليابان", "اليابان دولة جزرية في شرق آسيا، وعاصمتها طوكيو."),
        new("p3", "مصر", "تقع مصر في الركن الشمالي الشرقي من قارة أفريقيا، وعاصمتها القاهرة."),
    ];

    private static readonly BenchmarkQuestion[] Questions =
    [
        new("q1", "ما هي عاصمة اليابان؟", ["p2"]),
        new("q2", "أين تقع مصر؟", ["p3"]),
        new("q3", "ما أكبر دولة في العالم مساحةً؟", ["p1"]),
    ];

    public static TheoryData<string> Retrievers => new() { "product", "baseline" };

    [Theory]
    [MemberData(nameof(Retrievers))]
    public void Both_retrievers_rank_the_gold_passage_of_plain_questions_first(string name)
    {
        using IRetriever retriever = name == "baseline" ? new BaselineRetriever() : new PassageIndexRetriever();
        retriever.Index(Passages, includeTitle: false);

        var metrics = RetrievalEvaluator.Evaluate(retriever, new BenchmarkSet(Passages, Questions));

        Assert.Equal(1.0, metrics.RecallAt1);
    }

    [Fact]
    public void Text_only_ranking_reads_no_title()
    {
        // The longer passage's title names what the question asks about: read, it would put that passage before the
        // shorter one with the same words.
        BenchmarkPassage[] passages =
        [
            new("p1", "موانئ الشحن", "تستقبل الأرصفة الجديدة السفن الكبيرة منذ الربيع، بحسب الهيئة."),
            new("p2", "الأرصفة", "تستقبل الأرصفة الجديدة السفن الكبيرة منذ الربيع."),
            new("p3", "النقل", "تعمل موانئ الشحن في الشمال على مدار الساعة."),
        ];
        const string question = "متى بدأت موانئ الشحن تستقبل السفن الكبيرة؟";
        using IRetriever withTitles = new PassageIndexRetriever();
        using IRetriever textOnly = new PassageIndexRetriever();
        withTitles.Index(passages, includeTitle: true);
        textOnly.Index(passages, includeTitle: false);

        var titled = withTitles.Rank(question, 3).ToList();
        var untitled = textOnly.Rank(question, 3).ToList();

        Assert.True(titled.IndexOf("p1") < titled.IndexOf("p2"), string.Join(",", titled));
        Assert.True(untitled.IndexOf("p2") < untitled.IndexOf("p1"), string.Join(",", untitled));
    }

    [Fact]
    public async Task A_benchmark_set_loads_from_jsonl_and_filters_by_split()
    {
        var dir = Path.Combine(Path.GetTempPath(), "bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            await File.WriteAllLinesAsync(Path.Combine(dir, "p.jsonl"), ["{\"id\":\"p1\",\"title\":\"t\",\"text\":\"نص\"}"]);
            await File.WriteAllLinesAsync(Path.Combine(dir, "q.jsonl"), ["{\"id\":\"a\",\"question\":\"س\",\"gold\":[\"p1\"],\"split\":\"train\"}", "", "{\"id\":\"b\",\"question\":\"س\",\"gold\":[\"p1\"],\"split\":\"test\"}"]);

            var set = await BenchmarkSet.LoadAsync(Path.Combine(dir, "p.jsonl"), Path.Combine(dir, "q.jsonl"), "test", CancellationToken.None);

            Assert.Single(set.Passages);
            Assert.Equal(["b"], set.Questions.Select(q => q.Id));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Ranking_a_set_gives_each_question_its_gold_rank_so_misses_can_be_listed()
    {
        using IRetriever retriever = new PassageIndexRetriever();
        retriever.Index(Passages, includeTitle: false);
        BenchmarkQuestion[] questions = [.. Questions, new("q4", "ما هي عاصمة اليابان؟", ["p3"])];

        var rankings = RetrievalEvaluator.Rank(retriever, new BenchmarkSet(Passages, questions));

        var miss = Assert.Single(rankings, r => r.IsMissAt1);
        Assert.Equal("q4", miss.Question.Id);
        Assert.Equal("p2", miss.Ranked[0]);
        Assert.NotEqual(1, miss.GoldRank);
    }
}
