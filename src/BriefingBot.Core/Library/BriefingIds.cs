namespace BriefingBot.Core.Library;

/// <summary>Briefing ids name files in the store, so they are restricted to a safe alphabet.</summary>
public static class BriefingIds
{
    /// <summary>ASCII letters, digits, '-', '_' and '.' (not leading), at most 100 characters.</summary>
    public static bool IsSafe(string id) =>
        id.Length is > 0 and <= 100
        && id[0] != '.'
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
