using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Insights;

/// <summary>What the bot keeps about questions for the gaps report, bound from the <c>Insights</c> section.</summary>
public sealed class InsightsOptions : IValidatableObject
{
    public const string Section = "Insights";

    /// <summary>Record questions, outcomes and votes. Off: nothing is written (votes are still acknowledged and counted in metrics).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days a recorded question (and its votes) is kept; older ones are deleted by the background clean-up.</summary>
    [Range(1, 3650, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the clean-up runs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The key of the hash that stands for a voter's user id (one vote per user per answer). Unset: a random key is
    /// generated once and kept in the data directory, so the hash cannot be reversed by guessing ids.
    /// </summary>
    public string? UserHashKey { get; set; }

    /// <summary>How far back <c>/gaps</c> looks when no <c>--days</c> is given.</summary>
    [Range(1, 3650, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int GapsDays { get; set; } = 7;

    /// <summary>How many groups <c>/gaps</c> shows in chat.</summary>
    [Range(1, 100, ErrorMessage = "{0} must be between {1} and {2}.")]
    public int GapsListed { get; set; } = 15;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (GapsDays > RetentionDays)
        {
            yield return new ValidationResult(
                $"must not look further back than Insights:RetentionDays ({GapsDays} > {RetentionDays}): older questions are deleted.",
                [nameof(GapsDays)]);
        }

        if (UserHashKey is { Length: > 0 and < 16 })
        {
            // The key is what keeps a hash from being reversed by hashing every possible user id.
            yield return new ValidationResult("must be at least 16 characters, or unset to let the bot generate one.", [nameof(UserHashKey)]);
        }
    }
}
