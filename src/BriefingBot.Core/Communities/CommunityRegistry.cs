using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Communities;

/// <summary>
/// What chat has changed about communities, kept durably in <c>communities.json</c> in the data directory: groups
/// linked into a community, communities a global moderator opened for posting, each community's settings and the
/// community each user follows in private chats. A few small records written rarely, so one JSON file replaced
/// atomically (as briefing records are) serves: no database engine or native library to ship for it.
/// Readers get an immutable snapshot; writers go one at a time and return once the change is on disk.
/// </summary>
public sealed partial class CommunityRegistry : IDisposable
{
    public const string FileName = "communities.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly string _path;
    private readonly ILogger<CommunityRegistry> _logger;
    private volatile State _state;

    public CommunityRegistry(IOptions<BriefingBotOptions> options, ILogger<CommunityRegistry> logger)
    {
        _path = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), FileName);
        _logger = logger;
        _state = Load();
    }

    /// <summary>The community a group was linked into, if it was.</summary>
    public string? LinkOf(string groupKey) => _state.Links.GetValueOrDefault(groupKey);

    public IReadOnlyDictionary<string, string> Links => _state.Links;

    public bool IsOpened(string community) => _state.Opened.Contains(community);

    public IReadOnlySet<string> Opened => _state.Opened;

    public CommunitySettings SettingsOf(string community) => _state.Settings.GetValueOrDefault(community) ?? CommunitySettings.Default;

    public IReadOnlyDictionary<string, CommunitySettings> AllSettings => _state.Settings;

    /// <summary>The community a user chose to follow in private chats (<c>platform:userId</c>), if any.</summary>
    public string? FollowedBy(string userKey) => _state.Following.GetValueOrDefault(userKey);

    public Task LinkAsync(string groupKey, string community, CancellationToken cancellationToken) =>
        UpdateAsync(s => s with { Links = s.Links.SetItem(groupKey, community) }, cancellationToken);

    public Task OpenAsync(string community, bool open, CancellationToken cancellationToken) =>
        UpdateAsync(s => s with { Opened = open ? s.Opened.Add(community) : s.Opened.Remove(community) }, cancellationToken);

    public Task SetSettingsAsync(string community, Func<CommunitySettings, CommunitySettings> change, CancellationToken cancellationToken) =>
        UpdateAsync(s => s with { Settings = s.Settings.SetItem(community, change(s.Settings.GetValueOrDefault(community) ?? CommunitySettings.Default)) }, cancellationToken);

    public Task FollowAsync(string userKey, string? community, CancellationToken cancellationToken) =>
        UpdateAsync(s => s with { Following = community is null ? s.Following.Remove(userKey) : s.Following.SetItem(userKey, community) }, cancellationToken);

    public void Dispose() => _write.Dispose();

    private async Task UpdateAsync(Func<State, State> change, CancellationToken cancellationToken)
    {
        await _write.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var next = change(_state);
            var file = new RegistryFile
            {
                Links = new SortedDictionary<string, string>(next.Links, StringComparer.Ordinal),
                Opened = [.. next.Opened.Order(StringComparer.Ordinal)],
                Settings = new SortedDictionary<string, CommunitySettings>(next.Settings, StringComparer.Ordinal),
                Following = new SortedDictionary<string, string>(next.Following, StringComparer.Ordinal),
            };
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            await AtomicFile.WriteAsync(_path, JsonSerializer.SerializeToUtf8Bytes(file, Json), CancellationToken.None).ConfigureAwait(false);
            _state = next;
        }
        finally
        {
            _write.Release();
        }
    }

    private State Load()
    {
        if (!File.Exists(_path))
        {
            return State.Empty;
        }

        try
        {
            var file = JsonSerializer.Deserialize<RegistryFile>(File.ReadAllBytes(_path), Json) ?? new RegistryFile();
            return new State(
                (file.Links ?? []).ToImmutableDictionary(StringComparer.Ordinal),
                (file.Opened ?? []).ToImmutableHashSet(StringComparer.Ordinal),
                (file.Settings ?? []).ToImmutableDictionary(StringComparer.Ordinal),
                (file.Following ?? []).ToImmutableDictionary(StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            // Written atomically, so only a hand edit breaks it: links and settings are off (the safe side) until fixed.
            LogUnreadable(_path, e.Message);
            return State.Empty;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Community registry {Path} is unreadable and was ignored: {Reason}")]
    private partial void LogUnreadable(string path, string reason);

    private sealed record State(
        ImmutableDictionary<string, string> Links,
        ImmutableHashSet<string> Opened,
        ImmutableDictionary<string, CommunitySettings> Settings,
        ImmutableDictionary<string, string> Following)
    {
        public static readonly State Empty = new(
            ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableHashSet<string>.Empty.WithComparer(StringComparer.Ordinal),
            ImmutableDictionary<string, CommunitySettings>.Empty.WithComparers(StringComparer.Ordinal),
            ImmutableDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal));
    }

    private sealed class RegistryFile
    {
        public SortedDictionary<string, string>? Links { get; set; }

        public List<string>? Opened { get; set; }

        public SortedDictionary<string, CommunitySettings>? Settings { get; set; }

        public SortedDictionary<string, string>? Following { get; set; }
    }
}

/// <summary>A community's own settings, set by its moderators in chat. Null means the operator's default.</summary>
/// <param name="Language">Reply language, <c>ar</c> or <c>en</c>; the member's client language when not set.</param>
/// <param name="AskChat">A chat (<c>platform:chatId</c>) where every message is a question, no mention needed.</param>
/// <param name="AnnounceChat">A chat (<c>platform:chatId</c>) told about each new briefing of the community.</param>
/// <param name="QuestionsPerMinute">Questions one member may ask per minute in this community.</param>
public sealed record CommunitySettings(string? Language = null, string? AskChat = null, string? AnnounceChat = null, int? QuestionsPerMinute = null)
{
    public static readonly CommunitySettings Default = new();
}
