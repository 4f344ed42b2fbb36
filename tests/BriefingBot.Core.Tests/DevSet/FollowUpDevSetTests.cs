using BriefingBot.Core.Answering;
using BriefingBot.Core.Search;
using BriefingBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace BriefingBot.Core.Tests.DevSet;

/// <summary>
/// Follow-up questions over the dev set's index: each is asked after its context question, leaning on that answer's
/// context exactly as a reply to the bot's answer does in chat, and also alone, which is what the bot did before it
/// read follow-ups. Floors sit a little below what the system reaches (see docs/search-quality.md).
/// </summary>
public sealed class FollowUpDevSetTests : IDisposable
{
    private static readonly DevSet Set = DevSet.Load();

    private readonly ITestOutputHelper _output;
    private readonly PassageIndex _index;

    public FollowUpDevSetTests(ITestOutputHelper output)
    {
        _output = output;
        _index = Indexes.Of([.. Set.Briefings]);
    }

    public void Dispose() => _index.Dispose();

    private (DevSetRun InContext, DevSetRun Alone) Run(string part, bool showMisses)
    {
        var answerer = Indexes.Answerer(_index, null, [.. Set.Briefings]);
        var followUps = Set.LoadFollowUps().Where(f => f.Question.Part == part).ToList();
        var inContext = new DevSetRun(followUps.Select(f =>
        {
            var context = AnswerContext.Of(answerer.Answer(new AnswerRequest(f.Context)));
            return (f.Question, answerer.Answer(new AnswerRequest(f.Question.Question) { FollowUp = context }));
        }).ToList());
        var alone = DevSetRun.Of(answerer, followUps.Select(f => f.Question));
        _output.WriteLine(inContext.Summary(part + " follow-ups in context"));
        _output.WriteLine(alone.Summary(part + " follow-ups alone"));
        if (showMisses)
        {
            foreach (var miss in inContext.Misses(1))
            {
                _output.WriteLine("  miss: " + miss);
            }
        }

        return (inContext, alone);
    }

    [Fact]
    public void The_follow_up_set_has_both_parts_and_resolves_every_expected_passage()
    {
        var followUps = Set.LoadFollowUps();

        Assert.True(followUps.Count >= 30);
        Assert.InRange(followUps.Count(f => f.Question.Part == "holdout") / (double)followUps.Count, 0.35, 0.45);
        Assert.All(followUps, f => Assert.NotEmpty(f.Question.Expected));
        Assert.Equal(followUps.Count, followUps.Select(f => f.Question.Id).Distinct().Count());
    }

    [Fact]
    public void Tune_follow_ups_are_answered_from_the_earlier_answers_context()
    {
        var (inContext, alone) = Run("tune", showMisses: true);

        Assert.True(inContext.RecallAt(1) >= 0.60, inContext.Summary("tune"));
        Assert.True(inContext.RecallAt(3) >= 0.75, inContext.Summary("tune"));
        Assert.True(inContext.RecallAt(3) > alone.RecallAt(3) + 0.3, alone.Summary("tune alone"));
    }

    /// <summary>The held-out follow-ups are measured and held to floors, but their misses are not printed: nothing is tuned on them.</summary>
    [Fact]
    public void Holdout_follow_ups_are_answered_from_the_earlier_answers_context()
    {
        var (inContext, alone) = Run("holdout", showMisses: false);

        Assert.True(inContext.RecallAt(1) >= 0.65, inContext.Summary("holdout"));
        Assert.True(inContext.RecallAt(3) >= 0.75, inContext.Summary("holdout"));
        Assert.True(inContext.RecallAt(3) > alone.RecallAt(3), alone.Summary("holdout alone"));
    }
}
