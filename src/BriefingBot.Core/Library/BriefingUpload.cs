using System.Text;
using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>A briefing as a moderator posted it: raw bytes (a file, or the text after the command) and who posted it.</summary>
/// <param name="Content">The bytes as received; they are checked before anything is decoded.</param>
/// <param name="FileName">The attachment's file name, or null for text typed after the command.</param>
/// <param name="Header">Title, date or source given beside the text (e.g. command-line options); the text's own front matter wins for the date.</param>
public sealed record BriefingUpload(ReadOnlyMemory<byte> Content, BriefingOrigin Origin, string? FileName = null, BriefingHeader? Header = null)
{
    /// <summary>The community the briefing is posted to; null makes it shared (the operator's command line).</summary>
    public string? Community { get; init; }

    /// <summary>A briefing typed (or pasted) after the command.</summary>
    public static BriefingUpload FromText(string text, BriefingOrigin origin, BriefingHeader? header = null) =>
        new(Encoding.UTF8.GetBytes(text ?? string.Empty), origin, null, header);
}
