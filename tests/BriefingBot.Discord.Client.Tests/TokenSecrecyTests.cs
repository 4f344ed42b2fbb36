using BriefingBot.Discord.Client.Gateway;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;

namespace BriefingBot.Discord.Client.Tests;

public sealed class TokenSecrecyTests
{
    [Fact]
    public void Options_ToString_redacts_the_token()
    {
        var options = new DiscordClientOptions { Token = ClientHarness.Token };

        Assert.DoesNotContain(ClientHarness.Token, options.ToString(), StringComparison.Ordinal);
        Assert.Contains("<redacted>", options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_appears_in_no_log_line_or_exception_when_things_go_wrong()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.RestMaxRetries = 1);
        var errors = new List<Exception>();

        // Errors whose text is controlled by the server, including one that echoes the token back.
        harness.Server.Enqueue("POST", "/channels/1/messages", FakeRestResponse.Json(401, $$"""{"message":"401: Unauthorized {{ClientHarness.Token}}","code":0}"""));
        harness.Server.Enqueue("POST", "/channels/2/messages", FakeRestResponse.ServerError(500), FakeRestResponse.ServerError(500));
        harness.Server.Enqueue("POST", "/channels/3/messages", FakeRestResponse.RateLimited(0.05, global: false));
        errors.Add(await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateMessageAsync("1", new MessageCreate { Content = "x" })));
        errors.Add(await Assert.ThrowsAsync<DiscordRestException>(() => harness.Rest.CreateMessageAsync("2", new MessageCreate { Content = "x" })));
        await harness.Rest.CreateMessageAsync("3", new MessageCreate { Content = "x" });

        // A gateway session that resumes, then dies with a fatal close whose reason echoes the token.
        var connection = await harness.RunUntilReadyAsync();
        connection.Abort();
        var second = await harness.Server.NextConnectionAsync();
        await second.WaitForOpAsync(6);
        await second.CloseAsync(4004, $"bad token {ClientHarness.Token}");
        errors.Add(await Assert.ThrowsAsync<DiscordGatewayClosedException>(() => harness.RunTask!.WaitAsync(TestTimeouts.Default)));

        Assert.NotEmpty(harness.Logs.Logs);
        Assert.All(harness.Logs.Logs, log => Assert.DoesNotContain(ClientHarness.Token, log.ToString(), StringComparison.Ordinal));
        Assert.All(errors, error => Assert.DoesNotContain(ClientHarness.Token, error.ToString(), StringComparison.Ordinal));
    }
}
