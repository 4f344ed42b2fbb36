using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Translation;

namespace BriefingBot.Discord.Interactions;

/// <summary>
/// The slash commands the bot registers. Discord has no Arabic client locale, so Arabic is the default text and
/// English comes as the <c>en-US</c>/<c>en-GB</c> localization; command names stay Latin so they are easy to type.
/// </summary>
public static class DiscordSlashCommands
{
    public const string Ask = "ask";
    public const string Help = "help";
    public const string Briefings = "briefings";
    public const string Today = "today";
    public const string Brief = "brief";
    public const string Unbrief = "unbrief";
    public const string Gaps = "gaps";
    public const string DaysOption = "days";
    public const string IdOption = "id";
    public const string QuestionOption = "question";
    public const string FileOption = "file";

    /// <summary>The longest value Discord accepts for a string option.</summary>
    private const int MaxStringOptionLength = 6000;

    private static readonly string[] EnglishLocales = ["en-US", "en-GB"];

    /// <summary>Commands answered straight away (type 4): they list, they do not search.</summary>
    public static bool AnswersImmediately(string? name) => name is Help or Briefings or Today;

    /// <param name="maxQuestionLength">The core's question limit, so Discord refuses longer input before it is sent.</param>
    /// <param name="coreCommandNames">Command words the chat core knows: <c>/brief</c> is offered only once a handler serves it.</param>
    public static IReadOnlyList<ApplicationCommand> Build(int maxQuestionLength, IEnumerable<string> coreCommandNames)
    {
        var arabic = ChatTexts.For(ChatLanguage.Arabic).MenuCommands.ToDictionary(c => c.Command, c => c.Description);
        var english = ChatTexts.For(ChatLanguage.English).MenuCommands.ToDictionary(c => c.Command, c => c.Description);
        string ArabicOf(string name, string fallback) => arabic.TryGetValue(name, out var d) ? d : fallback;
        string EnglishOf(string name, string fallback) => english.TryGetValue(name, out var d) ? d : fallback;

        var commands = new List<ApplicationCommand>
        {
            Command(Ask, ArabicOf(Ask, "اطرح سؤالًا"), EnglishOf(Ask, "Ask a question"), new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.String,
                Name = QuestionOption,
                Description = "سؤالك، مثلًا: ماذا قال بولياكوف؟",
                DescriptionLocalizations = English("Your question, e.g. what did Polyakov say?"),
                Required = true,
                // Discord caps a string option at 6000 characters; Answering:MaxQuestionLength is validated at start.
                MaxLength = Math.Min(maxQuestionLength, MaxStringOptionLength),
            }),
            Command(Help, ArabicOf(Help, "المساعدة"), EnglishOf(Help, "Help")),
            Command(Briefings, ArabicOf(Briefings, "الموجزات المتاحة"), EnglishOf(Briefings, "Briefings")),
            Command(Today, ArabicOf(Today, "أحدث موجز"), EnglishOf(Today, "The latest briefing")),
        };

        if (coreCommandNames.Contains(Brief, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(Command(Brief, "نشر موجز جديد (للمشرفين)", "Post a new briefing (moderators)", new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.Attachment,
                Name = FileOption,
                Description = "ملف الموجز (Markdown)",
                DescriptionLocalizations = English("The briefing file (Markdown)"),
                Required = true,
            }) with
            {
                // Hidden from members by default; the core still checks the role on every use.
                DefaultMemberPermissions = DiscordSenderRoles.ManageMessages.ToString(CultureInfo.InvariantCulture),
            });
        }

        if (coreCommandNames.Contains(Unbrief, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(Command(Unbrief, "حذف موجز (للمشرفين)", "Remove a briefing (moderators)", new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.String,
                Name = IdOption,
                Description = "معرّف الموجز كما يظهر في ‎/briefings",
                DescriptionLocalizations = English("The briefing's id, as /briefings shows it"),
                Required = true,
                MaxLength = 200,
            }) with
            {
                DefaultMemberPermissions = DiscordSenderRoles.ManageMessages.ToString(CultureInfo.InvariantCulture),
            });
        }

        if (coreCommandNames.Contains(Gaps, StringComparer.OrdinalIgnoreCase))
        {
            commands.Add(Command(Gaps, "أسئلة لم يجد لها الأعضاء جوابًا (للمشرفين)", "Questions members could not get answered (moderators)", new ApplicationCommandOption
            {
                Type = ApplicationCommandOptionType.String,
                Name = DaysOption,
                Description = "عدد الأيام (7 إن لم يُذكر)",
                DescriptionLocalizations = English("How many days back (7 if not given)"),
                Required = false,
                MaxLength = 3,
            }) with
            {
                DefaultMemberPermissions = DiscordSenderRoles.ManageMessages.ToString(CultureInfo.InvariantCulture),
            });
        }

        return commands;
    }

    private static ApplicationCommand Command(string name, string arabic, string english, params ApplicationCommandOption[] options) => new()
    {
        Name = name,
        Description = arabic,
        DescriptionLocalizations = English(english),
        Options = options.Length > 0 ? options : null,
    };

    private static Dictionary<string, string> English(string text) => EnglishLocales.ToDictionary(l => l, _ => text);
}
