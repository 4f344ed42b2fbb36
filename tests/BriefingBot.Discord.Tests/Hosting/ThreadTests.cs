using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// Threads and forum posts through the real adapter against the fake Gateway and REST. In a thread Discord's
/// MESSAGE_CREATE names only the thread (<c>channel_id</c>), never its channel: answers, typing… and «المزيد» pages stay
/// in the thread, and what a community set for a channel (its ask channel, a briefing forum) holds in that channel's threads.
/// </summary>
public sealed class ThreadTests
{
    private const string Admin = "8192";
    private const string Question = "ماذا قال بولياكوف؟";

    private static readonly Dictionary<string, string?> Community = new()
    {
        ["Communities:alpha:Chats:0"] = "discord:" + AdapterHarness.GuildId,
    };

    [Fact]
    public async Task A_mention_in_a_thread_is_answered_in_the_thread_with_typing_there_and_its_more_page_there_too()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var thread = FakeDiscordChannel.Thread("500", AdapterHarness.ChannelId);
        await harness.SendThreadCreateAsync(connection, thread);

        await harness.SendMentionAsync(connection, "m1", "لماذا تقترب موسكو من بيونغ يانغ؟", channelId: thread.Id);

        await Eventually.TrueAsync(() => harness.RepliesTo("m1", thread.Id).Count == 1, "the answer in the thread");
        var answer = harness.RepliesTo("m1", thread.Id)[0];
        Assert.Equal(thread.Id, answer.Json.GetProperty("message_reference").GetProperty("channel_id").GetString());
        var typing = Assert.Single(harness.Server.RequestsTo("POST", $"/channels/{thread.Id}/typing"));
        Assert.True(typing.ReceivedAt <= answer.ReceivedAt);
        Assert.Empty(harness.ChannelPosts());
        Assert.Empty(harness.Server.RequestsTo("POST", $"/channels/{AdapterHarness.ChannelId}/typing"));

        var more = Assert.Single(answer.Json.ButtonIds(), id => id.StartsWith("more:", StringComparison.Ordinal));
        await harness.SendButtonAsync(connection, "press", more, messageComponents: answer.Json.GetProperty("components"), channelId: thread.Id);
        await Eventually.TrueAsync(() => harness.FollowUps("press").Count == 1, "the next page");
        Assert.NotEmpty(harness.FollowUps("press")[0].Json.Embeds());
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task The_ask_channel_holds_in_its_threads_known_from_guild_create_thread_create_or_a_lookup_and_not_in_other_channels_threads()
    {
        await using var harness = await AdapterHarness.StartAsync(Community, server =>
        {
            server.AddChannel(FakeDiscordChannel.Text("101"));
            server.AddChannel(FakeDiscordChannel.Thread("502", AdapterHarness.ChannelId));
        });
        var connection = await harness.ConnectAsync();
        await harness.SendCommandAsync(connection, "ask-here", "settings", AdapterHarness.ChannelId, Admin, ("setting", "ask"), ("value", "here"));
        await Eventually.TrueAsync(() => harness.Callbacks("ask-here").Count == 1, "the settings reply");

        var created = FakeDiscordChannel.Thread("501", AdapterHarness.ChannelId);
        var elsewhere = FakeDiscordChannel.Thread("510", "101");
        var missed = FakeDiscordChannel.Thread("520", AdapterHarness.ChannelId);
        await harness.SendThreadCreateAsync(connection, created);
        await harness.SendThreadCreateAsync(connection, elsewhere);

        // The gateway never described thread 520 (created while the bot was away): the bot asks Discord once.
        harness.Server.AddChannel(missed);
        await harness.SendChannelMessageAsync(connection, "in-created", Question, channelId: created.Id);
        await harness.SendChannelMessageAsync(connection, "in-synced", Question, channelId: "502");
        await harness.SendChannelMessageAsync(connection, "in-missed", Question, channelId: missed.Id);
        await harness.SendChannelMessageAsync(connection, "in-missed-again", Question, channelId: missed.Id);
        await harness.SendChannelMessageAsync(connection, "elsewhere", Question, channelId: elsewhere.Id);
        await harness.SendMentionAsync(connection, "sentinel", "/help", channelId: elsewhere.Id);

        await Eventually.TrueAsync(
            () => harness.RepliesTo("in-created", created.Id).Count == 1 && harness.RepliesTo("in-synced", "502").Count == 1
                && harness.RepliesTo("in-missed", missed.Id).Count == 1 && harness.RepliesTo("in-missed-again", missed.Id).Count == 1
                && harness.RepliesTo("sentinel", elsewhere.Id).Count == 1,
            "the answers in the ask channel's threads and the reply to the mention elsewhere");
        Assert.Empty(harness.RepliesTo("elsewhere", elsewhere.Id));
        Assert.Single(harness.Server.RequestsTo("GET", "/channels/" + missed.Id));
        Assert.Empty(harness.Server.RequestsTo("GET", "/channels/" + created.Id));
        Assert.Empty(harness.Server.RequestsTo("GET", "/channels/502"));
        Assert.Equal("discord:" + AdapterHarness.ChannelId, harness.Host.Services.GetRequiredService<CommunityDirectory>().SettingsOf("alpha").AskChat);
    }

