using System.Globalization;
using System.Text.Json;
using BriefingBot.Discord.Hosting;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Testing.Discord;

/// <summary>
/// The real bot host (<see cref="BotHost"/>'s registrations: the real core over a Lucene index in a workspace holding
/// the shipped corpus plus a briefing full of markup, and the Discord adapter), talking to the fake Discord server on loopback.
/// </summary>
public sealed class AdapterHarness : IAsyncDisposable
{
    public const string Token = "MTIz.secret-bot-token.XyZ";
    public const string BotId = "42";
    public const string ApplicationId = "4242";
    public const string ChannelId = "100";
    public const string GuildId = "200";
    public const string DmChannelId = "300";
    public const string UserId = "7";

    /// <summary>A briefing whose passage is full of Discord markup and mentions, dated before the seed briefing.</summary>
    public const string MarkupBriefing = """
        ---
        id: 2026-11-20-markup-test
        title: اختبار *الرموز* في النص
        date: 2026-11-20
        source: موجز الأخبار اليومي
        ---

        قمة الطاقة في فيينا
        يقول الخبير النمساوي فرانز هوبر إن مؤتمر فيينا للطاقة ناقش أسعار الغاز و*النفط* و_الفحم_ في جلسة مغلقة، وكتب أحد الحضور @everyone و<@&123> في القاعة ~~ساخرًا~~ وفق `المنظمين` | مراقب > آخر # ملاحظة - [رابط](https://example.com).
        """;

    private readonly BotWorkspace _workspace;
    private long _sequence = 1;
    private int _ids;

    private AdapterHarness(FakeDiscordServer server, IHost host, CapturingLoggerProvider logs, BotWorkspace workspace)
    {
        Server = server;
        Host = host;
        Logs = logs;
        _workspace = workspace;
    }

    public FakeDiscordServer Server { get; }

    public IHost Host { get; }

    public CapturingLoggerProvider Logs { get; }

    public FakeGatewayConnection? Connection { get; private set; }

    internal DiscordBotService Service => Host.Services.GetRequiredService<DiscordBotService>();

    public static async Task<AdapterHarness> StartAsync(IDictionary<string, string?>? settings = null, Action<FakeDiscordServer>? configureServer = null, Action<IServiceCollection>? configureServices = null, Action<BotWorkspace>? configureWorkspace = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        server.AddChannel(FakeDiscordChannel.Text(ChannelId));
        configureServer?.Invoke(server);
        var workspace = new BotWorkspace("briefingbot-discord-tests-");
        workspace.AddBriefing("2026-11-20-markup-test.ar.md", MarkupBriefing);
        configureWorkspace?.Invoke(workspace);
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
            ["Discord:ReconnectInitialDelay"] = "00:00:00.020",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
            ["Discord:InvalidSessionMinDelay"] = "00:00:00.050",
            ["Discord:InvalidSessionMaxDelay"] = "00:00:00.100",
            ["Discord:IdentifyInterval"] = "00:00:00",
            ["Discord:CloseTimeout"] = "00:00:00.500",
            ["Discord:RestRetryBaseDelay"] = "00:00:00.020",
            ["Discord:ShutdownGrace"] = "00:00:02",
            ["Telegram:Token"] = null,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var logs = new CapturingLoggerProvider();
        var host = TestBotHost.Build(workspace, configuration, logs, configureServices);

        // The bot connects while its first index is built (and says so to members); these tests ask about the
        // briefings, so they start once the index is built.
        await host.Services.GetRequiredService<BriefingBot.Core.Library.BriefingLibrary>().InitializeAsync(CancellationToken.None);
        await host.StartAsync();
        return new AdapterHarness(server, host, logs, workspace);
    }

