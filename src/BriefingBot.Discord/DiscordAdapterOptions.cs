using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Discord;

/// <summary>
/// Adapter settings, bound from the same <c>Discord</c> section as the client's (<c>Discord:Token</c> and friends).
/// </summary>
public sealed class DiscordAdapterOptions
{
    public const string SectionName = "Discord";

    /// <summary>Members with any of these roles count as moderators, besides Manage Messages and Administrator.</summary>
    public IList<string> ModeratorRoleIds { get; set; } = [];

    /// <summary>Channels told about every newly added briefing (title and sections), from any platform.</summary>
    public IList<string> AnnounceChannelIds { get; set; } = [];

    /// <summary>How many answered message and interaction ids are remembered to never answer one twice.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int AnsweredIdMemory { get; set; } = 2048;

    /// <summary>
    /// How many guild channels and threads are remembered with their parent channel (threads name only themselves in a
    /// message); the oldest learnt is forgotten first and looked up again if it speaks again.
    /// </summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int ChannelMemory { get; set; } = 10_000;

    /// <summary>Answers computed (searched) at the same time; sending is bounded by Discord's rate limits instead.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "{0} must be at least {1}.")]
    public int MaxConcurrentAnswers { get; set; } = 8;

    /// <summary>On shutdown, replies already in progress get this long to go out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "{0} must be between {1} and {2}.")]
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(5);
}
