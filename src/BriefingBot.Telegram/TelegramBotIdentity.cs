using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>Who the bot is (from getMe), needed to recognise mentions of it and replies to it.</summary>
internal sealed class TelegramBotIdentity
{
    private User? _me;

    public long Id => Me.Id;

    public string Username => Me.Username ?? string.Empty;

    public bool IsKnown => _me is not null;

    private User Me => _me ?? throw new InvalidOperationException("The bot identity is not known before getMe succeeded.");

    public void Set(User me) => _me = me;
}
