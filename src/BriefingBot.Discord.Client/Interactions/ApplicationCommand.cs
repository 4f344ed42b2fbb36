namespace BriefingBot.Discord.Client.Interactions;

public enum ApplicationCommandType
{
    ChatInput = 1,
    User = 2,
    Message = 3,
}

public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}

/// <summary>A command definition for the bulk-overwrite endpoints.</summary>
public sealed record ApplicationCommand
{
    /// <summary>Set by Discord in responses; ignored on overwrite.</summary>
    public string? Id { get; init; }

    public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    public string Name { get; init; } = "";

    /// <summary>Keys are Discord locales such as <c>ar</c>.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>Permission bitfield as a string; null lets everyone use the command.</summary>
    public string? DefaultMemberPermissions { get; init; }
}

public sealed record ApplicationCommandOption
{
    public ApplicationCommandOptionType Type { get; init; }

    public string Name { get; init; } = "";

    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public int? MaxLength { get; init; }
}
