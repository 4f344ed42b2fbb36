using System.Net;
using BriefingBot.Discord.Client.Gateway;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Client.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Translation;

/// <summary>
/// Which guild channels are threads, and of which channel. Discord's MESSAGE_CREATE in a thread or forum post names only
/// the thread (<c>channel_id</c>), never its channel, so the map is learnt from the gateway (GUILD_CREATE's channels and
/// active threads, THREAD_CREATE/UPDATE/DELETE, THREAD_LIST_SYNC, an interaction's channel) and, for a channel the gateway
/// never described (a thread created while the bot was away), from Get Channel once. Bounded: the oldest learnt is
/// forgotten first and asked for again if it speaks again.
/// </summary>
internal sealed partial class DiscordChannelDirectory(
    DiscordRestClient rest,
    DiscordBotIdentity identity,
    IOptions<DiscordAdapterOptions> options,
    ILogger<DiscordChannelDirectory> logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, DiscordChannelPlace> _places = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task<DiscordChannelPlace?>> _lookups = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly int _capacity = options.Value.ChannelMemory;

    /// <summary>Keeps the map current from the gateway's channel and thread events; disposing stops it.</summary>
    public IDisposable Attach(DiscordGatewayClient gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        IDisposable[] subscriptions =
        [
            gateway.OnGuildCreate((guild, _) => Done(() => LearnGuild(guild))),
            gateway.OnThreadUpsert((thread, _) => Done(() => Learn(thread))),
            gateway.OnThreadDelete((thread, _) => Done(() => Forget(thread.Id))),
            gateway.OnThreadListSync((sync, _) => Done(() => Sync(sync))),
            gateway.OnThreadMembersUpdate((update, _) => Done(() => MembersChanged(update))),
        ];
        return new Subscriptions(subscriptions);
    }

    /// <summary>What is known of a channel without asking Discord.</summary>
    public bool TryFind(string channelId, out DiscordChannelPlace place)
    {
        lock (_lock)
        {
            return _places.TryGetValue(channelId, out place!);
        }
    }

    /// <summary>
    /// What is known of a channel, asking Discord (Get Channel) once if the gateway never described it. Null when Discord
    /// could not say now (an outage): the message is then read as not in a thread, and the next one asks again.
    /// </summary>
    public Task<DiscordChannelPlace?> ResolveAsync(string channelId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_places.TryGetValue(channelId, out var known))
            {
                return Task.FromResult<DiscordChannelPlace?>(known);
            }

            // Messages in one unknown thread arrive together: they share one request.
            if (!_lookups.TryGetValue(channelId, out var lookup))
            {
                // Started off the lock: the look-up removes itself from the table when done, which must come after this.
                lookup = Task.Run(() => LookUpAsync(channelId, cancellationToken), CancellationToken.None);
                _lookups[channelId] = lookup;
            }

            return lookup;
        }
    }

    /// <summary>Learns a channel or thread as Discord describes it (the guild is the event's when the object omits it).</summary>
    public void Learn(Channel channel, string? guildId = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (string.IsNullOrEmpty(channel.Id))
        {
            return;
        }

        Remember(new DiscordChannelPlace(channel.Id, channel.Type, channel.GuildId ?? guildId, channel.ParentId));
    }

    public void Forget(string channelId)
    {
        lock (_lock)
        {
            _places.Remove(channelId);
        }
    }

    private void LearnGuild(GuildCreateEvent guild)
    {
        if (guild.Unavailable == true)
        {
            return;
        }

        foreach (var channel in guild.Channels.Concat(guild.Threads))
        {
            Learn(channel, guild.Id);
        }

        LogGuildLearnt(guild.Id, guild.Channels.Count, guild.Threads.Count);
    }

    /// <summary>THREAD_LIST_SYNC replaces the threads of the synced channels (of the whole guild when it names none).</summary>
    private void Sync(ThreadListSyncEvent sync)
    {
        var parents = sync.ChannelIds?.ToHashSet(StringComparer.Ordinal);
        lock (_lock)
        {
            var stale = _places.Values
                .Where(p => p.IsThread && p.GuildId == sync.GuildId && (parents is null || (p.ParentId is { } parent && parents.Contains(parent))))
                .Select(p => p.Id)
                .ToList();
            stale.ForEach(id => _places.Remove(id));
        }

        foreach (var thread in sync.Threads)
        {
            Learn(thread, sync.GuildId);
        }
    }

    /// <summary>
    /// The bot was added to a thread (a member mentioned or added it; Discord also sends THREAD_CREATE then) or removed
    /// from one. The bot never joins a thread itself: see docs/discord.md.
    /// </summary>
    private void MembersChanged(ThreadMembersUpdateEvent update)
    {
        var botId = identity.UserId;
        if (botId is null)
        {
            return;
        }

        if (update.AddedMembers?.Any(m => m.UserId == botId) == true)
        {
            LogAddedToThread(update.Id);
        }

        if (update.RemovedMemberIds?.Contains(botId) == true)
        {
            LogRemovedFromThread(update.Id);
        }
    }

    private async Task<DiscordChannelPlace?> LookUpAsync(string channelId, CancellationToken cancellationToken)
    {
        try
        {
            var channel = await rest.GetChannelAsync(channelId, cancellationToken).ConfigureAwait(false);
            Learn(channel);
            LogLookedUp(channelId, channel.IsThread ? channel.ParentId : null);
            return TryFind(channelId, out var place) ? place : null;
        }
        catch (DiscordRestException ex) when (ex.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
        {
            // Discord will not describe it (gone, or out of the bot's sight): read it as a channel of its own, and do not ask again.
            LogLookupRefused(channelId, (int)ex.StatusCode, ex.ErrorCode);
            var unknown = new DiscordChannelPlace(channelId, DiscordChannelPlace.UnknownType, null, null);
            Remember(unknown);
            return unknown;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogLookupFailed(channelId, ex.GetType().Name);
            return null;
        }
        finally
        {
            lock (_lock)
            {
                _lookups.Remove(channelId);
            }
        }
    }

    private void Remember(DiscordChannelPlace place)
    {
        lock (_lock)
        {
            if (!_places.ContainsKey(place.Id))
            {
                _order.Enqueue(place.Id);
            }

            _places[place.Id] = place;
            while (_places.Count > _capacity && _order.TryDequeue(out var oldest))
            {
                _places.Remove(oldest);
            }

            // Forgotten ids (deleted threads) stay queued until their turn; keep the queue from outgrowing the map.
            if (_order.Count > 2 * _capacity)
            {
                var live = _order.Where(_places.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
                _order.Clear();
                live.ForEach(_order.Enqueue);
            }
        }
    }

    private static Task Done(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord: guild {GuildId} has {Channels} channels and {Threads} active threads")]
    private partial void LogGuildLearnt(string guildId, int channels, int threads);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord: channel {ChannelId} looked up; a thread of {ParentId}")]
    private partial void LogLookedUp(string channelId, string? parentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: channel {ChannelId} could not be read ({StatusCode}, code {ErrorCode}); its messages are read as in a channel of its own")]
    private partial void LogLookupRefused(string channelId, int statusCode, int? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord: channel {ChannelId} could not be looked up now ({Error}); its message is read as in a channel of its own")]
    private partial void LogLookupFailed(string channelId, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: the bot was added to thread {ThreadId}")]
    private partial void LogAddedToThread(string threadId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord: the bot was removed from thread {ThreadId}")]
    private partial void LogRemovedFromThread(string threadId);

    private sealed class Subscriptions(IDisposable[] subscriptions) : IDisposable
    {
        public void Dispose()
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}

/// <summary>A guild channel as far as the adapter cares: its type and, for a thread, the channel it belongs to.</summary>
internal sealed record DiscordChannelPlace(string Id, int Type, string? GuildId, string? ParentId)
{
    /// <summary>A channel Discord would not describe: treated as a channel of its own.</summary>
    public const int UnknownType = -1;

    public bool IsThread => ChannelTypes.IsThread(Type);

    /// <summary>The channel this thread belongs to; null for a channel that is not a thread.</summary>
    public string? ThreadOf => IsThread ? ParentId : null;
}
