using System.Text.Json;
using BriefingBot.Core.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace BriefingBot.Operations;

/// <summary>Another route the shared listener serves (the Telegram webhook), mapped when it starts.</summary>
public sealed record SharedHttpRoute(Action<IEndpointRouteBuilder, IServiceProvider> Map);

/// <summary>
/// The host's one HTTP listener: <c>/healthz</c> (the process is alive), <c>/readyz</c> (the index is open and
/// every configured platform is connected; 503 with the reasons otherwise), <c>/metrics</c> (Prometheus text,
/// through OpenTelemetry's Prometheus exporter), plus any <see cref="SharedHttpRoute"/>. It starts before the
/// library loads, so a load balancer sees a live but not-ready bot while the index is being built.
/// </summary>
public sealed partial class OperationsListener(
    IServiceProvider services,
    Readiness readiness,
    IEnumerable<SharedHttpRoute> routes,
    IOptions<HttpListenerOptions> options,
    ILogger<OperationsListener> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The address bound (useful when the configured port is 0).</summary>
    public Uri? ListeningOn { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(options.Value.ListenUrl!);
        // No scrape cache: every scrape reads the instruments, so a scrape right after a question sees it.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMetrics.MeterName)
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", () =>
        {
            var report = readiness.Check();
            var body = JsonSerializer.Serialize(new ReadinessBody(report.IsReady ? "ready" : "not ready", report.Reasons));
            return Results.Text(body, "application/json", statusCode: report.IsReady ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapPrometheusScrapingEndpoint("/metrics");
        foreach (var route in routes)
        {
            route.Map(app, services);
        }

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        ListeningOn = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).FirstOrDefault();
        LogListening(ListeningOn?.ToString() ?? options.Value.ListenUrl!);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed record ReadinessBody(string Status, IReadOnlyList<string> Reasons);

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP listener on {Address}: /healthz, /readyz, /metrics")]
    private partial void LogListening(string address);
}
