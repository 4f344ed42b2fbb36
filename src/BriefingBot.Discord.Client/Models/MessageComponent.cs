namespace BriefingBot.Discord.Client.Models;

public enum ComponentType
{
    ActionRow = 1,
    Button = 2,
}

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,
    Link = 5,
}

/// <summary>An action row or a button; Discord uses one shape discriminated by <see cref="Type"/>.</summary>
public sealed record MessageComponent
{
    public ComponentType Type { get; init; }

    public ButtonStyle? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    /// <summary>Only for <see cref="ButtonStyle.Link"/> buttons, which carry no custom id.</summary>
    public string? Url { get; init; }

    public bool? Disabled { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public static MessageComponent ActionRow(params MessageComponent[] components) =>
        new() { Type = ComponentType.ActionRow, Components = components };

    public static MessageComponent Button(string customId, string label, ButtonStyle style = ButtonStyle.Secondary) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = style };
}
