using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary>
/// <c>/brief</c>: a moderator posts a briefing, as an attached <c>.txt</c>/<c>.md</c> file (the usual case: real
/// briefings are longer than a chat message) or as the text after the command. It replies only once the intake
/// has the briefing durable and searchable, or says why it was refused.
/// </summary>
public sealed class BriefHandler(BriefingIntake intake) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Brief;

    public IReadOnlyList<string> Names { get; } = ["brief", "موجز", "نشر_موجز"];

    public bool ModeratorOnly => true;

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        var scope = request.Scope;

        // Decided before any download: a briefing goes to the community it is posted in, and only if that community
        // accepts briefings; a private chat posts shared briefings, which only the operator's global moderators may.
        if (scope.Community is null && !scope.IsGlobalModerator)
        {
            return ChatReply.Text(CommunityTexts.For(request.Language).PostInYourGroup, request.Language, TextRole.Notice);
        }

        if (scope.Community is not null && !scope.AcceptsBriefings && !scope.IsGlobalModerator)
        {
            return ChatReply.Text(CommunityTexts.For(request.Language).PostingNotEnabled, request.Language, TextRole.Notice);
        }

        var origin = new BriefingOrigin(message.Platform, message.ChatId, message.UserId, message.UserName);
        var result = message.Attachments.Count > 0
            ? await SubmitAttachmentAsync(message.Attachments[0], origin, scope.Community, cancellationToken).ConfigureAwait(false)
            : await intake.SubmitAsync(BriefingUpload.FromText(request.Command.Argument, origin) with { Community = scope.Community }, cancellationToken).ConfigureAwait(false);

        var text = BriefingTexts.For(request.Language).Result(result, intake.MaxBytes);
        return ChatReply.Text(text, request.Language, result is BriefingRejected ? TextRole.Notice : TextRole.Plain);
    }

    private async Task<IntakeResult> SubmitAttachmentAsync(ChatAttachment attachment, BriefingOrigin origin, string? community, CancellationToken cancellationToken)
    {
        // Refuse by name and declared size before spending a download on it.
        if (intake.CheckAttachment(attachment.FileName, attachment.Size) is { } refused)
        {
            return refused;
        }

        var content = await AttachmentReader.ReadAtMostAsync(attachment, intake.MaxBytes + 1, cancellationToken).ConfigureAwait(false);
        return await intake.SubmitAsync(new BriefingUpload(content, origin, attachment.FileName) { Community = community }, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Reads an attachment without trusting its declared size: a file that lies about it costs at most the limit.</summary>
internal static class AttachmentReader
{
    public static async Task<ReadOnlyMemory<byte>> ReadAtMostAsync(ChatAttachment attachment, int limit, CancellationToken cancellationToken)
    {
        var stream = await attachment.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[Math.Min(limit, 64 * 1024)];
            var length = 0;
            while (length < limit)
            {
                if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Min(limit, buffer.Length * 2));
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return buffer.AsMemory(0, length);
        }
    }
}
