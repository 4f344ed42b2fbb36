using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Testing;

/// <summary>
/// A fake server on a free loopback port: Kestrel in a slim web application with its own logging off, the routes
/// mapped by the fake. Every fake platform server starts and stops this way.
/// </summary>
public abstract class LoopbackServer : IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>Where the server listens (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri BaseUri { get; private set; } = null!;

    public async ValueTask DisposeAsync()
    {
        if (_app is null)
        {
            return;
        }

        // A request still open (a long poll, a gateway socket) must not hold the test: it is cut after a short grace.
        using (var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(stopTimeout.Token);
        }

        await _app.DisposeAsync();
    }

    /// <summary>Starts listening with the routes <paramref name="map"/> adds; <see cref="BaseUri"/> is set when it returns.</summary>
    protected async Task ListenAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address.EndsWith('/') ? address : address + "/");
    }
}
