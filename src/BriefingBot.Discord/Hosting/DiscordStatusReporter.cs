using BriefingBot.Core.Operations;
using BriefingBot.Discord.Client.Gateway;
using BriefingBot.Discord.Translation;

namespace BriefingBot.Discord.Hosting;

/// <summary>
/// Tells the core whether the Discord gateway is connected (READY or RESUMED received) or not (the connection
/// ended), and counts reconnects. Only plain facts cross into the core.
/// </summary>
internal sealed class DiscordStatusReporter(DiscordGatewayClient gateway, PlatformConnectivity connectivity, BotMetrics metrics)
{
    private const string Platform = DiscordMessageTranslator.Platform;

    /// <summary>Starts reporting; disposing stops it and reports the bot as stopped.</summary>
    public IDisposable Attach()
    {
        var onDispatch = gateway.OnDispatch((dispatch, _) =>
        {
            if (dispatch.Name is "READY" or "RESUMED")
            {
                connectivity.Connected(Platform);
            }

            return Task.CompletedTask;
        });
        gateway.ConnectionLost += OnConnectionLost;
        return new Detach(() =>
        {
            gateway.ConnectionLost -= OnConnectionLost;
            onDispatch.Dispose();
            connectivity.Disconnected(Platform, "stopped");
        });
    }

    private void OnConnectionLost(object? sender, GatewayConnectionLostEventArgs e)
    {
        var code = e.CloseCode is { } c ? $" (close code {c})" : string.Empty;
        if (e.Fatal)
        {
            connectivity.Disconnected(Platform, "refused by Discord" + code);
            return;
        }

        connectivity.Disconnected(Platform, "gateway connection lost, reconnecting" + code);
        metrics.GatewayReconnect(Platform);
    }

    private sealed class Detach(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
