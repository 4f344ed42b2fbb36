using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Insights;

/// <summary>
/// What the chat core records for moderators: each question's text, community, time and outcome, and votes on
/// answers (one per voter, by keyed hash). Recording never fails a reply: a storage error is logged and skipped.
/// </summary>
public sealed partial class QuestionInsights(
    QuestionLog log,
    VoterHash voters,
    BotMetrics metrics,
    IOptions<InsightsOptions> options,
    TimeProvider time,
    ILogger<QuestionInsights> logger)
{
    /// <summary>
    /// How questions outside any community are recorded: those asked in a private chat that follows no community, or
    /// on the command line without <c>--community</c>. The same name <c>communities</c> gives the shared briefings.
    /// </summary>
    public const string SharedCommunity = "shared";

    /// <summary>Joins a follow-up to the question it followed in what is recorded: «ومتى قال ذلك؟ ← ماذا قال بولياكوف؟».</summary>
    public const string FollowUpMark = "←";

    public bool Enabled => options.Value.Enabled;

    public int RetentionDays => options.Value.RetentionDays;

    /// <summary>
    /// The community a question counts for: the one whose briefings the chat sees. A private chat that follows a
    /// community (<c>/community</c>) counts for it; one that follows none counts as <see cref="SharedCommunity"/>.
    /// </summary>
    public static string CommunityOf(ChatScope scope) => scope.Community ?? SharedCommunity;

    /// <summary>Records an answered question (the reply carries its answer id and outcome).</summary>
    public void RecordQuestion(ChatScope scope, string question, ChatReply reply)
    {
        // An empty or over-long question is a typing slip, not something the briefings lack.
        if (!Enabled || reply.AnswerId is not { } answerId || reply.Outcome is not { } outcome
            || outcome is AnswerOutcome.EmptyQuestion or AnswerOutcome.QuestionTooLong)
        {
            return;
        }

        // A follow-up («ومتى قال ذلك؟») means nothing to a moderator on its own: it is kept with the question it followed.
        var asked = reply.FollowsUp is { } earlier ? $"{question.Trim()} {FollowUpMark} {earlier}" : question.Trim();
        try
        {
            log.Record(new RecordedQuestion(answerId, CommunityOf(scope), time.GetUtcNow(), asked, BotMetrics.OutcomeLabel(outcome)));
        }
        catch (Exception ex) when (ex is IOException or Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException)
        {
            LogNotRecorded(ex);
        }
    }

    /// <summary>
    /// Records (or changes) the sender's vote on an answer. False when the answer is no longer recorded (older than the
    /// retention period, or asked while recording was off): there is nothing left to vote on.
    /// </summary>
    public bool RecordVote(IncomingMessage message, string answerId, bool helpful)
    {
        var counted = true;
        if (Enabled)
        {
            try
            {
                counted = log.Vote(answerId, voters.Of(message.Platform, message.UserId), helpful, time.GetUtcNow());
            }
            catch (Exception ex) when (ex is IOException or Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException)
            {
                // The member's press is not at fault: it is thanked and counted; the log tells the operator.
                LogNotRecorded(ex);
            }
        }

        if (counted)
        {
            metrics.Vote(message.Platform, helpful);
        }

        return counted;
    }

    /// <summary>The gaps of the last <paramref name="days"/> days in one community, or in all of them (null).</summary>
    public IReadOnlyList<QuestionGap> Gaps(string? community, int days) =>
        GapsReport.Build(log.Since(time.GetUtcNow() - TimeSpan.FromDays(days), community));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Insights: a question or vote could not be recorded")]
    private partial void LogNotRecorded(Exception exception);
}
