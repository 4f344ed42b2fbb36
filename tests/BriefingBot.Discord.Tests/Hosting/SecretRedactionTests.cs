using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>The token never reaches a log line, even when the server answers with text that quotes it.</summary>
public sealed class SecretRedactionTests
{
    [Fact]
    public async Task A_response_echoing_the_authorization_header_fails_the_send_without_the_token_reaching_the_log()
    {
        await using var harness = await AdapterHarness.StartAsync(configureServer: s => s.EchoAuthorization = true);
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", "ماذا قال بولياكوف؟");

        await Eventually.TrueAsync(() => harness.Logs.Logs.Any(l => l.Exception is not null && l.Category.EndsWith("DiscordEventHandler", StringComparison.Ordinal)), "the failed send to be logged");
        var secret = AdapterHarness.Token.Split('.')[1];
        Assert.DoesNotContain(harness.Logs.Logs, l => l.ToString().Contains(secret, StringComparison.Ordinal));
    }
}
