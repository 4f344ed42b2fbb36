namespace BriefingBot.Core.Chat;

/// <summary>What a message asks the bot to do. New commands (moderator ones, say) add a kind and a handler.</summary>
public enum ChatCommandKind
{
    /// <summary>The message is not for the bot (group chatter): no reply at all.</summary>
    None,

    /// <summary>A command word the bot does not know.</summary>
    Unknown,

    Ask,
    Start,
    Help,
    Briefings,
    Today,

    /// <summary>The next passages of an earlier question (a button press carrying a continuation).</summary>
    More,

    /// <summary>A moderator posts a briefing (text after the command or an attached file).</summary>
    Brief,

    /// <summary>A moderator removes a briefing by its id.</summary>
    Unbrief,

    /// <summary>Which community a private chat follows (chosen in one of its groups).</summary>
    Community,

    /// <summary>A 👍/👎 press under an answer: acknowledged at once, changes nothing else.</summary>
    Vote,

    /// <summary>A moderator asks which questions members could not get answered.</summary>
    Gaps,

    /// <summary>A moderator joins two groups into one community with a one-time code.</summary>
    Link,

    /// <summary>A moderator shows or changes the community's settings (ask channel, language, announce channel, rate).</summary>
    Settings,
}

/// <summary>A parsed command and its argument (the question, or a button's continuation).</summary>
public sealed record ChatCommand(ChatCommandKind Kind, string Argument = "")
{
    public static ChatCommand None { get; } = new(ChatCommandKind.None);
}
