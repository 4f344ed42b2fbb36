using BriefingBot.Core.Answering.WarmUp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// The host's warm-up over the index it opens (<see cref="AnswerWarmUp"/>): done before the adapter starts taking
/// questions, skipped when turned off, and never a reason for the bot not to start.
/// </summary>
public sealed class TelegramWarmUpTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(5003, "هدى", "huda");

    private async Task AssertAnswersAsync(TelegramBotHarness bot)
    {
        var chat = FakeChat.Private(Member);
        var asked = Api.SendText(chat, Member, "ماذا قال بولياكوف؟");
        await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        Assert.False(bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    private static int LineOf(TelegramBotHarness bot, string text) =>
        bot.Logs.Lines.ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal));

    [Fact]
    public async Task The_warm_up_runs_before_the_bot_takes_its_first_question()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);

        await AssertAnswersAsync(bot);

        var warmedUp = LineOf(bot, "Warm-up answered");
        Assert.True(warmedUp >= 0, string.Join('\n', bot.Logs.Lines));
        Assert.True(warmedUp < LineOf(bot, "long polling"), string.Join('\n', bot.Logs.Lines));
        Assert.True(bot.Services.GetRequiredService<AnswerWarmUp>().LastRun is { Answered: > 0 });
    }

    [Fact]
    public async Task A_warm_up_turned_off_is_skipped()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?> { ["Search:WarmUp:Questions"] = "0" });

        await AssertAnswersAsync(bot);

        Assert.Equal(-1, LineOf(bot, "Warm-up answered"));
        Assert.Null(bot.Services.GetRequiredService<AnswerWarmUp>().LastRun);
    }

    [Fact]
    public async Task A_warm_up_that_throws_does_not_stop_the_bot()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, configure: s => s.AddSingleton<IWarmUpQuestions, FailingQuestions>());

        await AssertAnswersAsync(bot);

        Assert.True(LineOf(bot, "Warm-up failed") >= 0, string.Join('\n', bot.Logs.Lines));
    }

    private sealed class FailingQuestions : IWarmUpQuestions
    {
        public IReadOnlyList<string> Draw(int count) => throw new InvalidOperationException("no questions today");
    }
}
