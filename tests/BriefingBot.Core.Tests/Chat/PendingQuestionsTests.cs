using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Chat;

public sealed class PendingQuestionsTests
{
    [Fact]
    public void The_least_recently_used_question_is_forgotten_first_when_full()
    {
        var pending = new PendingQuestions(Options.Create(new ChatOptions { PendingQuestionCapacity = 2 }), new ManualTime());
        var a = pending.Remember(new PendingQuestion("a", "p", "c"));
        var b = pending.Remember(new PendingQuestion("b", "p", "c"));
        Assert.True(pending.TryGet(a, out _));

        var c = pending.Remember(new PendingQuestion("c", "p", "c"));

        Assert.True(pending.TryGet(a, out var kept));
        Assert.Equal("a", kept.Question);
        Assert.False(pending.TryGet(b, out _));
        Assert.True(pending.TryGet(c, out _));
        Assert.Equal(2, pending.Count);
    }

    [Fact]
    public void Each_page_of_a_question_is_claimed_once()
    {
        var pending = new PendingQuestions(Options.Create(new ChatOptions()), new ManualTime());
        var id = pending.Remember(new PendingQuestion("q", "p", "c"));

        Assert.True(pending.TryClaim(id, 3));
        Assert.False(pending.TryClaim(id, 3));
        Assert.True(pending.TryClaim(id, 6));
        Assert.False(pending.TryClaim("unknown", 3));
    }

    [Fact]
    public void A_question_expires_after_its_lifetime()
    {
        var time = new ManualTime();
        var pending = new PendingQuestions(Options.Create(new ChatOptions { PendingQuestionLifetime = TimeSpan.FromMinutes(10) }), time);
        var id = pending.Remember(new PendingQuestion("q", "p", "c"));

        time.Advance(TimeSpan.FromMinutes(9));
        Assert.True(pending.TryGet(id, out _));
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.False(pending.TryGet(id, out _));
    }

    [Theory]
    [InlineData("AbCd-_12:0", "AbCd-_12", 0)]
    [InlineData("AbCd-_12:30", "AbCd-_12", 30)]
    public void A_continuation_round_trips_through_its_button_payload(string argument, string id, int skip)
    {
        Assert.True(Continuation.TryParse(argument, out var parsed));
        Assert.Equal(new Continuation(id, skip), parsed);
        Assert.Equal("more:" + argument, parsed.ToAction());
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData(":3")]
    [InlineData("abc:-1")]
    [InlineData("abc:x")]
    [InlineData("abc:99999999")]
    public void A_malformed_continuation_is_rejected(string argument) =>
        Assert.False(Continuation.TryParse(argument, out _));

    private sealed class ManualTime : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
