using System.Diagnostics;
using System.Diagnostics.Metrics;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Operations;

/// <summary>
/// The bot's own metrics, as <see cref="System.Diagnostics.Metrics"/> instruments on one meter. Exporting them
/// (Prometheus, OTLP) is the host's business: the core depends on no exporter. Instrument names follow the
/// OpenTelemetry convention; a Prometheus exporter turns <c>briefingbot.questions</c> into
/// <c>briefingbot_questions_total</c> and <c>briefingbot.answer.duration</c> (unit s) into
/// <c>briefingbot_answer_duration_seconds</c>.
/// </summary>
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "BriefingBot";

    private readonly Meter _meter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _apiErrors;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _votes;

    public BotMetrics(IMeterFactory meterFactory, BriefingLibrary library)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(MeterName);
        _questions = _meter.CreateCounter<long>("briefingbot.questions", description: "Questions answered, by platform and outcome.");
        _answerDuration = _meter.CreateHistogram<double>(
            "briefingbot.answer.duration",
            unit: "s",
            description: "Time from a question reaching the chat core to its reply being ready.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _apiErrors = _meter.CreateCounter<long>("briefingbot.platform.api.errors", description: "Platform API calls answered with an error status, by platform and status.");
        _rateLimited = _meter.CreateCounter<long>("briefingbot.platform.rate_limited", description: "Platform API calls refused with 429, by platform.");
        _reconnects = _meter.CreateCounter<long>("briefingbot.gateway.reconnects", description: "Gateway connections lost and reconnected, by platform.");
        _votes = _meter.CreateCounter<long>("briefingbot.feedback.votes", description: "Feedback votes on answers, by platform and vote.");
        _meter.CreateObservableGauge("briefingbot.index.briefings", () => library.Catalog.All.Count, description: "Briefings in the library.");
        _meter.CreateObservableGauge("briefingbot.index.passages", () => PassagesOrNone(library), description: "Passages in the search index.");
    }

    public void QuestionAnswered(string platform, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "platform", platform }, { "outcome", outcome } };
        _questions.Add(1, tags);
        _answerDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void ApiError(string platform, int status)
    {
        _apiErrors.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("status", status));
        if (status == 429)
        {
            _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));
        }
    }

    public void GatewayReconnect(string platform) => _reconnects.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Vote(string platform, bool helpful) =>
        _votes.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("vote", helpful ? "up" : "down"));

    /// <summary>The outcome label of an answer: its kind in snake case (<c>nothing_relevant</c>).</summary>
    public static string OutcomeLabel(AnswerOutcome outcome) => SnakeCase(outcome.ToString());

    internal static string SnakeCase(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static IEnumerable<Measurement<int>> PassagesOrNone(BriefingLibrary library)
    {
        try
        {
            return [new Measurement<int>(library.Index.PassageCount)];
        }
        catch (ObjectDisposedException)
        {
            // A scrape during shutdown: no reading rather than a failed scrape.
            return [];
        }
    }

    public void Dispose() => _meter.Dispose();
}
