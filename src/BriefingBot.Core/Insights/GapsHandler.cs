using System.Globalization;
using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Insights;

/// <summary>
/// <c>/gaps [--days N]</c> (<c>/الفجوات</c>), for moderators: the questions of their community that members could
/// not get answered, grouped and counted, most asked first. A group admin sees their own community only; a global
/// moderator (<c>Chat:Moderators</c>, the terminal) sees the community the chat is scoped to, or every community
/// from a chat scoped to none.
/// </summary>
public sealed class GapsHandler(QuestionInsights insights, Microsoft.Extensions.Options.IOptions<InsightsOptions> options) : IChatCommandHandler
{
    public ChatCommandKind Kind => ChatCommandKind.Gaps;

    public IReadOnlyList<string> Names { get; } = ["gaps", "الفجوات", "فجوات"];

    public bool ModeratorOnly => true;

    public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var texts = InsightTexts.For(request.Language);
        var language = request.Language;
        if (!insights.Enabled)
        {
            return Task.FromResult(ChatReply.Text(texts.RecordingOff, language, TextRole.Notice));
        }

        var max = insights.RetentionDays;
        if (!TryParseDays(request.Command.Argument, options.Value.GapsDays, max, out var days))
        {
            return Task.FromResult(ChatReply.Text(texts.BadDays(max), language, TextRole.Notice));
        }

        // Only global moderators reach here without a community: the engine refuses everyone else first.
        var community = request.Scope.Community;
        var allCommunities = community is null && request.Scope.IsGlobalModerator;
        var gaps = insights.Gaps(allCommunities ? null : QuestionInsights.CommunityOf(request.Scope), days);
        if (gaps.Count == 0)
        {
            return Task.FromResult(ChatReply.Text(texts.NoGaps(days), language, TextRole.Notice));
        }

        var listed = options.Value.GapsListed;
        var blocks = new List<ReplyBlock> { new TextBlock(texts.GapsTitle(days, allCommunities), TextRole.Title) };
        blocks.AddRange(gaps.Take(listed).Select((gap, i) => new TextBlock(texts.GapLine(i + 1, gap))));
        if (gaps.Count > listed)
        {
            blocks.Add(new TextBlock(texts.MoreGaps(gaps.Count - listed), TextRole.Notice));
        }

        return Task.FromResult(new ChatReply(blocks, []) { Language = language });
    }

    /// <summary>Accepts nothing (the default), <c>N</c>, <c>--days N</c> or <c>--days=N</c>, with Arabic-Indic digits too.</summary>
    internal static bool TryParseDays(string argument, int fallback, int max, out int days)
    {
        var text = argument.Trim();
        days = fallback;
        if (text.Length == 0)
        {
            return true;
        }

        if (text.StartsWith("--days", StringComparison.OrdinalIgnoreCase))
        {
            text = text["--days".Length..].TrimStart('=', ' ');
        }

        var digits = new string([.. text.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c)]);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out days) && days >= 1 && days <= max;
    }
}