    /// <summary>
    /// Completes the first handshake (IDENTIFY → READY, then the guild's GUILD_CREATE with the channels and active
    /// threads the fake knows, as Discord backfills guilds after READY) and waits until the adapter knows who it is.
    /// </summary>
    public async Task<FakeGatewayConnection> ConnectAsync(string sessionId = "session-1")
    {
        var connection = await Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);
        await connection.SendReadyAsync(sessionId, NextSequence());
        await SendGuildCreateAsync(connection, Server.Channels.Where(c => c.GuildId == GuildId));
        await DiscordBotReadiness.WaitAsync(Host.Services, BotId);
        Connection = connection;
        return connection;
    }

    /// <summary>GUILD_CREATE for the harness's guild: its channels and, in <c>threads</c>, the active threads the bot can view.</summary>
    public Task SendGuildCreateAsync(FakeGatewayConnection connection, IEnumerable<FakeDiscordChannel> channels)
    {
        var all = channels.ToList();
        all.ForEach(Server.AddChannel);
        return connection.SendDispatchAsync("GUILD_CREATE", NextSequence(), new
        {
            id = GuildId,
            name = "Briefing readers",
            owner_id = "1",
            unavailable = false,
            joined_at = "2026-11-01T10:00:00.000000+00:00",
            large = false,
            member_count = 3,
            roles = Array.Empty<object>(),
            members = Array.Empty<object>(),
            voice_states = Array.Empty<object>(),
            presences = Array.Empty<object>(),
            channels = all.Where(c => !c.IsThread).Select(c => c.ToJson()).ToArray(),
            threads = all.Where(c => c.IsThread && !c.Archived).Select(c => c.ToJson()).ToArray(),
        });
    }

    /// <summary>
    /// THREAD_CREATE as Discord sends it: <c>newly_created</c> when the thread was just made; with <paramref name="memberUserId"/>
    /// (the bot) when the bot was added to an existing private thread. The fake's REST knows the thread from then on.
    /// </summary>
    public Task SendThreadCreateAsync(FakeGatewayConnection connection, FakeDiscordChannel thread, bool newlyCreated = true, string? memberUserId = null)
    {
        Server.AddChannel(thread);
        return connection.SendDispatchAsync("THREAD_CREATE", NextSequence(), thread.ToJson(newlyCreated ? true : null, memberUserId));
    }

    public Task SendThreadUpdateAsync(FakeGatewayConnection connection, FakeDiscordChannel thread)
    {
        Server.AddChannel(thread);
        return connection.SendDispatchAsync("THREAD_UPDATE", NextSequence(), thread.ToJson());
    }

    /// <summary>THREAD_DELETE carries only the thread's id, guild_id, parent_id and type.</summary>
    public Task SendThreadDeleteAsync(FakeGatewayConnection connection, FakeDiscordChannel thread) =>
        connection.SendDispatchAsync("THREAD_DELETE", NextSequence(), new { id = thread.Id, guild_id = thread.GuildId, parent_id = thread.ParentId, type = thread.Type });

    /// <summary>THREAD_LIST_SYNC: the active threads of <paramref name="parentIds"/> (the whole guild when null), sent when the bot gains access to channels.</summary>
    public Task SendThreadListSyncAsync(FakeGatewayConnection connection, IReadOnlyList<string>? parentIds, IReadOnlyList<FakeDiscordChannel> threads)
    {
        foreach (var thread in threads)
        {
            Server.AddChannel(thread);
        }

        var data = new Dictionary<string, object?>
        {
            ["guild_id"] = GuildId,
            ["threads"] = threads.Select(t => t.ToJson()).ToArray(),
            ["members"] = Array.Empty<object>(),
        };
        if (parentIds is not null)
        {
            data["channel_ids"] = parentIds;
        }

        return connection.SendDispatchAsync("THREAD_LIST_SYNC", NextSequence(), data);
    }

    /// <summary>THREAD_MEMBERS_UPDATE: without the GUILD_MEMBERS intent Discord sends it only when the bot itself was added or removed.</summary>
    public Task SendThreadMembersUpdateAsync(FakeGatewayConnection connection, FakeDiscordChannel thread, string[]? added = null, string[]? removed = null)
    {
        var data = new Dictionary<string, object?> { ["id"] = thread.Id, ["guild_id"] = thread.GuildId, ["member_count"] = 2 };
        if (added is not null)
        {
            data["added_members"] = added.Select(user => new
            {
                id = thread.Id,
                user_id = user,
                join_timestamp = "2026-12-01T20:00:01.000000+00:00",
                flags = 1,
                member = new { user = new { id = user, username = user == BotId ? "briefing-bot" : "reader", bot = user == BotId }, roles = Array.Empty<string>(), joined_at = "2026-11-01T10:00:00.000000+00:00", deaf = false, mute = false, flags = 0 },
                presence = (object?)null,
            }).ToArray();
        }

        if (removed is not null)
        {
            data["removed_member_ids"] = removed;
        }

        return connection.SendDispatchAsync("THREAD_MEMBERS_UPDATE", NextSequence(), data);
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public long CurrentSequence => Interlocked.Read(ref _sequence);

    public string NextId(string prefix) => prefix + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);

    /// <summary>A member's message mentioning the bot in a channel or thread (a forum post's first message has the post's id).</summary>
    public Task SendMentionAsync(FakeGatewayConnection connection, string messageId, string text, string userId = UserId, long? sequence = null, string channelId = ChannelId) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", sequence ?? NextSequence(), new
        {
            id = messageId,
            channel_id = channelId,
            guild_id = GuildId,
            author = new { id = userId, username = "reader", bot = false },
            content = $"<@{BotId}> {text}",
            mentions = new[] { new { id = BotId, username = "briefing-bot", bot = true } },
            attachments = Array.Empty<object>(),
        });

    /// <summary>A member's message that neither mentions nor replies to the bot; in a thread, <c>channel_id</c> is the thread's id and no parent is named.</summary>
    public Task SendChannelMessageAsync(FakeGatewayConnection connection, string messageId, string text, string channelId = ChannelId, string userId = UserId) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", NextSequence(), new
        {
            id = messageId,
            channel_id = channelId,
            guild_id = GuildId,
            author = new { id = userId, username = "reader", bot = false },
            content = text,
            mentions = Array.Empty<object>(),
            attachments = Array.Empty<object>(),
        });

    public Task SendDirectMessageAsync(FakeGatewayConnection connection, string messageId, string text) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", NextSequence(), new
        {
            id = messageId,
            channel_id = DmChannelId,
            author = new { id = UserId, username = "reader", bot = false },
            content = text,
            mentions = Array.Empty<object>(),
            attachments = Array.Empty<object>(),
        });

    public Task SendSlashCommandAsync(FakeGatewayConnection connection, string interactionId, string name, string? question = null, string locale = "ar", string channelId = ChannelId, string permissions = "0") =>
        SendInteractionAsync(connection, interactionId, 2, Member("reader", permissions), new
        {
            id = "command-" + name,
            name,
            type = 1,
            options = question is null ? Array.Empty<object>() : [new { name = "question", type = 3, value = question }],
        }, locale, channelId: channelId);

    /// <summary>A button press on message 900; <paramref name="messageComponents"/> are that message's action rows, as Discord sends them.</summary>
    public Task SendButtonAsync(FakeGatewayConnection connection, string interactionId, string customId, string locale = "ar", JsonElement? messageComponents = null, string channelId = ChannelId) =>
        SendInteractionAsync(connection, interactionId, 3, Member("reader", "0"), new { custom_id = customId, component_type = 2 }, locale, message: new
        {
            id = "900",
            channel_id = channelId,
            author = new { id = BotId, username = "briefing-bot", bot = true },
            content = "",
            components = messageComponents,
        }, channelId: channelId);

    /// <summary>
    /// An INTERACTION_CREATE in a channel of the harness's guild (type 2: a slash command, 3: a component press), as Discord
    /// sends it: <c>channel_id</c> and the partial <c>channel</c> (with <c>parent_id</c> and <c>thread_metadata</c> in a thread).
    /// </summary>
    public Task SendInteractionAsync(FakeGatewayConnection connection, string interactionId, int type, object member, object data, string locale = "ar", object? message = null, string channelId = ChannelId) =>
        connection.SendDispatchAsync("INTERACTION_CREATE", NextSequence(), new
        {
            id = interactionId,
            application_id = ApplicationId,
            type,
            token = "token-" + interactionId,
            channel_id = channelId,
            channel = (Server.FindChannel(channelId) ?? FakeDiscordChannel.Text(channelId)).ToJson(),
            guild_id = GuildId,
            locale,
            member,
            message,
            data,
        });

    /// <summary>A slash command with string options (<c>/settings setting:ask value:here</c>) in a channel or thread of the harness's guild.</summary>
    public Task SendCommandAsync(FakeGatewayConnection connection, string interactionId, string name, string channelId, string permissions, params (string Name, string Value)[] options) =>
        SendInteractionAsync(connection, interactionId, 2, Member("reader", permissions), new
        {
            id = "command-" + name,
            name,
            type = 1,
            options = options.Select(o => new { name = o.Name, type = 3, value = o.Value }).ToArray(),
        }, channelId: channelId);

    /// <summary>The guild member who invokes an interaction (the harness's user unless <paramref name="userId"/>), with these permissions (a bit set, as a string) and roles.</summary>
    public static object Member(string username, string permissions, string[]? roles = null, string userId = UserId) =>
        new { user = new { id = userId, username }, permissions, roles = roles ?? [] };

    /// <summary>Messages the bot posted to a channel (successful or not), in the order the server received them.</summary>
    public IReadOnlyList<RecordedRequest> ChannelPosts(string channelId = ChannelId) => Server.RequestsTo("POST", $"/channels/{channelId}/messages");

    public IReadOnlyList<RecordedRequest> Callbacks(string interactionId) =>
        Server.RequestsTo("POST", $"/interactions/{interactionId}/token-{interactionId}/callback");

    public IReadOnlyList<RecordedRequest> OriginalEdits(string interactionId) =>
        Server.RequestsTo("PATCH", $"/webhooks/{ApplicationId}/token-{interactionId}/messages/@original");

    public IReadOnlyList<RecordedRequest> FollowUps(string interactionId) =>
        Server.RequestsTo("POST", $"/webhooks/{ApplicationId}/token-{interactionId}");

    public async ValueTask DisposeAsync()
    {
        using (var stop = new CancellationTokenSource(TestTimeouts.Default))
        {
            try
            {
                await Host.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }

        Host.Dispose();
        await Server.DisposeAsync();
        _workspace.Dispose();
    }
}
