using System.Diagnostics;
using BriefingBot.Core.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Answering.WarmUp;

/// <summary>What a warm-up did: how many questions it answered, in how long, and whether it stopped early (time, or the host stopping).</summary>
public sealed record WarmUpRun(int Questions, int Answered, TimeSpan Elapsed, bool StoppedEarly);

/// <summary>
/// Answers a handful of questions about the serving index through the same <see cref="QuestionAnswerer"/> chat uses,
/// once it is opened: the first reader's question would otherwise pay the just-in-time compilation of the whole answer
/// path and the index's cold caches (a few hundred milliseconds at first, then several ms per question until the runtime's
/// tiers settle). The answers are thrown away and change nothing: the answerer keeps no state between questions beyond
/// the reader's own caches. Bounded by <see cref="WarmUpOptions.MaxDuration"/>, stopped by the token, and never fails:
/// a fault is logged and the bot serves without it.
/// </summary>
public sealed partial class AnswerWarmUp(QuestionAnswerer answerer, PassageIndex index, IWarmUpQuestions questions, IOptions<WarmUpOptions> options, ILogger<AnswerWarmUp> logger)
{
    private volatile bool _holdingStart;

    /// <summary>The warm-up of start-up is running: the bot takes no questions yet (readiness says so).</summary>
    public bool IsHoldingStart => _holdingStart;

    /// <summary>The last run, or null before any.</summary>
    public WarmUpRun? LastRun { get; private set; }

    /// <summary>Warms up before the bot takes questions: readiness reports it until it ends.</summary>
    public WarmUpRun? RunAtStart(CancellationToken cancellationToken)
    {
        _holdingStart = true;
        try
        {
            return Run(cancellationToken);
        }
        finally
        {
            _holdingStart = false;
        }
    }

    /// <summary>Runs the warm-up over the serving index; null when it is turned off, nothing serves, or it failed (logged).</summary>
    public WarmUpRun? Run(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            LogDisabled();
            return null;
        }

        if (!index.IsServing)
        {
            return null;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var asked = questions.Draw(settings.Questions);
            var answered = 0;
            foreach (var question in asked)
            {
                if (cancellationToken.IsCancellationRequested || Stopwatch.GetElapsedTime(started) >= settings.MaxDuration)
                {
                    break;
                }

                answerer.Answer(new AnswerRequest(question));
                answered++;
            }

            var run = new WarmUpRun(asked.Count, answered, Stopwatch.GetElapsedTime(started), answered < asked.Count);
            LastRun = run;
            LogWarmedUp(run.Answered, run.Questions, run.Elapsed.TotalMilliseconds, run.StoppedEarly);
            return run;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogFailed(e, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up answered {Answered} of {Questions} questions drawn from the index in {ElapsedMs:F0} ms (stopped early: {StoppedEarly})")]
    private partial void LogWarmedUp(int answered, int questions, double elapsedMs, bool stoppedEarly);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Warm-up is turned off (Search:WarmUp)")]
    private partial void LogDisabled();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up failed after {ElapsedMs:F0} ms; the bot serves without it")]
    private partial void LogFailed(Exception error, double elapsedMs);
}
