using System.Globalization;
using BriefingBot.Core.Search;

namespace BriefingBot.Cli;

/// <summary>
/// Shows a rebuild's progress: on a terminal one bar redrawn in place, otherwise (a log, a pipe) a plain line each
/// time it moves by <see cref="LineStep"/> percent or starts merging, so a log is not flooded.
/// </summary>
public sealed class IndexProgressDisplay(TextWriter output, bool bar)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private const int LineStep = 10;
    private const int BarWidth = 30;

    private int _lastPercent = -1;
    private bool _lastMerging;
    private bool _drawn;

    public void Show(IndexBuildProgress? progress)
    {
        if (progress is null)
        {
            return;
        }

        var text = Describe(progress);
        if (bar)
        {
            var filled = progress.Percent * BarWidth / 100;
            output.Write($"\r[{new string('#', filled)}{new string('.', BarWidth - filled)}] {text}   ");
            output.Flush();
            _drawn = true;
            return;
        }

        if (progress.Percent / LineStep != _lastPercent / LineStep || progress.Merging != _lastMerging)
        {
            output.WriteLine($"Indexing: {text}");
            _lastPercent = progress.Percent;
            _lastMerging = progress.Merging;
        }
    }

    /// <summary>Ends the bar's line, so what follows starts on a line of its own.</summary>
    public void Done()
    {
        if (_drawn)
        {
            output.WriteLine();
        }
    }

    private static string Describe(IndexBuildProgress progress)
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"{progress.PassagesDone:N0}/{progress.PassagesTotal:N0} passages");
        return progress.Merging
            ? string.Create(CultureInfo.InvariantCulture, $"{progress.Percent,3}% {counts}, merging into one segment")
            : string.Create(CultureInfo.InvariantCulture, $"{progress.Percent,3}% {counts}");
    }
}
