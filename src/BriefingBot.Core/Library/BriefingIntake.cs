using BriefingBot.Core.Briefings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Library;

/// <summary>
/// Takes in a briefing posted by a moderator, the same way from every platform and the command line: check the
/// upload, parse it, recognise a re-post, store it durably, index it, then tell the announcers. Anything refused
/// leaves the store and the index as they were. Whether the poster may post is decided before, by the caller.
/// </summary>
public sealed partial class BriefingIntake(
    BriefingLibrary library,
    BriefingParser parser,
    IOptions<BriefingIntakeOptions> options,
    IEnumerable<IBriefingAnnouncer> announcers,
    TimeProvider time,
    ILogger<BriefingIntake> logger)
{
    public int MaxBytes => options.Value.MaxBytes;

    /// <summary>Refuses an attachment by its name and declared size, before it is downloaded; null when it may be.</summary>
    public BriefingRejected? CheckAttachment(string? fileName, long? declaredSize) =>
        UploadInspector.CheckAttachment(fileName, declaredSize, MaxBytes);

    /// <summary>Returns once the briefing is durable and searchable (or refused, or found already present).</summary>
    public async Task<IntakeResult> SubmitAsync(BriefingUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (UploadInspector.ReadText(upload.Content.Span, upload.FileName, MaxBytes, out var text) is { } refused)
        {
            return Refuse(upload, refused);
        }

        var supplied = upload.Header ?? new BriefingHeader();

        // A briefing without a date in its text or beside it is today's; the date is kept with it, so it stays the same.
        supplied = supplied with { Date = supplied.Date ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime) };
        Briefing briefing;
        try
        {
            briefing = parser.Parse(text, supplied);
        }
        catch (BriefingFormatException e)
        {
            return Refuse(upload, new BriefingRejected(Map(e.Reason), e.Message));
        }

        if (!BriefingIds.IsSafe(briefing.Id))
        {
            return Refuse(upload, new BriefingRejected(IntakeRejection.BadHeader, "The id may only hold ASCII letters, digits, '-', '_' and '.'."));
        }

        briefing = briefing with { Community = upload.Community };
        if (library.Catalog.Find(briefing.Id) is { } holder && holder.Community != upload.Community)
        {
            // Ids are predictable (a date and a declared name): one community must neither replace another's
            // briefing nor be kept from posting by it. The same community always gets the same suffix, so its own
            // re-post still replaces its own briefing.
            supplied = supplied with { Id = briefing.Id + "-" + CommunityTag(upload.Community) };
            briefing = parser.Parse(text, supplied) with { Community = upload.Community };
            if (library.Catalog.Find(briefing.Id) is { } other && other.Community != upload.Community)
            {
                return Refuse(upload, new BriefingRejected(IntakeRejection.BadHeader, "Another community holds a briefing with this id; declare another id."));
            }
        }

        var stored = new StoredBriefing(briefing, text, supplied, upload.Origin, time.GetUtcNow(), upload.FileName);
        var result = await library.AddAsync(stored, cancellationToken).ConfigureAwait(false);
        if (result.IdInUse)
        {
            return Refuse(upload, new BriefingRejected(IntakeRejection.IdInUse, $"The id '{briefing.Id}' belongs to a briefing shipped with the bot; a post cannot replace it."));
        }

        if (!result.Added)
        {
            LogDuplicate(result.Briefing.Id, upload.Origin.Platform);
            return new BriefingAlreadyPresent(result.Briefing);
        }

        await AnnounceAsync(result.Briefing, upload.Origin, cancellationToken).ConfigureAwait(false);
        return new BriefingAdded(result.Briefing, result.Replaced);
    }

    private static string CommunityTag(string? community) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(community ?? "~shared")))[..6];

    private async Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken)
    {
        foreach (var announcer in announcers)
        {
            try
            {
                await announcer.AnnounceAsync(briefing, origin, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The briefing is in; a failed announcement must not turn its confirmation into an error.
                LogAnnounceFailed(e, announcer.GetType().Name, briefing.Id);
            }
        }
    }

    private BriefingRejected Refuse(BriefingUpload upload, BriefingRejected rejection)
    {
        LogRejected(rejection.Reason, upload.Origin.Platform, upload.Origin.UserId, rejection.Detail);
        return rejection;
    }

    private static IntakeRejection Map(BriefingRejection reason) => reason switch
    {
        BriefingRejection.Empty => IntakeRejection.Empty,
        BriefingRejection.TooLarge => IntakeRejection.TooLarge,
        BriefingRejection.NotText => IntakeRejection.Binary,
        BriefingRejection.BadHeader => IntakeRejection.BadHeader,
        _ => IntakeRejection.NoParagraphs,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a briefing ({Reason}) from {Platform} user {UserId}: {Detail}")]
    private partial void LogRejected(IntakeRejection reason, string platform, string? userId, string detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Briefing {BriefingId} posted again from {Platform}; already present")]
    private partial void LogDuplicate(string briefingId, string platform);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Announcer {Announcer} failed for briefing {BriefingId}")]
    private partial void LogAnnounceFailed(Exception exception, string announcer, string briefingId);
}
