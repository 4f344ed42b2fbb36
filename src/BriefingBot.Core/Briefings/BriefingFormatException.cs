namespace BriefingBot.Core.Briefings;

/// <summary>The text cannot be a briefing; <see cref="Reason"/> says why in a form the chat core can explain.</summary>
public sealed class BriefingFormatException(BriefingRejection reason, string message) : Exception(message)
{
    public BriefingRejection Reason { get; } = reason;
}

public enum BriefingRejection
{
    Empty,
    NotText,
    TooLarge,
    NoParagraphs,
    BadHeader,
}
