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

    public static async Task<AdapterHarness> StartAsync(IDictionary<string, string?>? settings = null, Action<FakeDiscordServer>? configureServer = null, Action<IServiceCollection>? configureServices = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        configureServer?.Invoke(server);
        var workspace = new BotWorkspace("briefingbot-discord-tests-");
        workspace.AddBriefing("2026-11-20-markup-test.ar.md", MarkupBriefing);
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

    /// <summary>Completes the first handshake (IDENTIFY → READY) and waits until the adapter knows who it is.</summary>
    public async Task<FakeGatewayConnection> ConnectAsync(string sessionId = "session-1")
    {
        var connection = await Server.NextConnectionAsync();
        await connection.WaitForOpAsync(2);
        await connection.SendReadyAsync(sessionId, NextSequence());
        await DiscordBotReadiness.WaitAsync(Host.Services, BotId);
        Connection = connection;
        return connection;
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);

    public long CurrentSequence => Interlocked.Read(ref _sequence);

    public string NextId(string prefix) => prefix + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture);

    public Task SendMentionAsync(FakeGatewayConnection connection, string messageId, string text, string userId = UserId, long? sequence = null) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", sequence ?? NextSequence(), new
        {
            id = messageId,
            channel_id = ChannelId,
            guild_id = GuildId,
            author = new { id = userId, username = "reader", bot = false },
            content = $"<@{BotId}> {text}",
            mentions = new[] { new { id = BotId, username = "briefing-bot", bot = true } },
            attachments = Array.Empty<object>(),
        });

    public Task SendChannelMessageAsync(FakeGatewayConnection connection, string messageId, string text) =>
        connection.SendDispatchAsync("MESSAGE_CREATE", NextSequence(), new
        {
            id = messageId,
            channel_id = ChannelId,
            guild_id = GuildId,
            author = new { id = UserId, username = "reader", bot = false },
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

    public Task SendSlashCommandAsync(FakeGatewayConnection connection, string interactionId, string name, string? question = null, string locale = "ar") =>
        SendInteractionAsync(connection, interactionId, 2, Member("reader", "0"), new
        {
            id = "command-" + name,
            name,
            type = 1,
            options = question is null ? Array.Empty<object>() : [new { name = "question", type = 3, value = question }],
        }, locale);

    /// <summary>A button press on message 900; <paramref name="messageComponents"/> are that message's action rows, as Discord sends them.</summary>
    public Task SendButtonAsync(FakeGatewayConnection connection, string interactionId, string customId, string locale = "ar", JsonElement? messageComponents = null) =>
        SendInteractionAsync(connection, interactionId, 3, Member("reader", "0"), new { custom_id = customId, component_type = 2 }, locale, message: new
        {
            id = "900",
            channel_id = ChannelId,
            author = new { id = BotId, username = "briefing-bot", bot = true },
            content = "",
            components = messageComponents,
        });

    /// <summary>An INTERACTION_CREATE in the harness's guild channel (type 2: a slash command, 3: a component press), as Discord sends it.</summary>
    public Task SendInteractionAsync(FakeGatewayConnection connection, string interactionId, int type, object member, object data, string locale = "ar", object? message = null) =>
        connection.SendDispatchAsync("INTERACTION_CREATE", NextSequence(), new
        {
            id = interactionId,
            application_id = ApplicationId,
            type,
            token = "token-" + interactionId,
            channel_id = ChannelId,
            guild_id = GuildId,
            locale,
            member,
            message,
            data,
        });

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
