using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary><c>/briefings</c>: the briefings this chat's questions are answered from (its community's and the shared ones), newest first.</summary>
public sealed class BriefingsHandler(BriefingCatalog catalog, IOptions<ChatOptions> options) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Briefings;

    public IReadOnlyList<string> Names { get; } = ["briefings", "الموجزات"];

    public bool AnswersAtOnce => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var briefings = catalog.Visible(request.Scope.Community);
        if (briefings.Count == 0)
        {
            return Task.FromResult(ChatReply.Text(request.Texts.Outcome(AnswerOutcome.NoBriefings), request.Language, TextRole.Notice));
        }

        var blocks = new List<ReplyBlock> { new TextBlock(request.Texts.BriefingsTitle, TextRole.Title) };
        blocks.AddRange(briefings.Take(options.Value.BriefingsListed).Select(b => BriefingBlocks.Create(b, request.Texts, detailed: false)));
        return Task.FromResult(new ChatReply(blocks, []) { Language = request.Language });
    }
}

/// <summary><c>/today</c>: the latest briefing, its sections and who is quoted in it.</summary>
public sealed class TodayHandler(BriefingCatalog catalog) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Today;

    public IReadOnlyList<string> Names { get; } = ["today", "اليوم"];

    public bool AnswersAtOnce => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        if (catalog.LatestVisible(request.Scope.Community) is not { } latest)
        {
            return Task.FromResult(ChatReply.Text(request.Texts.Outcome(AnswerOutcome.NoBriefings), request.Language, TextRole.Notice));
        }

        ReplyBlock[] blocks = [new TextBlock(request.Texts.TodayTitle, TextRole.Title), BriefingBlocks.Create(latest, request.Texts, detailed: true)];
        return Task.FromResult(new ChatReply(blocks, []) { Language = request.Language });
    }
}

internal static class BriefingBlocks
{
    public static BriefingBlock Create(Briefing briefing, ChatTexts texts, bool detailed) =>
        new(briefing.Id, briefing.Title, briefing.Date, BriefingLimits.Listed(briefing.Sections), BriefingLimits.Listed(briefing.Speakers), briefing.Passages.Count, texts.BriefingLine(briefing))
        {
            Detailed = detailed,
            Facts = texts.BriefingFacts(briefing),
        };
}
