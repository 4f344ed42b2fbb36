using System.Collections.Concurrent;
using System.Security.Cryptography;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Communities;

/// <summary>
/// One-time codes that join a group to a community (<c>/link</c> prints one, <c>/link CODE</c> in another group uses
/// it). A code is valid for <see cref="ChatOptions.LinkCodeLifetime"/> and for one use; a new <c>/link</c> in the
/// same community replaces its earlier code. Kept in memory only: a code is short-lived by design, so a restart simply
/// asks the moderator for a new one, while the link it made is durable in the <see cref="CommunityRegistry"/>.
/// </summary>
public sealed class LinkCodes(IOptions<ChatOptions> options, TimeProvider time)
{
    /// <summary>No 0/O, 1/I/L: a code is read off one screen and typed on another.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 8;

    private readonly ConcurrentDictionary<string, Entry> _codes = new(StringComparer.Ordinal);

    public TimeSpan Lifetime => options.Value.LinkCodeLifetime;

    /// <summary>A new code for <paramref name="community"/>; its earlier unused code stops working.</summary>
    public string Issue(string community, bool byGlobalModerator)
    {
        var now = time.GetUtcNow();
        Purge(now);
        foreach (var (code, entry) in _codes)
        {
            if (entry.Community == community && !entry.Used)
            {
                _codes.TryUpdate(code, entry with { Used = true }, entry);
            }
        }

        while (true)
        {
            var code = RandomNumberGenerator.GetString(Alphabet, Length);
            if (_codes.TryAdd(code, new Entry(community, now + Lifetime, byGlobalModerator, Used: false)))
            {
                return code;
            }
        }
    }

    /// <summary>The community of a code that can still be used, without using it.</summary>
    public string? Peek(string code) =>
        _codes.TryGetValue(Normalize(code), out var entry) && !entry.Used && time.GetUtcNow() < entry.Expires ? entry.Community : null;

    /// <summary>Uses a code: it succeeds once, within its lifetime; any other outcome changes nothing.</summary>
    public LinkRedemption Redeem(string code)
    {
        var key = Normalize(code);
        var now = time.GetUtcNow();
        while (true)
        {
            if (key.Length != Length || !_codes.TryGetValue(key, out var entry))
            {
                return new LinkRedemption(LinkCodeStatus.Unknown, null, false);
            }

            if (entry.Used)
            {
                return new LinkRedemption(LinkCodeStatus.Used, null, false);
            }

            if (now >= entry.Expires)
            {
                return new LinkRedemption(LinkCodeStatus.Expired, null, false);
            }

            // Two groups racing for one code: exactly one swap from unused to used wins.
            if (_codes.TryUpdate(key, entry with { Used = true }, entry))
            {
                return new LinkRedemption(LinkCodeStatus.Valid, entry.Community, entry.ByGlobalModerator);
            }
        }
    }

    /// <summary>Codes are typed by people: spaces, dashes and case do not matter.</summary>
    private static string Normalize(string code) =>
        new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());

    /// <summary>Forgets codes long past their lifetime; a used or expired one is remembered one lifetime more, to say so.</summary>
    private void Purge(DateTimeOffset now)
    {
        foreach (var (code, entry) in _codes)
        {
            if (now >= entry.Expires + Lifetime)
            {
                _codes.TryRemove(code, out _);
            }
        }
    }

    private sealed record Entry(string Community, DateTimeOffset Expires, bool ByGlobalModerator, bool Used);
}

public enum LinkCodeStatus
{
    Valid,
    Unknown,
    Expired,
    Used,
}

/// <param name="Community">The community the code joins to, when <see cref="Status"/> is valid.</param>
/// <param name="ByGlobalModerator">Issued by one of the operator's global moderators.</param>
public sealed record LinkRedemption(LinkCodeStatus Status, string? Community, bool ByGlobalModerator);
