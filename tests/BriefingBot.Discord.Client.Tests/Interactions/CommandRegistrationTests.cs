using BriefingBot.Discord.Client.Interactions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Client.Tests.Interactions;

public sealed class CommandRegistrationTests
{
    private static readonly ApplicationCommand[] Commands =
    [
        new()
        {
            Name = "ask",
            Description = "Ask about today's briefing",
            NameLocalizations = new Dictionary<string, string> { ["ar"] = "اسأل" },
            DescriptionLocalizations = new Dictionary<string, string> { ["ar"] = "اسأل عن موجز اليوم" },
            Options =
            [
                new() { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Your question", Required = true },
                new() { Type = ApplicationCommandOptionType.Attachment, Name = "file", Description = "A document" },
            ],
        },
    ];

    [Fact]
    public async Task Bulk_overwrite_sends_options_and_arabic_localizations()
    {
        await using var harness = await ClientHarness.StartAsync();

        var registered = await harness.Rest.BulkOverwriteGlobalCommandsAsync("4242", Commands);

        var command = harness.Server.RequestsTo("PUT", "/applications/4242/commands").Single().Json[0];
        Assert.Equal(1, command.GetProperty("type").GetInt32());
        Assert.Equal("اسأل", command.GetProperty("name_localizations").GetProperty("ar").GetString());
        Assert.Equal("اسأل عن موجز اليوم", command.GetProperty("description_localizations").GetProperty("ar").GetString());
        var options = command.GetProperty("options");
        Assert.Equal((3, true), (options[0].GetProperty("type").GetInt32(), options[0].GetProperty("required").GetBoolean()));
        Assert.Equal(11, options[1].GetProperty("type").GetInt32());
        Assert.Equal("ask", Assert.Single(registered).Name);
    }

    [Fact]
    public async Task Registers_in_each_configured_guild_instead_of_globally()
    {
        await using var harness = await ClientHarness.StartAsync(o => o.GuildIds = ["200", "201"]);
        var registrar = new CommandRegistrar(harness.Rest, Options.Create(harness.Options));

        await registrar.RegisterAsync(Commands);

        Assert.Single(harness.Server.RequestsTo("PUT", "/applications/4242/guilds/200/commands"));
        Assert.Single(harness.Server.RequestsTo("PUT", "/applications/4242/guilds/201/commands"));
        Assert.Empty(harness.Server.RequestsTo("PUT", "/applications/4242/commands"));
    }

    [Fact]
    public async Task Registers_globally_when_no_guild_is_configured()
    {
        await using var harness = await ClientHarness.StartAsync();
        var registrar = new CommandRegistrar(harness.Rest, Options.Create(harness.Options));

        await registrar.RegisterAsync(Commands);

        Assert.Single(harness.Server.RequestsTo("PUT", "/applications/4242/commands"));
    }
}
