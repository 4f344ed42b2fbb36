using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Insights;

/// <summary>
/// Stands for a user in the vote table: HMAC-SHA256 of <c>platform:userId</c> under a key kept apart from the data,
/// so one user votes once per answer, and the stored value says nothing about who it is.
/// </summary>
public sealed class VoterHash
{
    private readonly Lazy<byte[]> _key;

    public VoterHash(IOptions<InsightsOptions> options, IOptions<BriefingBotOptions> bot)
    {
        _key = new Lazy<byte[]>(() => options.Value.UserHashKey is { Length: > 0 } configured
            ? Encoding.UTF8.GetBytes(configured)
            : LoadOrCreateKey(Path.Combine(Path.GetFullPath(bot.Value.DataDirectory), "insights", "voter-hash.key")));
    }

    public string Of(string platform, string userId)
    {
        var mac = HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(platform + ":" + userId));
        return Convert.ToBase64String(mac, 0, 16);
    }

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, Convert.ToBase64String(key));
        try
        {
            // Never overwrite: a key already there (another process was first) keeps earlier votes comparable.
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