    [Fact]
    public async Task Ask_here_in_a_forum_post_makes_the_forum_the_ask_channel_and_a_new_post_is_answered_in_that_post()
    {
        var forum = FakeDiscordChannel.Forum("150");
        var rules = FakeDiscordChannel.Thread("600", forum.Id);
        await using var harness = await AdapterHarness.StartAsync(Community, server =>
        {
            server.AddChannel(forum);
            server.AddChannel(rules);
        });
        var connection = await harness.ConnectAsync();

        await harness.SendCommandAsync(connection, "ask-here", "settings", rules.Id, Admin, ("setting", "ask"), ("value", "here"));
        await Eventually.TrueAsync(() => harness.Callbacks("ask-here").Count == 1, "the settings reply in the post");
        var post = FakeDiscordChannel.Thread("601", forum.Id);
        await harness.SendThreadCreateAsync(connection, post);

        // A post's first message has the post's own id.
        await harness.SendChannelMessageAsync(connection, post.Id, Question, channelId: post.Id);
        await harness.SendChannelMessageAsync(connection, "follow-on", Question, channelId: post.Id);

        await Eventually.TrueAsync(() => harness.RepliesTo(post.Id, post.Id).Count == 1 && harness.RepliesTo("follow-on", post.Id).Count == 1, "the answers in the post");
        Assert.Equal("discord:" + forum.Id, harness.Host.Services.GetRequiredService<CommunityDirectory>().SettingsOf("alpha").AskChat);
        Assert.Empty(harness.ChannelPosts(forum.Id));
    }

    [Fact]
    public async Task A_private_thread_is_answered_once_discord_adds_the_bot_and_the_bot_never_joins_a_thread_itself()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        var secret = FakeDiscordChannel.Thread("530", AdapterHarness.ChannelId, FakeDiscordChannel.PrivateThread);

        // Mentioning the bot in a private thread adds it: Discord sends THREAD_MEMBERS_UPDATE and THREAD_CREATE with its member.
        await harness.SendThreadMembersUpdateAsync(connection, secret, added: [AdapterHarness.BotId]);
        await harness.SendThreadCreateAsync(connection, secret, newlyCreated: false, memberUserId: AdapterHarness.BotId);
        await harness.SendMentionAsync(connection, "m1", Question, channelId: secret.Id);

        await Eventually.TrueAsync(() => harness.RepliesTo("m1", secret.Id).Count == 1, "the answer in the private thread");
        Assert.DoesNotContain(harness.Server.Requests, r => r.Path.Contains("/thread-members/", StringComparison.Ordinal));
        Assert.Empty(harness.Server.RequestsTo("GET", "/channels/" + secret.Id));
    }

    [Fact]
    public async Task In_a_briefing_forum_a_moderators_new_post_is_a_briefing_confirmed_in_the_post_and_replies_in_posts_are_not()
    {
        var forum = FakeDiscordChannel.Forum("160");
        await using var harness = await AdapterHarness.StartAsync(
            new Dictionary<string, string?>
            {
                ["Chat:BriefingChats:0"] = "discord:" + forum.Id,
                ["Chat:Moderators:0"] = "discord:" + AdapterHarness.UserId,
            },
            server => server.AddChannel(forum));
        var connection = await harness.ConnectAsync();
        var post = FakeDiscordChannel.Thread("610", forum.Id);
        await harness.SendThreadCreateAsync(connection, post);

        await harness.SendChannelMessageAsync(connection, post.Id, BriefingFiles.Briefing, channelId: post.Id);
        await Eventually.TrueAsync(() => harness.RepliesTo(post.Id, post.Id).Count == 1, "the confirmation in the post");
        await harness.SendChannelMessageAsync(connection, "remark", "شكرًا، سأضيف فقرة عن الموانئ غدًا.", channelId: post.Id);
        await harness.SendMentionAsync(connection, "sentinel", "/help", channelId: post.Id);
        await Eventually.TrueAsync(() => harness.RepliesTo("sentinel", post.Id).Count == 1, "the reply to the later mention");

        var catalog = harness.Host.Services.GetRequiredService<BriefingCatalog>();
        Assert.Single(catalog.All, b => b.Title.Contains("زمرذستان", StringComparison.Ordinal));
        Assert.DoesNotContain(catalog.All, b => b.Title.Contains("الموانئ غدًا", StringComparison.Ordinal));
        Assert.Empty(harness.RepliesTo("remark", post.Id));
    }

    [Fact]
    public async Task Announcements_go_to_a_thread_chosen_by_id_which_a_message_unarchives_and_a_locked_archived_thread_is_logged_politely()
    {
        var open = FakeDiscordChannel.Thread("540", AdapterHarness.ChannelId) with { Archived = true };
        var locked = FakeDiscordChannel.Thread("541", AdapterHarness.ChannelId) with { Archived = true, Locked = true };
        var settings = new Dictionary<string, string?>(Community)
        {
            ["Communities:alpha:Announce:0"] = "discord:" + open.Id,
            ["Communities:alpha:Announce:1"] = "discord:" + locked.Id,
        };
        await using var harness = await AdapterHarness.StartAsync(settings, server =>
        {
            server.AddChannel(open);
            server.AddChannel(locked);
            BriefingFiles.Serve(server);
        });
        var connection = await harness.ConnectAsync();

        await BriefingFiles.SendBriefAsync(harness, connection, "post");

        await Eventually.TrueAsync(() => harness.ChannelPosts(open.Id).Count == 1 && harness.ChannelPosts(locked.Id).Count == 1, "both announcements tried");
        await Eventually.TrueAsync(
            () => harness.Logs.Logs.Any(e => e.Level == LogLevel.Warning && e.Message.Contains(locked.Id, StringComparison.Ordinal)),
            "the refusal logged");
        Assert.False(harness.Server.FindChannel(open.Id)!.Archived);
        var refusal = harness.Logs.Logs.Single(e => e.Level == LogLevel.Warning && e.Message.Contains(locked.Id, StringComparison.Ordinal));
        Assert.Contains("archived", refusal.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(refusal.Exception);
        Assert.DoesNotContain(AdapterHarness.Token, refusal.Message, StringComparison.Ordinal);
    }
}
