using System.Globalization;
using System.Security.Cryptography;

namespace BriefingBot.Discord.Client.Rest;

/// <summary>Nonces for Create Message: random, so two posts never share one, and within Discord's 25 characters.</summary>
internal static class MessageNonce
{
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[8];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToUInt64(bytes).ToString(CultureInfo.InvariantCulture);
    }
}
