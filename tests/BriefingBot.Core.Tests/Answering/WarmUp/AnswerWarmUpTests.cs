using BriefingBot.Core.Answering.WarmUp;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Answering.WarmUp;

/// <summary>
/// The warm-up the host runs over an index it has just opened: questions made of the index's own passages, answered
/// through the answerer, bounded in count and time, stopped by its token, and never a fault of its own.
/// </summary>
public sealed class AnswerWarmUpTests : IDisposable
{
    private static readonly Briefing Economy = Indexes.Briefing(
        "2026-11-24-economy",
        new DateOnly(2026, 11, 24),
        "وقّعت مصر اتفاقًا جديدًا مع صندوق النقد الدولي بقيمة ثمانية مليارات دولار، وتلتزم الحكومة في المقابل بخفض الدعم تدريجيًا.",
        "تعتمد مصر على أربعة مصادر رئيسية للعملة الصعبة: تحويلات العاملين والسياحة والصادرات وإيرادات قناة السويس.",
        "وقال وزير المالية محمد معيط إن الحكومة ستخفض العجز في الموازنة خلال عامين.",
        "أنفقت الدولة مبالغ ضخمة على الطرق والجسور، وفي مقدمتها العاصمة الإدارية الجديدة شرق القاهرة.",
        "أغلقت المصارف أبوابها مساء الأحد بعد يوم هادئ في سوق الصرف.",
        "يعيش سكان الأرياف أوضاعًا صعبة مع ارتفاع الأسعار، ويقول المزارعون إن تكاليف الأسمدة تضاعفت.",
        "ارتفع سعر الدولار في السوق الموازية إلى أربعين جنيهًا قبل أن يتراجع.",
        "وقالت رئيسة غرفة التجارة منى السيد إن المستوردين ينتظرون الدولار منذ أشهر.",
        "تراجعت إيرادات قناة السويس بنحو النصف بسبب الهجمات في البحر الأحمر.");

    private readonly PassageIndex _index = Indexes.Of(Economy);
    private readonly ListLogger<AnswerWarmUp> _log = new();

    public void Dispose() => _index.Dispose();

    private AnswerWarmUp WarmUp(WarmUpOptions? options = null, IWarmUpQuestions? questions = null) =>
        new(Indexes.Answerer(_index, null, Economy), _index, questions ?? new IndexWarmUpQuestions(_index), Options.Create(options ?? new WarmUpOptions()), _log);

    [Fact]
    public void The_questions_are_made_of_the_index_own_passages()
    {
        var questions = new IndexWarmUpQuestions(_index).Draw(9);

        Assert.Equal(9, questions.Count);
        var words = Economy.Passages.SelectMany(p => p.Text.Split(' ')).Select(w => w.Trim('،', '.', ':')).ToHashSet(StringComparer.Ordinal);
        Assert.All(questions, q => Assert.Contains(q.TrimEnd('؟').Split(' '), words.Contains));
        Assert.Equal(questions.Count, questions.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_questions_include_one_about_a_speaker_of_the_index_and_one_with_a_word_misspelt()
    {
        var passages = _index.SamplePassages(9);
        var questions = IndexWarmUpQuestions.From(passages, 9);

        Assert.Contains(questions, q => q.StartsWith("ماذا قال ", StringComparison.Ordinal) && passages.Any(p => p.Speaker is { } s && q.Contains(s, StringComparison.Ordinal)));
        var words = Economy.Passages.SelectMany(p => p.Text.Split(' ')).Select(w => w.Trim('،', '.', ':')).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(questions, q => q.TrimEnd('؟').Split(' ') is var asked && words.Contains(asked[0]) && asked.Count(w => !words.Contains(w)) == 1);
    }

    [Fact]
    public void A_sample_of_the_index_is_spread_over_all_of_it()
    {
        var sample = _index.SamplePassages(3);

        Assert.Equal(3, sample.Count);
        Assert.True(sample[^1].Ordinal - sample[0].Ordinal >= 4, string.Join(", ", sample.Select(p => p.Ordinal)));
        Assert.Equal(Economy.Passages.Count, _index.SamplePassages(100).Count);
    }

    [Fact]
    public void The_warm_up_answers_its_questions_and_logs_how_long_it_took()
    {
        var run = WarmUp(new WarmUpOptions { Questions = 6 }).Run(CancellationToken.None);

        Assert.NotNull(run);
        Assert.Equal((6, 6, false), (run.Questions, run.Answered, run.StoppedEarly));
        var logged = Assert.Single(_log.Entries, e => e.Level == LogLevel.Information);
        Assert.Equal(6, logged.Values["Answered"]);
        Assert.True(logged.Values.ContainsKey("ElapsedMs"));
    }

    [Theory]
    [InlineData(0, "00:00:05")]
    [InlineData(6, "00:00:00")]
    public void A_warm_up_of_no_questions_or_no_time_is_turned_off(int questions, string maxDuration)
    {
        var source = new CountingQuestions(["ما قيمة الاتفاق؟"]);

        var run = WarmUp(new WarmUpOptions { Questions = questions, MaxDuration = TimeSpan.Parse(maxDuration, System.Globalization.CultureInfo.InvariantCulture) }, source).Run(CancellationToken.None);

        Assert.Null(run);
        Assert.Equal(0, source.Draws);
    }

    [Fact]
    public void The_warm_up_stops_once_its_time_is_up()
    {
        var source = new CountingQuestions(Enumerable.Repeat("ما قيمة الاتفاق مع صندوق النقد؟", 1000).ToList());

        var run = WarmUp(new WarmUpOptions { Questions = 1000, MaxDuration = TimeSpan.FromTicks(1) }, source).Run(CancellationToken.None);

        Assert.NotNull(run);
        Assert.True(run.StoppedEarly);
        Assert.True(run.Answered <= 1, $"{run.Answered} answered");
    }

    [Fact]
    public void A_cancelled_warm_up_answers_nothing_more()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var run = WarmUp().Run(cancelled.Token);

        Assert.NotNull(run);
        Assert.Equal(0, run.Answered);
    }

    [Fact]
    public void A_fault_in_the_warm_up_is_logged_and_not_thrown()
    {
        var run = WarmUp(questions: new FailingQuestions()).Run(CancellationToken.None);

        Assert.Null(run);
        var logged = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Warning, logged.Level);
    }

    [Fact]
    public void The_start_up_warm_up_holds_readiness_only_while_it_runs()
    {
        AnswerWarmUp? warmUp = null;
        var heldDuring = false;
        var source = new CountingQuestions(["ما قيمة الاتفاق؟"], onDraw: () => heldDuring = warmUp!.IsHoldingStart);
        warmUp = WarmUp(new WarmUpOptions { Questions = 2 }, source);

        warmUp.RunAtStart(CancellationToken.None);

        Assert.True(heldDuring);
        Assert.False(warmUp.IsHoldingStart);
    }

    private sealed class CountingQuestions(IReadOnlyList<string> questions, Action? onDraw = null) : IWarmUpQuestions
    {
        public int Draws { get; private set; }

        public IReadOnlyList<string> Draw(int count)
        {
            Draws++;
            onDraw?.Invoke();
            return questions.Take(count).ToList();
        }
    }

    private sealed class FailingQuestions : IWarmUpQuestions
    {
        public IReadOnlyList<string> Draw(int count) => throw new InvalidOperationException("no questions today");
    }
}
