using System.Collections.Concurrent;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>
/// The adapter side of moderator commands, ready for the core's <c>/brief</c>: the command is offered once a
/// handler serves it, Discord's permissions become <see cref="SenderRole"/>, and the file arrives downloadable.
/// </summary>
public sealed class ModeratorCommandTests
{
    private const string BriefingText = "---\nid: x\n---\nنص الموجز";

    [Fact]
    public async Task A_brief_from_a_member_with_manage_messages_reaches_the_core_as_a_moderator_message_with_its_file()
    {
        var handler = new RecordingBriefHandler();
        await using var harness = await AdapterHarness.StartAsync(configureServer: ServeAttachment, configureServices: s => s.AddSingleton<IChatCommandHandler>(handler));
        var connection = await harness.ConnectAsync();

        await SendBriefAsync(harness, connection, "i1", permissions: "8192");

        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the answer to /brief");
        Assert.Equal(5, harness.Callbacks("i1")[0].Json.GetProperty("type").GetInt32());
        var received = Assert.Single(handler.Received);
        Assert.Equal(SenderRole.Moderator, received.Message.Role);
        Assert.Equal(("brief.md", BriefingText), (received.FileName, received.Content));
        Assert.Equal("brief.md received", harness.OriginalEdits("i1")[0].Json.Content());
        var registered = harness.Server.RequestsTo("PUT", $"/applications/{AdapterHarness.ApplicationId}/commands")[0].Json.EnumerateArray();
        var brief = Assert.Single(registered, c => c.GetProperty("name").GetString() == "brief");
        Assert.Equal("8192", brief.GetProperty("default_member_permissions").GetString());
    }

    [Fact]
    public async Task A_brief_from_a_plain_member_is_refused_by_the_core_before_its_handler_runs()
    {
        var handler = new RecordingBriefHandler();
        await using var harness = await AdapterHarness.StartAsync(configureServer: ServeAttachment, configureServices: s => s.AddSingleton<IChatCommandHandler>(handler));
        var connection = await harness.ConnectAsync();

        await SendBriefAsync(harness, connection, "i1", permissions: "1024");

        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the refusal");
        Assert.Empty(handler.Received);
        Assert.Equal(DiscordMarkdown.Escape(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly), harness.OriginalEdits("i1")[0].Json.Content());
    }

    private static void ServeAttachment(FakeDiscordServer server) =>
        server.Enqueue("GET", "/attachments/brief.md", FakeRestResponse.Json(200, BriefingText));

    private static Task SendBriefAsync(AdapterHarness harness, FakeGatewayConnection connection, string interactionId, string permissions) =>
        harness.SendInteractionAsync(connection, interactionId, 2, AdapterHarness.Member("moderator", permissions),
            new
            {
                id = "command-brief",
                name = "brief",
                type = 1,
                options = new[] { new { name = "file", type = 11, value = "a1" } },
                resolved = new
                {
                    attachments = new Dictionary<string, object>
                    {
                        ["a1"] = new { id = "a1", filename = "brief.md", size = BriefingText.Length, url = harness.Server.ApiBaseUrl + "/attachments/brief.md", content_type = "text/markdown" },
                    },
                },
            });

    /// <summary>Stands in for the core's coming <c>/brief</c> handler: a moderator command that reads the posted file.</summary>
    private sealed class RecordingBriefHandler : IChatCommandHandler
    {
        public ConcurrentQueue<(IncomingMessage Message, string? FileName, string Content)> Received { get; } = new();

        // A kind no core handler uses, so this handler adds a command rather than replacing one.
        public ChatCommandKind Kind => (ChatCommandKind)1000;

        public IReadOnlyList<string> Names { get; } = ["brief"];

        public bool ModeratorOnly => true;

        public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
        {
            var attachment = request.Message.Attachments.Single();
            await using var stream = await attachment.OpenAsync(cancellationToken);
            using var reader = new StreamReader(stream);
            Received.Enqueue((request.Message, attachment.FileName, await reader.ReadToEndAsync(cancellationToken)));
            return ChatReply.Text($"{attachment.FileName} received", request.Language);
        }
    }
}
