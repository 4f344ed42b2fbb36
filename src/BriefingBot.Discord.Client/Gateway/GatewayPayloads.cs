using System.Text.Json.Serialization;

namespace BriefingBot.Discord.Client.Gateway;

// Classes rather than records: a record's generated ToString would print the token.
internal sealed class OutgoingPayload<T>(GatewayOpcode op, T data)
{
    [JsonPropertyName("op")]
    public int Op { get; } = (int)op;

    // Discord expects "d": null for the first heartbeat, so nulls are written here.
    [JsonPropertyName("d")]
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public T Data { get; } = data;
}

internal sealed class IdentifyData
{
    public required string Token { get; init; }

    public required int Intents { get; init; }

    public required IdentifyProperties Properties { get; init; }
}

internal sealed class IdentifyProperties
{
    public required string Os { get; init; }

    public required string Browser { get; init; }

    public required string Device { get; init; }
}

internal sealed class ResumeData
{
    public required string Token { get; init; }

    public required string SessionId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public required long? Seq { get; init; }
}
