using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// Linking, settings and DMs through the real Discord adapter against the fake Gateway and REST: a <c>/link</c> code
/// joins another server once and expires; the ask channel answers every message there only; the chosen language
/// applies; a DM shows a community's briefings only to someone Discord confirms is a member of its server.
/// </summary>
public sealed partial class CommunityLinkAndSettingsTests
{
    private const string Marker = "زبرجدستان";
    private const string GuildA = AdapterHarness.GuildId;
    private const string GuildC = "301";
    private const string GuildD = "302";
    private const string ChannelA2 = "102";
    private const string Admin = "8192";
    private const string Member = "0";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Communities:alpha:Chats:0"] = "discord:" + GuildA,
    };

    [Fact]
    public async Task A_link_code_joins_another_server_to_the_community_once_and_expires_on_the_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = await AdapterHarness.StartAsync(
            Settings,
            server => server.Enqueue("GET", "/attachments/a.md", FakeRestResponse.Json(200, ManyPassages())),
            services => services.AddSingleton(sp => new LinkCodes(sp.GetRequiredService<IOptions<ChatOptions>>(), clock)));
        var connection = await harness.ConnectAsync();
        await PostAsync(harness, connection);

        await CommandAsync(harness, connection, "by-member", "link", GuildA, AdapterHarness.ChannelId, Member);
        await CommandAsync(harness, connection, "issue", "link", GuildA, AdapterHarness.ChannelId, Admin);
        var code = CodePattern().Match(await CallbackTextAsync(harness, "issue")).Value;
        await CommandAsync(harness, connection, "before", "ask", GuildC, "501", Member, ("question", Marker));

        // Interactions are answered concurrently: the question before the link must be answered before the link is used.
        await Eventually.TrueAsync(() => harness.OriginalEdits("before").Count == 1, "the answer in server C before the link");
        await CommandAsync(harness, connection, "use", "link", GuildC, "501", Admin, ("code", code));
        var linked = await CallbackTextAsync(harness, "use");
        await CommandAsync(harness, connection, "after", "ask", GuildC, "501", Member, ("question", Marker));
        await CommandAsync(harness, connection, "reuse", "link", GuildD, "502", Admin, ("code", code));
        await CommandAsync(harness, connection, "issue-2", "link", GuildA, AdapterHarness.ChannelId, Admin);
        var second = CodePattern().Match(await CallbackTextAsync(harness, "issue-2")).Value;
        clock.Advance(TimeSpan.FromMinutes(10));
        await CommandAsync(harness, connection, "expired", "link", GuildD, "502", Admin, ("code", second));
        await Eventually.TrueAsync(() => harness.OriginalEdits("after").Count == 1, "the answer in server C after the link");

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(DiscordMarkdown.Escape(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly), await CallbackTextAsync(harness, "by-member"));
        Assert.Equal(DiscordMarkdown.Escape(texts.Linked(0)), linked);
        Assert.DoesNotContain(CommunityTests.Strings(harness.OriginalEdits("before")), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains(CommunityTests.Strings(harness.OriginalEdits("after")), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal(DiscordMarkdown.Escape(texts.LinkCodeRefused(LinkCodeStatus.Used)), await CallbackTextAsync(harness, "reuse"));
        Assert.Equal(DiscordMarkdown.Escape(texts.LinkCodeRefused(LinkCodeStatus.Expired)), await CallbackTextAsync(harness, "expired"));
        var directory = harness.Host.Services.GetRequiredService<CommunityDirectory>();
        Assert.Equal("alpha", directory.CommunityOf("discord", GuildC));
        Assert.Equal("discord:" + GuildD, directory.CommunityOf("discord", GuildD));
    }

    [Fact]
    public async Task Every_message_in_the_ask_channel_is_answered_in_the_chosen_language_and_chatter_elsewhere_is_left_alone()
    {
        await using var harness = await AdapterHarness.StartAsync(Settings);
        var connection = await harness.ConnectAsync();

        await CommandAsync(harness, connection, "refused", "settings", GuildA, AdapterHarness.ChannelId, Member, ("setting", "ask"), ("value", "here"));
        await CommandAsync(harness, connection, "ask-here", "settings", GuildA, AdapterHarness.ChannelId, Admin, ("setting", "ask"), ("value", "here"));
        await CommandAsync(harness, connection, "english", "settings", GuildA, AdapterHarness.ChannelId, Admin, ("value", "en"), ("setting", "language"));
        await CallbackTextAsync(harness, "ask-here");
        await CallbackTextAsync(harness, "english");
        await harness.SendChannelMessageAsync(connection, "m-asked", "ماذا قال بولياكوف؟");
        await Eventually.TrueAsync(() => harness.RepliesTo("m-asked").Count > 0, "the answer in the ask channel");
        await SendGuildMessageAsync(harness, connection, "m-chatter", ChannelA2, "ماذا قال بولياكوف؟", mention: false);
        await SendGuildMessageAsync(harness, connection, "m-sentinel", ChannelA2, "/help", mention: true);
        await Eventually.TrueAsync(() => harness.RepliesTo("m-sentinel", ChannelA2).Count > 0, "the reply to the mention in the other channel");

        Assert.Equal(DiscordMarkdown.Escape(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly), await CallbackTextAsync(harness, "refused"));
        Assert.Contains(CommunityTests.Strings(harness.RepliesTo("m-asked")), s => s.Contains("بولياكوف", StringComparison.Ordinal));
        Assert.Contains(CommunityTests.Strings(harness.RepliesTo("m-sentinel", ChannelA2)), s => s.Contains("I answer questions", StringComparison.Ordinal));
        Assert.Empty(harness.RepliesTo("m-chatter", ChannelA2));
        Assert.Equal(new CommunitySettings("en", "discord:" + AdapterHarness.ChannelId), harness.Host.Services.GetRequiredService<CommunityDirectory>().SettingsOf("alpha"));
    }

    [Fact]
    public async Task The_announce_channel_a_moderator_chose_hears_of_the_communitys_new_briefing_and_another_communitys_does_not()
    {
        var settings = new Dictionary<string, string?>(Settings) { ["Communities:beta:Chats:0"] = "discord:" + GuildD };
        await using var harness = await AdapterHarness.StartAsync(settings, server => server.Enqueue("GET", "/attachments/a.md", FakeRestResponse.Json(200, ManyPassages())));
        var connection = await harness.ConnectAsync();

        await CommandAsync(harness, connection, "announce-a", "settings", GuildA, ChannelA2, Admin, ("setting", "announce"), ("value", "here"));
        await CommandAsync(harness, connection, "announce-d", "settings", GuildD, "502", Admin, ("setting", "announce"), ("value", "here"));
        await CallbackTextAsync(harness, "announce-a");
        await CallbackTextAsync(harness, "announce-d");
        await PostAsync(harness, connection);
        await Eventually.TrueAsync(() => harness.ChannelPosts(ChannelA2).Count == 1, "the announcement in the chosen channel");

        Assert.Contains(CommunityTests.Strings(harness.ChannelPosts(ChannelA2)), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Empty(harness.ChannelPosts("502"));
    }

    [Fact]
    public async Task A_dm_shows_the_communitys_briefing_only_to_a_follower_discord_confirms_is_a_member_of_its_server()
    {
        await using var harness = await AdapterHarness.StartAsync(Settings, server =>
        {
            server.Enqueue("GET", "/attachments/a.md", FakeRestResponse.Json(200, ManyPassages()));
            server.Enqueue("GET", $"/guilds/{GuildA}/members/{AdapterHarness.UserId}", FakeRestResponse.Json(200, $$"""{"user":{"id":"{{AdapterHarness.UserId}}","username":"member"},"roles":[],"joined_at":"2030-01-01T00:00:00Z"}"""));
        });
        var connection = await harness.ConnectAsync();
        await PostAsync(harness, connection);

        await harness.SendDirectMessageAsync(connection, "dm-before", Marker);
        await Eventually.TrueAsync(() => harness.ChannelPosts(AdapterHarness.DmChannelId).Count == 1, "the DM reply before following");
        await CommandAsync(harness, connection, "follow", "community", GuildA, AdapterHarness.ChannelId, Member);
        await CommandAsync(harness, connection, "follow-leaver", "community", GuildA, AdapterHarness.ChannelId, Member, user: "9");
        await CallbackTextAsync(harness, "follow");
        await CallbackTextAsync(harness, "follow-leaver");
        await harness.SendDirectMessageAsync(connection, "dm-member", Marker);
        await SendDmAsync(harness, connection, "dm-leaver", "9", "309", Marker);
        await Eventually.TrueAsync(() => harness.ChannelPosts(AdapterHarness.DmChannelId).Count == 2 && harness.ChannelPosts("309").Count == 1, "both DM replies");

        Assert.DoesNotContain(CommunityTests.Strings([harness.ChannelPosts(AdapterHarness.DmChannelId)[0]]), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal(DiscordMarkdown.Escape(CommunityTexts.For(ChatLanguage.Arabic).Following), await CallbackTextAsync(harness, "follow"));
        Assert.Contains(CommunityTests.Strings([harness.ChannelPosts(AdapterHarness.DmChannelId)[1]]), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.DoesNotContain(CommunityTests.Strings(harness.ChannelPosts("309")), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Single(harness.Server.RequestsTo("GET", $"/guilds/{GuildA}/members/{AdapterHarness.UserId}"));
        Assert.Single(harness.Server.RequestsTo("GET", $"/guilds/{GuildA}/members/9"));
    }

    private static async Task PostAsync(AdapterHarness harness, FakeGatewayConnection connection)
    {
        await connection.SendDispatchAsync("INTERACTION_CREATE", harness.NextSequence(), Interaction(harness, "post", "brief", GuildA, AdapterHarness.ChannelId, Admin, AdapterHarness.UserId, new
        {
            id = "command-brief",
            name = "brief",
            type = 1,
            options = new object[] { new { name = "file", type = 11, value = "f1" } },
            resolved = new
            {
                attachments = new Dictionary<string, object>
                {
                    ["f1"] = new { id = "f1", filename = "a.md", size = 400, url = harness.Server.ApiBaseUrl + "/attachments/a.md", content_type = "text/markdown" },
                },
            },
        }));
        await Eventually.TrueAsync(() => harness.OriginalEdits("post").Count == 1, "the posted briefing's confirmation");
    }

    private static Task CommandAsync(AdapterHarness harness, FakeGatewayConnection connection, string id, string name, string guild, string channel, string permissions, params (string Name, string Value)[] options) =>
        CommandAsync(harness, connection, id, name, guild, channel, permissions, AdapterHarness.UserId, options);

    private static Task CommandAsync(AdapterHarness harness, FakeGatewayConnection connection, string id, string name, string guild, string channel, string permissions, string user, params (string Name, string Value)[] options) =>
        connection.SendDispatchAsync("INTERACTION_CREATE", harness.NextSequence(), Interaction(harness, id, name, guild, channel, permissions, user, new
        {
            id = "command-" + name,
            name,
            type = 1,
            options = options.Select(o => new { name = o.Name, type = 3, value = o.Value }).ToArray(),
        }));

    private static object Interaction(AdapterHarness harness, string id, string name, string guild, string channel, string permissions, string user, object data) => new
    {
        id,
        application_id = AdapterHarness.ApplicationId,
        type = 2,
        token = "token-" + id,
        channel_id = channel,
        guild_id = guild,
        locale = "ar",
        member = new { user = new { id = user, username = "member-" + user }, permissions, roles = Array.Empty<string>() },
        data,
    };

    /// <summary>The content of an immediate (type 4) interaction response.</summary>
    private static async Task<string> CallbackTextAsync(AdapterHarness harness, string id)
    {
        await Eventually.TrueAsync(() => harness.Callbacks(id).Count == 1, "the response to " + id);
        return harness.Callbacks(id)[0].Json.GetProperty("data").Content()!;
    }

    private static Task SendGuildMessageAsync(AdapterHarness harness, FakeGatewayConnection connection, string id, string channel, string text, bool mention) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", harness.NextSequence(), new
        {
            id,
            channel_id = channel,
            guild_id = GuildA,
            author = new { id = AdapterHarness.UserId, username = "reader", bot = false },
            content = mention ? $"<@{AdapterHarness.BotId}> {text}" : text,
            mentions = mention ? new object[] { new { id = AdapterHarness.BotId, username = "briefing-bot", bot = true } } : [],
            attachments = Array.Empty<object>(),
        });

    private static Task SendDmAsync(AdapterHarness harness, FakeGatewayConnection connection, string id, string user, string channel, string text) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", harness.NextSequence(), new
        {
            id,
            channel_id = channel,
            author = new { id = user, username = "reader-" + user, bot = false },
            content = text,
            mentions = Array.Empty<object>(),
            attachments = Array.Empty<object>(),
        });

    private static string ManyPassages()
    {
        var sb = new StringBuilder($"---\ndate: 2030-05-05\n---\n# موجز {Marker}\n\n## التطورات\n");
        for (var i = 1; i <= 3; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"التطور رقم {i} في {Marker} يشمل الطاقة والموانئ والنقل وغيرها من القطاعات.\n\n");
        }

        return sb.ToString();
    }

    [GeneratedRegex("(?<![A-Z0-9])[A-Z2-9]{8}(?![A-Z0-9])")]
    private static partial Regex CodePattern();
}
