using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Answering.WarmUp;

/// <summary>
/// The questions the host answers over an index it has just opened, before it takes any (<see cref="AnswerWarmUp"/>),
/// bound from <c>Search:WarmUp</c>. <see cref="Questions"/> or <see cref="MaxDuration"/> 0 turns it off.
/// </summary>
public sealed class WarmUpOptions
{
    public const string Section = "Search:WarmUp";

    /// <summary>
    /// How many questions, drawn from the index's own passages (default 150: at 100k passages the first 1,000 questions
    /// after it are as fast as after 300, and 48 left their p99 at 9–10 ms; about 1.5 s of CPU).
    /// </summary>
    [Range(0, 10_000, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int Questions { get; set; } = 150;

    /// <summary>The longest the warm-up may hold start-up back; it stops between two questions once this has passed (default 10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan MaxDuration { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => Questions > 0 && MaxDuration > TimeSpan.Zero;
}
