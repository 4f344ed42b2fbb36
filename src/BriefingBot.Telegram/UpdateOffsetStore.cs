using System.Globalization;
using BriefingBot.Core;
using Microsoft.Extensions.Options;

namespace BriefingBot.Telegram;

/// <summary>
/// The next update id to ask for, kept in the data directory and written only after the updates before it
/// were answered: a restart neither answers an update twice nor skips one. One file per bot.
/// </summary>
public sealed class UpdateOffsetStore(IOptions<BriefingBotOptions> options)
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
        var path = PathFor(botId);
        var temporary = path + ".tmp";
        await File.WriteAllTextAsync(temporary, offset.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        File.Move(temporary, path, overwrite: true);
    }

    private string PathFor(long botId) => Path.Combine(Directory, string.Create(CultureInfo.InvariantCulture, $"offset-{botId}.txt"));
}
