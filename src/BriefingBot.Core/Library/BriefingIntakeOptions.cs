using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Library;

/// <summary>Limits on posted briefings, bound from the <c>Briefings</c> configuration section.</summary>
public sealed class BriefingIntakeOptions
{
    public const string Section = "Briefings";

    public const int DefaultMaxBytes = 1024 * 1024;

    /// <summary>Largest briefing accepted, in bytes of UTF-8 (default 1 MB).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int MaxBytes { get; set; } = DefaultMaxBytes;
}
