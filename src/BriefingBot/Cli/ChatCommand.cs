using System.CommandLine;
using System.Globalization;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary>
/// <c>chat</c>: the chat core in the terminal, exactly as Telegram and Discord users get it, with no token.
/// Each line is a message in a private chat; typing a button's label (or "more") presses it.
/// Works with standard input redirected, so a conversation can be piped in. A question may follow up the previous
/// answer («ومتى قال ذلك؟»), as a reply to the bot's answer does on Telegram and Discord. The operator at the terminal is a
/// global moderator: <c>/brief PATH</c> posts that file, <c>/brief TEXT</c> the text, <c>/unbrief ID</c> removes one.
/// Without <c>--community</c> it is a private chat (shared briefings, and posts are shared); with it, a group of that
/// community (its briefings plus the shared ones, and posts go to it).
/// </summary>
public static class ChatCommand
{
    public const string Platform = "console";

    public static Command Create()
    {
        var language = new Option<string?>("--lang") { Description = "Reply language: ar (default) or en." };
        var community = new Option<string?>("--community") { Description = "Speak inside this community (its briefings and the shared ones); by default a private chat that sees shared briefings only." };
        var command = new Command("chat", "Talk to the bot in the terminal (no token needed).") { language, community };
        command.SetAction(async (parse, cancellationToken) => await LibraryCommand.RunAsync(async services =>
        {
            await services.GetRequiredService<BriefingLibrary>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var engine = services.GetRequiredService<ChatEngine>();
            var session = new ConsoleChatSession(engine, parse.GetValue(language), ansi: ConsoleEmphasis.Terminal) { Community = parse.GetValue(community) };
            await session.RunAsync(Console.In, Console.Out, interactive: !Console.IsInputRedirected, cancellationToken).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false));
        return command;
    }
}

/// <summary>One terminal conversation: reads lines, sends them through the chat core, prints the replies.</summary>
public sealed class ConsoleChatSession(ChatEngine engine, string? languageCode, bool ansi)
{
    private static readonly string[] BriefWords = ["/brief", "/موجز", "/نشر_موجز"];
    private readonly string _user = Environment.UserName;
    private IReadOnlyList<ReplyButton> _buttons = [];
    private int _messageCount;
    private string? _lastAnswerId;

    /// <summary>The community the terminal speaks in, as a group of it; null: a private chat.</summary>
    public string? Community { get; init; }

    public async Task RunAsync(TextReader input, TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        if (interactive)
        {
            await WriteAsync(output, await SendAsync("/start", cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            await output.WriteAsync("> ").ConfigureAwait(false);
        }

        // Lines end at \n or \r\n only, as for `ask -`: a lone \r inside a message does not split it in two.
        await foreach (var read in QuestionLines.ReadAsync(input, cancellationToken).ConfigureAwait(false))
        {
            var line = read.Trim();
            if (line is "/quit" or "/exit")
            {
                break;
            }

            if (line.Length > 0)
            {
                await WriteAsync(output, await SendAsync(line, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }

            if (interactive)
            {
                await output.WriteAsync("> ").ConfigureAwait(false);
            }
        }
    }

    public async Task<ChatReply> SendAsync(string line, CancellationToken cancellationToken)
    {
        _messageCount++;
        var kind = Community is null ? ChatKind.Private : ChatKind.Group;
        var message = new IncomingMessage(ChatCommand.Platform, ChatCommand.Platform, _user, _user, kind, AddressedToBot: true, ReplyToBot: false, line, _messageCount.ToString(CultureInfo.InvariantCulture))
        {
            LanguageCode = languageCode,
            GroupId = Community,

            // Whoever runs the process owns the data directory anyway.
            Role = SenderRole.Operator,
            Attachments = BriefFile(line),

            // The terminal has no replies to point at: every question may follow up the previous answer, and the
            // core decides whether it does («ومتى قال ذلك؟» does, a question that stands alone does not).
            ReplyToMessageId = _lastAnswerId,
        };

        if (IsMore(line))
        {
            // The terminal has no buttons: typing a label presses that button, and "more" the last reply's «المزيد»
            // (never its 👍/👎). With none to press, an empty continuation lets the core say there is nothing more.
            var button = _buttons.FirstOrDefault(b => string.Equals(b.Label, line, StringComparison.OrdinalIgnoreCase))
                ?? _buttons.FirstOrDefault(b => b.Action.StartsWith(Continuation.Verb + ":", StringComparison.Ordinal));
            message = message with { Text = null, Action = button?.Action ?? Continuation.Verb + ":" };
        }

        var reply = await engine.HandleAsync(message, cancellationToken).ConfigureAwait(false);
        if (!reply.IsAcknowledgement)
        {
            // A vote's acknowledgement leaves the answer's buttons pressable: a second press changes the vote.
            _buttons = reply.Buttons;
        }

        if (reply.Context is not null)
        {
            _lastAnswerId = "reply-" + message.MessageId;
            engine.Delivered(message, reply, [_lastAnswerId]);
        }

        return reply;
    }

    /// <summary>The terminal has no attachments: "/brief PATH" naming an existing file attaches that file.</summary>
    private static IReadOnlyList<ChatAttachment> BriefFile(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !BriefWords.Contains(line[..space], StringComparer.OrdinalIgnoreCase))
        {
            return [];
        }

        var path = line[(space + 1)..].Trim().Trim('"', '\'');
        if (path.Length == 0 || path.Contains('\n', StringComparison.Ordinal) || !File.Exists(path))
        {
            return [];
        }

        var file = new FileInfo(path);
        return [new ChatAttachment(file.Name, null, file.Length, _ => Task.FromResult<Stream>(file.OpenRead()))];
    }

    private bool IsMore(string line) =>
        line is "more" or "/more" or "المزيد" || _buttons.Any(b => string.Equals(b.Label, line, StringComparison.OrdinalIgnoreCase));

    private async Task WriteAsync(TextWriter output, ChatReply reply)
    {
        await output.WriteAsync(ConsoleReplyRenderer.Render(reply, ansi)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
