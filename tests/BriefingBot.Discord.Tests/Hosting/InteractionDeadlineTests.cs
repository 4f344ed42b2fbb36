using BriefingBot.Core.Chat;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// Discord wants an interaction acknowledged within 3 s: a 429 or 5xx on the callback route is waited out within
/// that time, and no acknowledgement ever queues behind searching.
/// </summary>
public sealed class InteractionDeadlineTests
{
    private const string Question = "ماذا قال بولياكوف؟";

    [Theory]
    [InlineData("ask")]
    [InlineData("help")]
    public async Task A_global_429_on_the_interaction_callback_is_waited_out_and_the_command_is_still_answered(string command)
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        harness.Server.BlockRoute("POST", "/interactions/i1/token-i1/callback", TimeSpan.FromMilliseconds(800), "global");

        await harness.SendSlashCommandAsync(connection, "i1", command, command == "ask" ? Question : null);

        await Eventually.TrueAsync(() => harness.Server.Answers.Any(a => a.Request.Path.EndsWith("/callback", StringComparison.Ordinal) && a.Status is 204), "the acknowledgement once the limit passed");
        if (command == "ask")
        {
            await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the answer");
        }

        Assert.InRange(harness.Callbacks("i1").Count, 2, 3);
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains("scope global", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Logs, l => l.Message.Contains("could not send", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_429_longer_than_the_interaction_allows_drops_that_answer_with_a_clear_log_and_the_next_is_answered()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        harness.Server.BlockRoute("POST", "/interactions/i1/token-i1/callback", TimeSpan.FromSeconds(30), "shared");

        await harness.SendSlashCommandAsync(connection, "i1", "help");
        // The client says which route it gave up on, the adapter which member's answer that was.
        await Eventually.TrueAsync(() => harness.Logs.Logs.Any(l => l.Message.Contains("interaction i1 was dropped", StringComparison.Ordinal)), "the dropped answer to be logged");
        await harness.SendSlashCommandAsync(connection, "i2", "help");

        await Eventually.TrueAsync(() => harness.Callbacks("i2").Count == 1, "the next interaction's answer");
        Assert.Single(harness.Callbacks("i1"));
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains("callback dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_acknowledgement_lost_behind_a_server_error_is_not_mistaken_for_a_failure_and_the_answer_follows()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        harness.Server.Enqueue("POST", "/interactions/i1/token-i1/callback", FakeRestResponse.ServerErrorAfterCommit(502));

        await harness.SendSlashCommandAsync(connection, "i1", "ask", Question);

        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the answer after the lost acknowledgement");
        Assert.Equal(2, harness.Callbacks("i1").Count);
        Assert.NotEmpty(harness.OriginalEdits("i1")[0].Json.Embeds());
    }

    [Fact]
    public async Task Every_command_is_acknowledged_while_all_search_slots_are_taken()
    {
        var blocking = new BlockingAskHandler();
        await using var harness = await AdapterHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Discord:MaxConcurrentAnswers"] = "1",
                ["Communities:news:Chats:0"] = "discord:" + AdapterHarness.GuildId,
            },
            configureServer: BriefingFiles.Serve,
            configureServices: s => s.AddSingleton<IChatCommandHandler>(blocking));
        var connection = await harness.ConnectAsync();
        await harness.SendSlashCommandAsync(connection, "i1", "ask", Question);
        await Eventually.TrueAsync(() => blocking.Entered == 1 && harness.Callbacks("i1").Count == 1, "the only search slot to be taken");

        await harness.SendSlashCommandAsync(connection, "i2", "help");
        await harness.SendSlashCommandAsync(connection, "i3", "briefings");
        await harness.SendSlashCommandAsync(connection, "i4", "today");
        await BriefingFiles.SendBriefAsync(harness, connection, "i5");

        await Eventually.TrueAsync(
            () => new[] { "i2", "i3", "i4", "i5" }.All(i => harness.Callbacks(i).Count == 1) && harness.OriginalEdits("i5").Count == 1,
            "every acknowledgement, and the posted briefing's confirmation, while the search slot is taken");
        Assert.Empty(harness.OriginalEdits("i1"));
        Assert.All(new[] { "i2", "i3", "i4" }, i => Assert.Equal(4, harness.Callbacks(i)[0].Json.GetProperty("type").GetInt32()));
        Assert.StartsWith("تمت إضافة الموجز", harness.OriginalEdits("i5")[0].Json.Content(), StringComparison.Ordinal);

        blocking.Release();
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the held answer once its search finishes");
    }
}
