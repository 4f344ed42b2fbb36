using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Chat;

/// <summary>Chat settings, bound from the <c>Chat</c> configuration section.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>Questions (and "more" presses) one user may ask per minute, on each platform.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int QuestionsPerMinute { get; set; } = 10;

    /// <summary>How many questions a "more" button can still be pressed for; older ones expire first.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int PendingQuestionCapacity { get; set; } = 10_000;

    /// <summary>How long a "more" button keeps working.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan PendingQuestionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many of the bot's answers a reply can still follow up; older ones are forgotten first.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int ConversationCapacity { get; set; } = 20_000;

    /// <summary>How long a reply to one of the bot's answers is still read as a follow-up of it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan ConversationLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long after the bot answered a question an edit of that question is answered again, by editing the bot's reply
    /// in place. Later edits change nothing (the answer may have been read and followed up by then); zero turns it off.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan EditWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Users who are moderators of every community on their platform (the operator's global list), as <c>platform:userId</c> (<c>telegram:123456789</c>),
    /// on top of those the platform reports (group admins). Bound from <c>Chat:Moderators:0</c>, <c>:1</c>, ….
    /// </summary>
    public List<string> Moderators { get; set; } = [];

    /// <summary>
    /// Briefing chats, as <c>platform:chatId</c>: a moderator's every plain post there (text or a file) is a briefing,
    /// as if sent with <c>/brief</c>. Bound from <c>Chat:BriefingChats:0</c>, …; Telegram's <c>Telegram:BriefingChatIds</c> adds to it.
    /// </summary>
    public List<string> BriefingChats { get; set; } = [];

    /// <summary>
    /// Which communities accept <c>/brief</c> from their own moderators: <c>Listed</c> (default: those in
    /// <c>Communities</c>, or linked or opened by a global moderator) or <c>Open</c> (any group, into its own community).
    /// </summary>
    public Communities.PostingPolicy Posting { get; set; } = Communities.PostingPolicy.Listed;

    /// <summary>How long a <c>/link</c> code can be used (once) to join another group to the community.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan LinkCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many briefings <c>/briefings</c> lists.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int BriefingsListed { get; set; } = 10;
}
