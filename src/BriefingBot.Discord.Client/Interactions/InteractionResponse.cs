using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client.Interactions;

public enum InteractionCallbackType
{
    Pong = 1,
    ChannelMessageWithSource = 4,
    DeferredChannelMessageWithSource = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
}

public sealed record InteractionResponse
{
    public InteractionCallbackType Type { get; init; }

    public InteractionCallbackData? Data { get; init; }

    public static InteractionResponse Message(InteractionCallbackData data) =>
        new() { Type = InteractionCallbackType.ChannelMessageWithSource, Data = data };

    public static InteractionResponse Deferred(bool ephemeral = false) =>
        new()
        {
            Type = InteractionCallbackType.DeferredChannelMessageWithSource,
            Data = ephemeral ? new InteractionCallbackData { Flags = InteractionCallbackData.Ephemeral } : null,
        };

    public static InteractionResponse DeferredUpdate() => new() { Type = InteractionCallbackType.DeferredUpdateMessage };

    public static InteractionResponse Update(InteractionCallbackData data) =>
        new() { Type = InteractionCallbackType.UpdateMessage, Data = data };
}

public sealed record InteractionCallbackData
{
    public const int Ephemeral = 1 << 6;

    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    /// <summary>Left null, the serializer sends <c>{"parse":[]}</c>.</summary>
    public AllowedMentions? AllowedMentions { get; init; }

    public int? Flags { get; init; }
}
