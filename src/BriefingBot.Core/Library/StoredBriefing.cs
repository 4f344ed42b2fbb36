using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>
/// A briefing as it is kept: the parsed briefing, the exact text it was parsed from, and what the poster
/// supplied besides the text, so that parsing the text again with <see cref="Supplied"/> gives the same briefing.
/// </summary>
/// <param name="Supplied">The header given with the text (title, date, source); the id is always the briefing's own.</param>
/// <param name="FileName">The name of the uploaded file, when the briefing came as a file.</param>
public sealed record StoredBriefing(
    Briefing Briefing,
    string Text,
    BriefingHeader Supplied,
    BriefingOrigin Origin,
    DateTimeOffset PostedAt,
    string? FileName = null);
