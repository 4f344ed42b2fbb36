using System.Security.Cryptography;

namespace BriefingBot.Core.Insights;

/// <summary>The payload of a 👍/👎 button: <c>vote:{answerId}:up</c> or <c>…:down</c>, well under Telegram's 64 bytes.</summary>
public readonly record struct FeedbackVote(string AnswerId, bool Helpful)
{
    public const string Verb = "vote";

    public const string HelpfulLabel = "👍";

    public const string NotHelpfulLabel = "👎";

    public string ToAction() => $"{Verb}:{AnswerId}:{(Helpful ? "up" : "down")}";

    /// <summary>Parses the argument after the verb (<c>{answerId}:up</c>).</summary>
    public static bool TryParse(string argument, out FeedbackVote vote)
    {
        vote = default;
        var colon = argument.LastIndexOf(':');
        if (colon <= 0 || colon > 32)
        {
            return false;
        }

        var direction = argument[(colon + 1)..];
        if (direction is not ("up" or "down"))
        {
            return false;
        }

        vote = new FeedbackVote(argument[..colon], direction == "up");
        return true;
    }

    /// <summary>A new answer id: 8 URL-safe characters.</summary>
    public static string NewAnswerId()
    {
        Span<byte> bytes = stackalloc byte[6];
        RandomNumberGenerator.Fill(bytes);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }
}
