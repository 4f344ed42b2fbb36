using System.Text;
using System.Text.Json;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// Communities through the real Discord adapter against the fake Gateway and REST: a guild's briefing is answered,
/// listed, announced and paged only in its community; another guild's admin or a stranger's guild cannot reach it.
/// </summary>
public sealed class CommunityTests
{
    private const string Marker = "زبرجدستان";
    private const string GuildA = AdapterHarness.GuildId;
    private const string GuildB = "201";
    private const string StrangerGuild = "999";
    private const string ChannelB = "101";
    private const string AnnounceA = "777";
    private const string AnnounceB = "778";
    private const string AnnounceShared = "779";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Communities:alpha:Chats:0"] = "discord:" + GuildA,
        ["Communities:alpha:Announce:0"] = "discord:" + AnnounceA,
        ["Communities:beta:Chats:0"] = "discord:" + GuildB,
        ["Communities:beta:Announce:0"] = "discord:" + AnnounceB,
        ["Discord:AnnounceChannelIds:0"] = AnnounceShared,
    };

    [Fact]
    public async Task A_briefing_posted_in_guild_a_is_answered_announced_and_paged_there_and_never_in_guild_b_or_a_dm()
    {
        await using var harness = await AdapterHarness.StartAsync(Settings, server => Serve(server, "a.md", ManyPassages()));
        var connection = await harness.ConnectAsync();

        await SendAsync(harness, connection, "post", "brief", GuildA, AdapterHarness.ChannelId, "8192", attachment: "a.md");
        await Eventually.TrueAsync(() => harness.OriginalEdits("post").Count == 1, "the confirmation");
        await Eventually.TrueAsync(() => harness.ChannelPosts(AnnounceA).Count == 1, "the announcement in the community's channel");
        var briefing = Assert.Single(harness.Host.Services.GetRequiredService<BriefingCatalog>().All, b => b.Title.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal("alpha", briefing.Community);

        await SendAsync(harness, connection, "ask-a", "ask", GuildA, AdapterHarness.ChannelId, "0", question: Marker);
        await Eventually.TrueAsync(() => harness.OriginalEdits("ask-a").Count == 1, "the answer in guild A");
        var more = Assert.Single(harness.OriginalEdits("ask-a")[0].Json.ButtonIds(), id => id.StartsWith("more:", StringComparison.Ordinal));
        await harness.SendButtonAsync(connection, "more-a", more);
        await Eventually.TrueAsync(() => harness.FollowUps("more-a").Count > 0, "the next page in guild A");

        await SendAsync(harness, connection, "ask-b", "ask", GuildB, ChannelB, "8", question: Marker);
        await SendAsync(harness, connection, "list-b", "briefings", GuildB, ChannelB, "8");
        await SendAsync(harness, connection, "today-b", "today", GuildB, ChannelB, "8");
        await SendAsync(harness, connection, "more-b", "more", GuildB, ChannelB, "8", customId: more);
        await harness.SendDirectMessageAsync(connection, "dm-1", Marker);
        await Eventually.TrueAsync(() => harness.OriginalEdits("ask-b").Count == 1 && harness.Callbacks("list-b").Count == 1 && harness.Callbacks("today-b").Count == 1, "guild B's replies");
        await Eventually.TrueAsync(() => harness.FollowUps("more-b").Count == 1, "the stale button's reply in guild B");
        await Eventually.TrueAsync(() => harness.ChannelPosts(AdapterHarness.DmChannelId).Count == 1, "the DM reply");

        Assert.Contains(Strings(harness.FollowUps("more-a")), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Contains(Strings(harness.ChannelPosts(AnnounceA)), s => s.Contains(Marker, StringComparison.Ordinal));
        Assert.Empty(harness.ChannelPosts(AnnounceB));
        Assert.Empty(harness.ChannelPosts(AnnounceShared));
        var outside = harness.OriginalEdits("ask-b").Concat(harness.Callbacks("list-b")).Concat(harness.Callbacks("today-b"))
            .Concat(harness.FollowUps("more-b")).Concat(harness.ChannelPosts(AdapterHarness.DmChannelId));
        Assert.DoesNotContain(Strings(outside), s => s.Contains(Marker, StringComparison.Ordinal) || s.Contains(briefing.Id, StringComparison.Ordinal));
        Assert.Equal(DiscordMarkdown.Escape(ChatTexts.For(ChatLanguage.Arabic).ContinuationExpired), harness.FollowUps("more-b")[0].Json.Content());
    }

    [Fact]
    public async Task An_admin_of_guild_b_posts_into_b_only_and_a_strangers_guild_is_refused_before_the_file_is_downloaded()
    {
        await using var harness = await AdapterHarness.StartAsync(Settings, server =>
        {
            Serve(server, "b.md", Other("ياقوتستان"));
            Serve(server, "s.md", Other("كذبستان"));
        });
        var connection = await harness.ConnectAsync();

        await SendAsync(harness, connection, "post-b", "brief", GuildB, ChannelB, "8", attachment: "b.md");
        await SendAsync(harness, connection, "post-s", "brief", StrangerGuild, "555", "8", attachment: "s.md");
        await Eventually.TrueAsync(() => harness.OriginalEdits("post-b").Count == 1 && harness.OriginalEdits("post-s").Count == 1, "both replies");
        await SendAsync(harness, connection, "list-a", "briefings", GuildA, AdapterHarness.ChannelId, "0");
        await Eventually.TrueAsync(() => harness.Callbacks("list-a").Count == 1, "guild A's list");

        var catalog = harness.Host.Services.GetRequiredService<BriefingCatalog>();
        Assert.Equal("beta", Assert.Single(catalog.All, b => b.Title.Contains("ياقوتستان", StringComparison.Ordinal)).Community);
        Assert.DoesNotContain(catalog.All, b => b.Title.Contains("كذبستان", StringComparison.Ordinal));
        Assert.Equal(DiscordMarkdown.Escape(CommunityTexts.For(ChatLanguage.Arabic).PostingNotEnabled), harness.OriginalEdits("post-s")[0].Json.Content());
        Assert.Empty(harness.Server.RequestsTo("GET", "/attachments/s.md"));
        Assert.DoesNotContain(Strings(harness.Callbacks("list-a")), s => s.Contains("ياقوتستان", StringComparison.Ordinal));
    }

    private static void Serve(FakeDiscordServer server, string file, string text) =>
        server.Enqueue("GET", "/attachments/" + file, FakeRestResponse.Json(200, text));

    private static Task SendAsync(AdapterHarness harness, FakeGatewayConnection connection, string id, string name, string guild, string channel, string permissions, string? question = null, string? attachment = null, string? customId = null)
    {
        object data = customId is not null
            ? new { custom_id = customId, component_type = 2 }
            : attachment is not null
                ? new
                {
                    id = "command-" + name,
                    name,
                    type = 1,
                    options = new object[] { new { name = "file", type = 11, value = "f1" } },
                    resolved = new
                    {
                        attachments = new Dictionary<string, object>
                        {
                            ["f1"] = new { id = "f1", filename = attachment, size = 400, url = harness.Server.ApiBaseUrl + "/attachments/" + attachment, content_type = "text/markdown" },
                        },
                    },
                }
                : new
                {
                    id = "command-" + name,
                    name,
                    type = 1,
                    options = question is null ? Array.Empty<object>() : [new { name = "question", type = 3, value = question }],
                };
        return connection.SendDispatchAsync("INTERACTION_CREATE", harness.NextSequence(), new
        {
            id,
            application_id = AdapterHarness.ApplicationId,
            type = customId is null ? 2 : 3,
            token = "token-" + id,
            channel_id = channel,
            guild_id = guild,
            locale = "ar",
            member = new { user = new { id = AdapterHarness.UserId, username = "member" }, permissions, roles = Array.Empty<string>() },
            message = customId is null ? null : new { id = "900", channel_id = channel, author = new { id = AdapterHarness.BotId, username = "briefing-bot", bot = true }, content = string.Empty },
            data,
        });
    }

    /// <summary>Every string in the bodies (content, embeds, buttons), unescaped.</summary>
    internal static IEnumerable<string> Strings(IEnumerable<RecordedRequest> requests)
    {
        static IEnumerable<string> Walk(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.String => [e.GetString()!],
            JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Walk(p.Value)),
            JsonValueKind.Array => e.EnumerateArray().SelectMany(Walk),
            _ => [],
        };
        return requests.Where(r => r.Body.Length > 0).SelectMany(r => Walk(r.Json)).ToList();
    }

    private static string ManyPassages()
    {
        var sb = new StringBuilder($"---\ndate: 2030-05-05\n---\n# موجز {Marker}\n\n## التطورات\n");
        for (var i = 1; i <= 7; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"التطور رقم {i} في {Marker} يشمل الطاقة والموانئ والنقل وغيرها من القطاعات.\n\n");
        }

        return sb.ToString();
    }

    private static string Other(string marker) =>
        $"""
        ---
        date: 2030-01-02
        ---
        # موجز {marker}

        ## الاقتصاد
        يتوسع التعاون في {marker} ليشمل الطاقة والموانئ.
        """;
}
