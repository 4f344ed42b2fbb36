using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary>
/// <c>/link</c>: a moderator gets a one-time code for their community; <c>/link CODE</c> in another group (Telegram
/// group or Discord server), by a moderator there, joins that group to the code's community for good. Both sides
/// consent: the code comes from a moderator of the community, and only a moderator of the joining group can use it.
/// Briefings posted in the joining group while it was a community of its own go with it (the reply says how many);
/// a group the operator placed in configuration cannot be relinked from chat.
/// </summary>
public sealed partial class LinkHandler(
    LinkCodes codes,
    CommunityDirectory directory,
    BriefingLibrary library,
    ILogger<LinkHandler> logger) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Link;

    public IReadOnlyList<string> Names { get; } = ["link", "ربط"];

    /// <summary>Quick and never a search: answered in the first response (Discord type 4).</summary>
    public bool AnswersAtOnce => true;

    public bool ModeratorOnly => true;

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var texts = CommunityTexts.For(request.Language);
        var message = request.Message;
        if (message.ChatKind != ChatKind.Group || string.IsNullOrWhiteSpace(message.GroupId) || request.Scope.Community is not { } community)
        {
            return ChatReply.Text(texts.OnlyInGroups, request.Language, TextRole.Notice);
        }

        var argument = request.Command.Argument.Trim();
        if (argument.Length == 0)
        {
            var code = codes.Issue(community, request.Scope.IsGlobalModerator);
            LogIssued(message.Platform, community);
            return ChatReply.Text(texts.LinkCode(code, codes.Lifetime), request.Language);
        }

        // Checked before the code is used, so a moderator who types it in the wrong group can still use it elsewhere.
        if (codes.Peek(argument) is { } target && target == community)
        {
            return ChatReply.Text(texts.AlreadyLinked, request.Language, TextRole.Notice);
        }

        var groupKey = CommunityIds.GroupKey(message.Platform, message.GroupId);

        // The terminal's community is the one `chat --community` names: it can print a code, not be linked.
        if (directory.IsConfigured(groupKey) || string.Equals(message.Platform, CommunityDirectory.ConsolePlatform, StringComparison.OrdinalIgnoreCase))
        {
            return ChatReply.Text(texts.LinkConfigured, request.Language, TextRole.Notice);
        }

        var redemption = codes.Redeem(argument);
        if (redemption is not { Status: LinkCodeStatus.Valid, Community: { } joined })
        {
            LogRefused(message.Platform, redemption.Status);
            return ChatReply.Text(texts.LinkCodeRefused(redemption.Status), request.Language, TextRole.Notice);
        }

        await directory.Registry.LinkAsync(groupKey, joined, cancellationToken).ConfigureAwait(false);
        if (redemption.ByGlobalModerator || request.Scope.IsGlobalModerator)
        {
            // A global moderator taking part is the operator's consent to posting there (Chat:Posting=Listed).
            await directory.Registry.OpenAsync(joined, open: true, cancellationToken).ConfigureAwait(false);
        }

        var moved = community == groupKey ? await MoveOwnBriefingsAsync(groupKey, joined, cancellationToken).ConfigureAwait(false) : 0;
        LogLinked(message.Platform, groupKey, joined, moved);
        return ChatReply.Text(texts.Linked(moved), request.Language);
    }

    /// <summary>
    /// The group was a community of its own (its key is the community id), so what was posted there was posted by and
    /// for this group: it joins the community with it. Briefings of a community made of several groups stay with it.
    /// </summary>
    private async Task<int> MoveOwnBriefingsAsync(string ownCommunity, string joined, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var briefing in library.Catalog.All.Where(b => b.Community == ownCommunity).ToList())
        {
            if (await library.AssignAsync(briefing.Id, joined, cancellationToken).ConfigureAwait(false) is not null)
            {
                moved++;
            }
        }

        return moved;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: link code issued for community {Community}")]
    private partial void LogIssued(string platform, string community);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: link code refused ({Status})")]
    private partial void LogRefused(string platform, LinkCodeStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: group {Group} joined community {Community}; {Moved} briefings moved with it")]
    private partial void LogLinked(string platform, string group, string community, int moved);
}
