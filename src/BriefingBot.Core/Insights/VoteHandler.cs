using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Insights;

/// <summary>A 👍/👎 press under an answer: records the vote and acknowledges the press; nothing else changes.</summary>
public sealed class VoteHandler(QuestionInsights insights) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Vote;

    public IReadOnlyList<string> Names { get; } = [FeedbackVote.Verb];

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var texts = InsightTexts.For(request.Language);
        if (!FeedbackVote.TryParse(request.Command.Argument, out var vote))
        {
            return Task.FromResult(ChatReply.Acknowledgement(texts.VoteExpired, request.Language));
        }

        var counted = insights.RecordVote(request.Message, vote.AnswerId, vote.Helpful);
        return Task.FromResult(ChatReply.Acknowledgement(counted ? texts.VoteThanks : texts.VoteExpired, request.Language));
    }
}
