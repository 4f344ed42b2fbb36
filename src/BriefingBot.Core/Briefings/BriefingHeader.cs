namespace BriefingBot.Core.Briefings;

/// <summary>
/// Metadata a briefing may declare in a front-matter block (<c>---</c> … <c>---</c>) or that the poster supplies.
/// Anything missing is inferred by the parser.
/// </summary>
public sealed record BriefingHeader(string? Id = null, string? Title = null, DateOnly? Date = null, string? Source = null);
