using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingBot.Tests.Cli;

/// <summary>The host as the console commands build it (no chat platform), over a data directory of the test's own.</summary>
internal static class ConsoleHost
{
    /// <summary>The shipped corpus, as the test project copies it.</summary>
    public static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpus");

    /// <summary>Built, not started; <paramref name="corpusDirectory"/> null leaves the host's own default.</summary>
    public static IHost Build(string dataDirectory, string? corpusDirectory, IDictionary<string, string?>? settings = null)
    {
        var builder = BotHost.CreateBuilder(quiet: true);
        var configuration = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["BriefingBot:DataDirectory"] = dataDirectory };
        if (corpusDirectory is not null)
        {
            configuration["BriefingBot:CorpusDirectory"] = corpusDirectory;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        return builder.Build();
    }

    /// <summary>Built, with its briefings loaded and indexed, ready for a console chat session.</summary>
    public static async Task<IHost> OpenAsync(string dataDirectory, string? corpusDirectory, IDictionary<string, string?>? settings = null)
    {
        var host = Build(dataDirectory, corpusDirectory, settings);
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        return host;
    }
}
