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
}
