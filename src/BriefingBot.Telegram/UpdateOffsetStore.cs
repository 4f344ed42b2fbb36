using System.Globalization;
using System.Text;
using BriefingBot.Core;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>
/// The next update id to ask for, kept in the data directory and written only after the updates before it
/// were answered: a restart neither answers an update twice nor skips one. One file per bot.
/// </summary>
internal sealed class UpdateOffsetStore(IOptions<BriefingBotOptions> options)
{
    private string Directory => Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "telegram");

    public async Task<int?> LoadAsync(long botId, CancellationToken cancellationToken)
    {
        var path = PathFor(botId);
        if (!File.Exists(path))
        {
            return null;
        }

        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }

    public async Task SaveAsync(long botId, int offset, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // Flushed to disk and renamed into place, the rename synced too: after a power cut the offset is the old
        // one or the new one, never an empty file that would make the bot answer every pending update again.
        await AtomicFile.WriteAsync(PathFor(botId), Encoding.UTF8.GetBytes(offset.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
    }

    private string PathFor(long botId) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"offset-{botId}.txt"));
}
