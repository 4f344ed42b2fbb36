namespace BriefingBot.Core.Chat;

/// <summary>Chat settings, bound from the <c>Chat</c> configuration section.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>Questions (and "more" presses) one user may ask per minute, on each platform.</summary>
    public int QuestionsPerMinute { get; set; } = 10;

    /// <summary>How many questions a "more" button can still be pressed for; older ones expire first.</summary>
    public int PendingQuestionCapacity { get; set; } = 10_000;

    /// <summary>How long a "more" button keeps working.</summary>
    public TimeSpan PendingQuestionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many briefings <c>/briefings</c> lists.</summary>
    public int BriefingsListed { get; set; } = 10;
}
