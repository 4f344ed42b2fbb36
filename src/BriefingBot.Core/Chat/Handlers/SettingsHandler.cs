using System.Globalization;
using BriefingBot.Core.Communities;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Chat.Handlers;

/// <summary>
/// <c>/settings</c> (<c>/إعدادات</c>): the community's settings, kept durably, changed by its moderators in one of its
/// groups: <c>ask here|off</c> (every message in this channel is a question), <c>language ar|en|auto</c>,
/// <c>announce here|off</c> (this channel hears about new briefings), <c>rate N|default</c> (questions per member per
/// minute) and, for the operator's global moderators only, <c>posting on|off</c>. Anything else changes nothing.
/// </summary>
public sealed partial class SettingsHandler(CommunityDirectory directory, IOptions<ChatOptions> options, ILogger<SettingsHandler> logger) : IChatCommandHandler
{
    public const int MinRate = 1;
    public const int MaxRate = 1000;

    private static readonly string[] AskWords = ["ask", "questions", "سؤال", "أسئلة", "اسئلة", "الأسئلة"];
    private static readonly string[] LanguageWords = ["language", "lang", "لغة", "اللغة"];
    private static readonly string[] AnnounceWords = ["announce", "announcements", "إعلان", "اعلان", "إعلانات", "اعلانات"];
    private static readonly string[] RateWords = ["rate", "معدل", "المعدل"];
    private static readonly string[] PostingWords = ["posting", "نشر", "النشر"];
    private static readonly string[] HereWords = ["here", "هنا"];
    private static readonly string[] OffWords = ["off", "none", "إيقاف", "ايقاف", "إلغاء", "الغاء"];
    private static readonly string[] OnWords = ["on", "تفعيل", "تشغيل"];
    private static readonly string[] ArabicWords = ["ar", "arabic", "عربي", "العربية"];
    private static readonly string[] EnglishWords = ["en", "english", "إنجليزي", "انجليزي", "الإنجليزية", "الانجليزية"];
    private static readonly string[] AutoWords = ["auto", "default", "تلقائي", "افتراضي"];

    public ChatCommandKind Kind => ChatCommandKind.Settings;

    public IReadOnlyList<string> Names { get; } = ["settings", "إعدادات", "اعدادات"];

    /// <summary>Quick and never a search: answered in the first response (Discord type 4).</summary>
    public bool AnswersAtOnce => true;

    public bool ModeratorOnly => true;

    public async Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var message = request.Message;
        if (message.ChatKind != ChatKind.Group || request.Scope.Community is not { } community)
        {
            return ChatReply.Text(CommunityTexts.For(request.Language).OnlyInGroups, request.Language, TextRole.Notice);
        }

        var here = CommunityIds.GroupKey(message.Platform, message.ChatId);

        // In a thread, the ask channel is the thread's channel: it covers the thread and its siblings, and it is the only way
        // to choose a forum, where commands can be sent only in its posts. Announcements go where "here" is (a forum takes no
        // message of its own, a post does).
        var parent = message.ParentChatId is { } parentId ? CommunityIds.GroupKey(message.Platform, parentId) : null;
        var words = request.Command.Argument.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return Summary(request, community, here, parent, saved: false);
        }

        // Either order: a Discord client may send a command's options in the order the member filled them in.
        var change = words.Length == 2 ? Change(words[0], words[1], here, parent) ?? Change(words[1], words[0], here, parent) : null;
        if (change is null)
        {
            return ChatReply.Text(CommunityTexts.For(request.Language).SettingsNotUnderstood, request.Language, TextRole.Notice);
        }

        switch (change)
        {
            case RateChange { PerMinute: { } rate } when rate is < MinRate or > MaxRate:
                return ChatReply.Text(CommunityTexts.For(request.Language).RateOutOfRange(MinRate, MaxRate), request.Language, TextRole.Notice);
            case PostingChange posting when !request.Scope.IsGlobalModerator:
                return ChatReply.Text(CommunityTexts.For(request.Language).PostingIsTheOperators, request.Language, TextRole.Notice);
            case PostingChange posting:
                await directory.Registry.OpenAsync(community, posting.Open, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await directory.Registry.SetSettingsAsync(community, change.Apply, cancellationToken).ConfigureAwait(false);
                break;
        }

        LogChanged(message.Platform, community, change.GetType().Name);

        // Answered in the language the community now speaks, so a changed language shows at once.
        var language = request.Message.ChatKind == ChatKind.Group && directory.SettingsOf(community).Language is { } chosen
            ? ChatLanguages.FromCode(chosen)
            : request.Message.Language;
        return Summary(request with { Language = language }, community, here, parent, saved: true);
    }

    private ChatReply Summary(ChatRequest request, string community, string here, string? parent, bool saved)
    {
        var texts = CommunityTexts.For(request.Language);
        var summary = texts.Settings(directory.SettingsOf(community), here, options.Value.QuestionsPerMinute, directory.AcceptsBriefings(community), parent);
        return ChatReply.Text(saved ? texts.SettingSaved + "\n\n" + summary : summary, request.Language);
    }

    private static SettingChange? Change(string setting, string value, string here, string? parent)
    {
        if (Is(setting, AskWords))
        {
            return Is(value, HereWords) ? new AskChange(parent ?? here) : Is(value, OffWords) ? new AskChange(null) : null;
        }

        if (Is(setting, AnnounceWords))
        {
            return Is(value, HereWords) ? new AnnounceChange(here) : Is(value, OffWords) ? new AnnounceChange(null) : null;
        }

        if (Is(setting, LanguageWords))
        {
            return Is(value, ArabicWords) ? new LanguageChange("ar") : Is(value, EnglishWords) ? new LanguageChange("en") : Is(value, AutoWords) ? new LanguageChange(null) : null;
        }

        if (Is(setting, RateWords))
        {
            if (Is(value, AutoWords))
            {
                return new RateChange(null);
            }

            // Arabic-Indic digits are digits too: «٥» is as good as 5.
            var digits = new string(value.Select(c => char.IsDigit(c) ? (char)('0' + (int)char.GetNumericValue(c)) : c).ToArray());
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var rate) ? new RateChange(rate)
                : digits.All(char.IsAsciiDigit) && digits.Length > 0 ? new RateChange(int.MaxValue) : null;
        }

        if (Is(setting, PostingWords))
        {
            return Is(value, OnWords) ? new PostingChange(true) : Is(value, OffWords) ? new PostingChange(false) : null;
        }

        return null;
    }

    private static bool Is(string word, string[] words) => words.Contains(word, StringComparer.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Platform}: community {Community} setting changed ({Change})")]
    private partial void LogChanged(string platform, string community, string change);

    private abstract record SettingChange
    {
        public virtual CommunitySettings Apply(CommunitySettings settings) => settings;
    }

    private sealed record AskChange(string? Chat) : SettingChange
    {
        public override CommunitySettings Apply(CommunitySettings settings) => settings with { AskChat = Chat };
    }

    private sealed record AnnounceChange(string? Chat) : SettingChange
    {
        public override CommunitySettings Apply(CommunitySettings settings) => settings with { AnnounceChat = Chat };
    }

    private sealed record LanguageChange(string? Language) : SettingChange
    {
        public override CommunitySettings Apply(CommunitySettings settings) => settings with { Language = Language };
    }

    private sealed record RateChange(int? PerMinute) : SettingChange
    {
        public override CommunitySettings Apply(CommunitySettings settings) => settings with { QuestionsPerMinute = PerMinute };
    }

    private sealed record PostingChange(bool Open) : SettingChange;
}
