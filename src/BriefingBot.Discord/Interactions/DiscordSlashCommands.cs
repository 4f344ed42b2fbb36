using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Translation;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// The slash commands the bot registers. Discord has no Arabic client locale, so Arabic is the default text and
/// English comes as the <c>en-US</c>/<c>en-GB</c> localization; command names stay Latin so they are easy to type.
/// </summary>
internal static class DiscordSlashCommands
{
    public const string Ask = "ask";
    public const string Help = "help";
    public const string Briefings = "briefings";
    public const string Today = "today";
    public const string Brief = "brief";
    public const string Unbrief = "unbrief";
    public const string Gaps = "gaps";
    public const string DaysOption = "days";
    public const string Community = "community";
    public const string Link = "link";
    public const string Settings = "settings";
    public const string CodeOption = "code";
    public const string SettingOption = "setting";
    public const string ValueOption = "value";
    public const string IdOption = "id";
    public const string QuestionOption = "question";
    public const string FileOption = "file";

    /// <summary>The longest value Discord accepts for a string option.</summary>
    private const int MaxStringOptionLength = 6000;

    private static readonly string[] EnglishLocales = ["en-US", "en-GB"];

    /// <param name="maxQuestionLength">The core's question limit, so Discord refuses longer input before it is sent.</param>
    /// <param name="coreCommandNames">Command words the chat core knows: <c>/brief</c> is offered only once a handler serves it.</param>
    public static IReadOnlyList<ApplicationCommand> Build(int maxQuestionLength, IEnumerable<string> coreCommandNames)
    {
        // Every description is the core's text, Arabic as the default and English as the localization.
        var arabic = ChatTexts.For(ChatLanguage.Arabic);
        var english = ChatTexts.For(ChatLanguage.English);
        var commands = new List<ApplicationCommand>
        {
            Command(Ask, arabic, english, Option(ApplicationCommandOptionType.String, QuestionOption, t => t.QuestionArgument, arabic, english) with
            {
                // Discord caps a string option at 6000 characters; Answering:MaxQuestionLength is validated at start.
                MaxLength = Math.Min(maxQuestionLength, MaxStringOptionLength),
            }),
            Command(Help, arabic, english),
            Command(Briefings, arabic, english),
            Command(Today, arabic, english),
        };

        if (coreCommandNames.Contains(Brief, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(ForModerators(Command(Brief, arabic, english, Option(ApplicationCommandOptionType.Attachment, FileOption, t => t.BriefingFileArgument, arabic, english))));
        }

        if (coreCommandNames.Contains(Unbrief, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(ForModerators(Command(Unbrief, arabic, english, Option(ApplicationCommandOptionType.String, IdOption, t => t.BriefingIdArgument, arabic, english) with { MaxLength = 200 })));
        }

        if (coreCommandNames.Contains(Gaps, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(ForModerators(Command(Gaps, arabic, english, Option(ApplicationCommandOptionType.String, DaysOption, t => t.GapsDaysArgument, arabic, english) with { Required = false, MaxLength = 3 })));
        }

        if (coreCommandNames.Contains(Community, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(Command(Community, arabic, english));
        }

        if (coreCommandNames.Contains(Link, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(ForModerators(Command(Link, arabic, english, Option(ApplicationCommandOptionType.String, CodeOption, t => t.LinkCodeArgument, arabic, english) with { Required = false, MaxLength = 32 })));
        }

        if (coreCommandNames.Contains(Settings, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(ForModerators(Command(
                Settings,
                arabic,
                english,
                Option(ApplicationCommandOptionType.String, SettingOption, t => t.SettingNameArgument, arabic, english) with { Required = false, MaxLength = 32 },
                Option(ApplicationCommandOptionType.String, ValueOption, t => t.SettingValueArgument, arabic, english) with { Required = false, MaxLength = 32 })));
        }

        return commands;
    }

    private static ApplicationCommand Command(string name, ChatTexts arabic, ChatTexts english, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = DescriptionOf(name, arabic),
        DescriptionLocalizations = English(DescriptionOf(name, english)),
        Options = options.Length > 0 ? options : null,
    };

    private static string DescriptionOf(string name, ChatTexts texts) =>
        texts.MenuCommands.Concat(texts.ModeratorMenuCommands).First(c => c.Command == name).Description;

    private static ApplicationCommandOption Option(ApplicationCommandOptionType type, string name, Func<ChatTexts, string> description, ChatTexts arabic, ChatTexts english) => new()
    {
        Type = type,
        Name = name,
        Description = description(arabic),
        DescriptionLocalizations = English(description(english)),
        Required = true,
    };

    /// <summary>Hidden from members by default; the core still checks the role on every use.</summary>
    private static ApplicationCommand ForModerators(ApplicationCommand command) =>
        command with { DefaultMemberPermissions = DiscordSenderRoles.ManageMessages.ToString(CultureInfo.InvariantCulture) };

    private static Dictionary<string, string> English(string text) => EnglishLocales.ToDictionary(l => l, _ => text);
}
