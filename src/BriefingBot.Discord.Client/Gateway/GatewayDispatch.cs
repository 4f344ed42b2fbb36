using System.Text.Json;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client.Gateway;

/// <summary>A raw dispatch (op 0); <see cref="Data"/> is detached from any parser buffer and safe to keep.</summary>
public sealed record GatewayDispatch(string Name, long Sequence, JsonElement Data);

/// <summary>The READY dispatch, reduced to what we use.</summary>
public sealed record ReadyEvent
{
    public User User { get; init; } = new();

    public string SessionId { get; init; } = "";

    public string ResumeGatewayUrl { get; init; } = "";

    public Application? Application { get; init; }
}
