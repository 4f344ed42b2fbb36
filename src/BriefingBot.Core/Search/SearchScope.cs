namespace BriefingBot.Core.Search;

/// <summary>Limits a search to the shared briefings and those of <paramref name="Community"/> (null: shared only).</summary>
public sealed record SearchScope(string? Community);
