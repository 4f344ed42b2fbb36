using BriefingBot.Discord.Client.Rest;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>A passing outage while the Discord bot starts is retried; it never stops the bot, let alone the host.</summary>
public sealed class StartupFaultTests
{
    [Fact]
    public async Task A_timed_out_gateway_lookup_is_retried_and_the_bot_still_answers()
    {
        var timeouts = new TimeOutFirstGatewayLookup();
        await using var harness = await AdapterHarness.StartAsync(configureServices: s =>
            s.AddHttpClient(nameof(DiscordRestClient)).AddHttpMessageHandler(() => timeouts));

        var connection = await harness.ConnectAsync();
        await harness.SendMentionAsync(connection, "m1", "ماذا قال بولياكوف؟");

        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply after the retried start");
        Assert.Equal(1, timeouts.TimedOut);
        Assert.False(harness.Service.Stopped.IsCompleted);
        Assert.False(harness.Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    /// <summary>What HttpClient throws when its timeout elapses: a cancellation nobody asked for.</summary>
    private sealed class TimeOutFirstGatewayLookup : DelegatingHandler
    {
        private int _timedOut;

        public int TimedOut => Volatile.Read(ref _timedOut);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.RequestUri!.AbsolutePath.EndsWith("/gateway/bot", StringComparison.Ordinal) && Interlocked.CompareExchange(ref _timedOut, 1, 0) == 0
                ? throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException())
                : base.SendAsync(request, cancellationToken);
    }
}
