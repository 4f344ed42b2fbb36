using BriefingBot.Core.Briefings;

namespace BriefingBot.Core.Library;

/// <summary>What became of a posted briefing: one of <see cref="BriefingAdded"/>, <see cref="BriefingAlreadyPresent"/>, <see cref="BriefingRejected"/>.</summary>
public abstract record IntakeResult;

/// <summary>The briefing is stored durably and searchable: now it may be confirmed.</summary>
/// <param name="Replaced">A briefing with the same id (declared in its front matter) was replaced.</param>
public sealed record BriefingAdded(Briefing Briefing, bool Replaced) : IntakeResult;

/// <summary>The same briefing (same words) is already there; nothing changed.</summary>
public sealed record BriefingAlreadyPresent(Briefing Existing) : IntakeResult;

/// <summary>The upload cannot be a briefing; nothing was stored and the index is unchanged.</summary>
/// <param name="Detail">An English explanation for logs and the command line; chat replies are worded from <see cref="Reason"/>.</param>
public sealed record BriefingRejected(IntakeRejection Reason, string Detail) : IntakeResult;

/// <summary>Why an upload was refused, for the reply to word it (see <see cref="BriefingTexts"/>).</summary>
public enum IntakeRejection
{
    /// <summary>No bytes, or only white space.</summary>
    Empty,

    /// <summary>Larger than <see cref="BriefingIntakeOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>An attachment that is not <c>.txt</c> or <c>.md</c>.</summary>
    UnsupportedFileType,

    /// <summary>Binary data: NUL bytes, a known binary format, or many control characters.</summary>
    Binary,

    /// <summary>Text, but not valid UTF-8 (e.g. Windows-1256 or UTF-16).</summary>
    NotUtf8,

    /// <summary>An HTML/XML page or RTF document rather than plain text or Markdown.</summary>
    Markup,

    /// <summary>Only headings, nothing to quote.</summary>
    NoParagraphs,

    /// <summary>A front-matter block that is not closed, or a bad date or id in it.</summary>
    BadHeader,

    /// <summary>The id belongs to a briefing this post does not own: one shipped with the bot.</summary>
    IdInUse,
}
