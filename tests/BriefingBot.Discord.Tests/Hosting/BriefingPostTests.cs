using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>The core's real <c>/brief</c> through Discord: slash command with a file, permissions, announcements.</summary>
public sealed class BriefingPostTests
{
    private const string AnnounceChannel = "777";

    [Fact]
    public async Task A_member_with_manage_messages_posts_a_file_the_reply_is_deferred_then_the_confirmation_is_edited_in()
    {
        await using var harness = await AdapterHarness.StartAsync(Community(), configureServer: BriefingFiles.Serve);
        var connection = await harness.ConnectAsync();

        await BriefingFiles.SendBriefAsync(harness, connection, "i1", permissions: "8192");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the confirmation");
        await harness.SendSlashCommandAsync(connection, "i2", "ask", "زمرذستان");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i2").Count == 1, "the answer from the new briefing");

        var added = Assert.Single(harness.Host.Services.GetRequiredService<BriefingCatalog>().All, b => b.Title == "موجز زمرذستان");
        Assert.Equal(5, harness.Callbacks("i1")[0].Json.GetProperty("type").GetInt32());
        var confirmation = harness.OriginalEdits("i1")[0].Json.Content();
        Assert.Equal(DiscordMarkdown.Escape(BriefingTexts.For(ChatLanguage.Arabic).Added(added, replaced: false)), confirmation);
        Assert.Single(harness.Server.RequestsTo("GET", "/attachments/brief.md"));
        var answer = harness.OriginalEdits("i2")[0].Json.Embeds();
        Assert.Contains(answer, e => e.Description().Contains("الموانئ والنقل البحري", StringComparison.Ordinal));
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task A_plain_member_is_refused_the_file_is_not_downloaded_and_nothing_is_added()
    {
        await using var harness = await AdapterHarness.StartAsync(Community(), configureServer: BriefingFiles.Serve);
        var connection = await harness.ConnectAsync();
        var before = harness.Host.Services.GetRequiredService<BriefingCatalog>().All.Count;

        await BriefingFiles.SendBriefAsync(harness, connection, "i1", permissions: "1024");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the refusal");

        Assert.Equal(DiscordMarkdown.Escape(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly), harness.OriginalEdits("i1")[0].Json.Content());
        Assert.Empty(harness.Server.RequestsTo("GET", "/attachments/brief.md"));
        Assert.Equal(before, harness.Host.Services.GetRequiredService<BriefingCatalog>().All.Count);
    }

    [Fact]
    public async Task A_member_with_a_configured_moderator_role_may_post()
    {
        await using var harness = await AdapterHarness.StartAsync(
            Community(new() { ["Discord:ModeratorRoleIds:0"] = "9001" }),
            configureServer: BriefingFiles.Serve);
        var connection = await harness.ConnectAsync();

        await BriefingFiles.SendBriefAsync(harness, connection, "i1", permissions: "1024", roles: ["9001"]);
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the confirmation");

        Assert.StartsWith("تمت إضافة الموجز", harness.OriginalEdits("i1")[0].Json.Content(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_briefing_is_announced_in_the_communitys_configured_channel_without_pinging_anyone()
    {
        await using var harness = await AdapterHarness.StartAsync(
            Community(new() { ["Communities:news:Announce:0"] = "discord:" + AnnounceChannel }),
            configureServer: BriefingFiles.Serve);
        var connection = await harness.ConnectAsync();

        await BriefingFiles.SendBriefAsync(harness, connection, "i1", permissions: "8", roles: []);
        await Eventually.TrueAsync(() => harness.ChannelPosts(AnnounceChannel).Count == 1, "the announcement");

        var added = Assert.Single(harness.Host.Services.GetRequiredService<BriefingCatalog>().All, b => b.Title == "موجز زمرذستان");
        var announcement = harness.ChannelPosts(AnnounceChannel)[0].Json;
        Assert.Equal(DiscordMarkdown.Escape(BriefingTexts.For(ChatLanguage.Arabic).Announcement(added)), announcement.Content());
        Assert.Empty(announcement.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task A_briefing_posted_in_the_announce_channel_is_confirmed_there_once_and_announced_elsewhere()
    {
        await using var harness = await AdapterHarness.StartAsync(
            Community(new()
            {
                ["Communities:news:Announce:0"] = "discord:" + AdapterHarness.ChannelId,
                ["Communities:news:Announce:1"] = "discord:" + AnnounceChannel,
            }),
            configureServer: BriefingFiles.Serve);
        var connection = await harness.ConnectAsync();

        await BriefingFiles.SendBriefAsync(harness, connection, "i1", permissions: "8192");
        await Eventually.TrueAsync(() => harness.ChannelPosts(AnnounceChannel).Count == 1, "the announcement elsewhere");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the confirmation");
        await harness.SendSlashCommandAsync(connection, "i2", "ask", "زمرذستان");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i2").Count == 1, "a later answer");

        Assert.StartsWith("تمت إضافة الموجز", harness.OriginalEdits("i1")[0].Json.Content(), StringComparison.Ordinal);
        Assert.Empty(harness.ChannelPosts(AdapterHarness.ChannelId));
    }

    [Fact]
    public async Task Unbrief_by_a_moderator_removes_the_briefing_it_names()
    {
        await using var harness = await AdapterHarness.StartAsync(Community(), configureServer: BriefingFiles.Serve);
        var connection = await harness.ConnectAsync();
        await BriefingFiles.SendBriefAsync(harness, connection, "i1", permissions: "8192");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the confirmation");
        var catalog = harness.Host.Services.GetRequiredService<BriefingCatalog>();
        var added = Assert.Single(catalog.All, b => b.Title == "موجز زمرذستان");

        await connection.SendDispatchAsync("INTERACTION_CREATE", harness.NextSequence(), new
        {
            id = "i2",
            application_id = AdapterHarness.ApplicationId,
            type = 2,
            token = "token-i2",
            channel_id = AdapterHarness.ChannelId,
            guild_id = AdapterHarness.GuildId,
            locale = "ar",
            member = new { user = new { id = AdapterHarness.UserId, username = "moderator" }, permissions = "8192", roles = Array.Empty<string>() },
            data = new { id = "command-unbrief", name = "unbrief", type = 1, options = new[] { new { name = "id", type = 3, value = added.Id } } },
        });
        await Eventually.TrueAsync(() => harness.OriginalEdits("i2").Count == 1, "the removal");

        Assert.StartsWith("تم حذف الموجز", harness.OriginalEdits("i2")[0].Json.Content(), StringComparison.Ordinal);
        Assert.Null(catalog.Find(added.Id));
    }

    /// <summary>The harness's guild listed as a community, which accepts briefings from its moderators.</summary>
    private static Dictionary<string, string?> Community(Dictionary<string, string?>? settings = null) =>
        new(settings ?? []) { ["Communities:news:Chats:0"] = "discord:" + AdapterHarness.GuildId };
}
