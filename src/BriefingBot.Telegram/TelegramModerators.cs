using System.Collections.Concurrent;
using BriefingBot.Adapters;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace BriefingBot.Telegram;

/// <summary>
/// Tells whether a user administers a group: Telegram's group admins are the bot's moderators there.
/// Admin lists are fetched once per group and kept for a few minutes, so commands cost no extra call.
/// </summary>
internal sealed partial class TelegramModerators(ITelegramBotClient bot, TimeProvider time, SecretRedactor redactor, ILogger<TelegramModerators> logger)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<long, (DateTimeOffset Fetched, HashSet<long> Admins)> _admins = new();

    public async Task<bool> IsAdminAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        if (!_admins.TryGetValue(chatId, out var entry) || time.GetUtcNow() - entry.Fetched > Lifetime)
        {
            try
            {
                var members = await bot.GetChatAdministrators(chatId, cancellationToken: cancellationToken).ConfigureAwait(false);
                entry = (time.GetUtcNow(), members.Where(m => m.IsAdmin).Select(m => m.User.Id).ToHashSet());
                _admins[chatId] = entry;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // Without the list nobody is treated as a moderator: refusing is the safe side.
                LogLookupFailed(chatId, redactor.Redact(ex.Message));
                return false;
            }
        }

        return entry.Admins.Contains(userId);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: the administrators of chat {ChatId} could not be read: {Error}")]
    private partial void LogLookupFailed(long chatId, string error);
}
