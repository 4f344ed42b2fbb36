using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Interactions;

namespace BriefingBot.Discord.Tests.Interactions;

public sealed class DiscordSlashCommandsTests
{
    [Fact]
    public void Descriptions_are_arabic_with_english_localizations_only_in_locales_discord_knows()
    {
        var commands = DiscordSlashCommands.Build(300, ["ask", "help"]);

        Assert.All(commands, c =>
        {
            Assert.InRange(c.Description.Length, 1, 100);
            Assert.Equal(["en-US", "en-GB"], c.DescriptionLocalizations!.Keys);
        });
    }

    [Fact]
    public void Brief_is_offered_only_once_the_core_serves_it_and_then_with_a_file_option_for_moderators()
    {
        Assert.DoesNotContain(DiscordSlashCommands.Build(300, ["ask"]), c => c.Name == "brief");

        var brief = Assert.Single(DiscordSlashCommands.Build(300, ["ask", "brief"]), c => c.Name == "brief");

        var file = Assert.Single(brief.Options!);
        Assert.Equal(ApplicationCommandOptionType.Attachment, file.Type);
        Assert.Equal("8192", brief.DefaultMemberPermissions);
    }

    [Fact]
    public void Every_description_is_the_cores_text_in_arabic_with_the_english_one_as_localization()
    {
        var arabic = ChatTexts.For(ChatLanguage.Arabic);
        var english = ChatTexts.For(ChatLanguage.English);
        var commands = DiscordSlashCommands.Build(300, ["ask", "help", "brief", "unbrief", "gaps"]);

        Assert.Equal(["ask", "help", "briefings", "today", "brief", "unbrief", "gaps"], commands.Select(c => c.Name));
        foreach (var command in commands)
        {
            Assert.Equal(arabic.MenuCommands.Concat(arabic.ModeratorMenuCommands).Single(c => c.Command == command.Name).Description, command.Description);
            Assert.Equal(english.MenuCommands.Concat(english.ModeratorMenuCommands).Single(c => c.Command == command.Name).Description, command.DescriptionLocalizations!["en-US"]);
        }

        var question = Assert.Single(commands.Single(c => c.Name == "ask").Options!);
        Assert.Equal(arabic.QuestionArgument, question.Description);
        Assert.Equal(english.QuestionArgument, question.DescriptionLocalizations!["en-GB"]);
        Assert.Equal(arabic.BriefingFileArgument, Assert.Single(commands.Single(c => c.Name == "brief").Options!).Description);
        Assert.Equal(arabic.BriefingIdArgument, Assert.Single(commands.Single(c => c.Name == "unbrief").Options!).Description);
        Assert.Equal(arabic.GapsDaysArgument, Assert.Single(commands.Single(c => c.Name == "gaps").Options!).Description);
    }
}
