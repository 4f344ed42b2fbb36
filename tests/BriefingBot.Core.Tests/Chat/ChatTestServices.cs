using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Tests.Chat;

/// <summary>The real chat core over the real index of the shipped corpus, in a temporary data directory.</summary>
public sealed class ChatTestServices : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefingbot-chat-" + Guid.NewGuid().ToString("N"));

    private ChatTestServices(IDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["BriefingBot:DataDirectory"] = Path.Combine(_root, "data"),
            ["BriefingBot:CorpusDirectory"] = Path.Combine(AppContext.BaseDirectory, "corpus"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var config = new ConfigurationBuilder().AddInMemoryCollection(configuration).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBriefingCore(config).AddChatCore(config);
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider();
    }

    public ChatEngine Engine => _provider.GetRequiredService<ChatEngine>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<ChatTestServices> CreateAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var services = new ChatTestServices(settings, configure);
        await services.Get<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        return services;
    }

    /// <summary>The services as the host builds them, before the library is opened: the caller opens it.</summary>
    public static ChatTestServices CreateUnopened(Action<IServiceCollection>? configure = null) => new(null, configure);

    /// <summary>The services without loading the briefings: enough for parsing and anything that does not search.</summary>
    public static ChatTestServices CreateWithoutBriefings() => new(null, null);

    public static IncomingMessage Private(string text, string user = "u1", string? language = null) =>
        new("test", "chat-" + user, user, user, ChatKind.Private, AddressedToBot: false, ReplyToBot: false, text, "1") { LanguageCode = language };

    /// <summary>A message in a group chat of group <paramref name="group"/> (a community of its own unless configured).</summary>
    public static IncomingMessage Group(string text, string group, string user = "u1", SenderRole role = SenderRole.Member, string? language = null) =>
        new("test", "chat-" + group, user, user, ChatKind.Group, AddressedToBot: true, ReplyToBot: false, text, "1") { LanguageCode = language, GroupId = group, Role = role };

    public void Dispose()
    {
        _provider.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp directory eventually.
        }
    }
}
