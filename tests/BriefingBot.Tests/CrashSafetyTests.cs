using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using BriefingBot.Core;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;
using Directory = System.IO.Directory;

namespace BriefingBot.Tests;

/// <summary>
/// The promise "nothing acknowledged is ever lost", tested the hard way: the real host adds briefings in a child
/// process (<c>ingest</c> prints <c>ACK id</c> exactly when a chat post would be confirmed) and is killed with SIGKILL
/// at random moments, round after round over the same data directory. After every kill the library is opened
/// again, as a restart would, and must hold every acknowledged briefing, whole, with index and store agreeing.
/// Rounds: <c>BRIEFINGBOT_CRASH_ROUNDS</c> (default 12), but no new round starts after <c>BRIEFINGBOT_CRASH_SECONDS</c>
/// (default 45) once <see cref="MinRounds"/> are done, so a busy machine shortens the run instead of stretching it;
/// seed: <c>BRIEFINGBOT_CRASH_SEED</c>.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : IDisposable
{
    private const int BriefingsPerRound = 4;
    private const int MinRounds = 5;

    /// <summary>The stored field of the passage index holding the briefing id (see PassageFields in the core).</summary>
    private const string BriefingIdField = "briefing";

    private readonly string _root = HostProcess.NewTempDirectory();
    private readonly BriefingParser _parser = new();

    private string DataDirectory => Path.Combine(_root, "data");

    [Fact]
    public async Task Acknowledged_briefings_survive_SIGKILL_at_random_moments_whole_and_with_index_and_store_agreeing()
    {
        var rounds = EnvInt("BRIEFINGBOT_CRASH_ROUNDS", 12);
        var budget = TimeSpan.FromSeconds(EnvInt("BRIEFINGBOT_CRASH_SECONDS", 45));
        var seed = EnvInt("BRIEFINGBOT_CRASH_SEED", Environment.TickCount);
        var random = new Random(seed);
        output.WriteLine($"seed {seed}, {rounds} rounds");
        var body = HostProcess.SeedBody();
        var submitted = new Dictionary<string, Generated>(StringComparer.Ordinal);
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        var killedMidway = 0;
        var started = Stopwatch.GetTimestamp();
        var round = 0;

        for (; round < rounds && (round < MinRounds || Stopwatch.GetElapsedTime(started) < budget); round++)
        {
            var inbox = Path.Combine(_root, $"round-{round:D3}");
            Directory.CreateDirectory(inbox);
            for (var k = 0; k < BriefingsPerRound; k++)
            {
                var generated = Generate(body, round, k, random);
                submitted[generated.Id] = generated;
                await File.WriteAllTextAsync(Path.Combine(inbox, $"{k}.md"), generated.Text);
            }

            var (acks, done) = await RunAndKillAsync(inbox, random, round);
            acknowledged.UnionWith(acks);
            killedMidway += done ? 0 : 1;

            await VerifyAfterRestartAsync(acknowledged, submitted, $"seed {seed}, round {round}");
        }

        output.WriteLine($"{acknowledged.Count} acknowledged of {submitted.Count} submitted; {killedMidway} of {round} rounds killed before the end; {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        Assert.True(killedMidway > 0, "No round was killed before it finished: the test exercised no crash.");
        Assert.NotEmpty(acknowledged);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>
    /// Starts the host on the round's briefings and kills it at a random moment: mostly right after a random number
    /// of acknowledgements plus a random few milliseconds (inside the store write or the index commit of the next
    /// one), sometimes during start-up. Returns the ids acknowledged before it died and whether it finished first.
    /// </summary>
    private async Task<(List<string> Acks, bool Done)> RunAndKillAsync(string inbox, Random random, int round)
    {
        using var process = HostProcess.Start(DataDirectory, "ingest", inbox);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var acks = new List<string>();
        var done = false;
        var killed = false;
        var killAfterAcks = random.Next(-1, BriefingsPerRound);
        var delay = TimeSpan.FromMilliseconds(random.Next(0, 120));
        using var timeout = new CancellationTokenSource(HostProcess.HangGuard);

        if (killAfterAcks < 0)
        {
            // Kill during start-up or the first briefing: the restart after it must cope too.
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(50, 1500)), timeout.Token);
            Kill(process);
            killed = true;
        }

        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ACK ", StringComparison.Ordinal))
            {
                acks.Add(line.Split(' ')[1]);
            }
            else if (line == "DONE")
            {
                done = true;
            }
            else if (line != "READY")
            {
                Assert.Fail($"Unexpected output of the host: {line}");
            }

            if (killAfterAcks >= 0 && (line == "READY" ? 0 : acks.Count) == killAfterAcks && !process.HasExited)
            {
                await Task.Delay(delay, timeout.Token);
                Kill(process);
                killed = true;
                killAfterAcks = -2;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        var errors = await stderr;
        output.WriteLine($"round {round}: {acks.Count} ACK, {(done ? "finished" : "killed")} (exit {process.ExitCode})");
        // A kill can land after DONE was printed but before the process exited: only an unkilled run must exit 0.
        if (done && !killed)
        {
            Assert.True(process.ExitCode == 0, errors);
        }

        return (acks, done);
    }

    private static void Kill(Process process)
    {
        try
        {
            // SIGKILL on Linux: no finally blocks, no flushing, no disposal.
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }
    }

    private async Task VerifyAfterRestartAsync(HashSet<string> acknowledged, Dictionary<string, Generated> submitted, string context)
    {
        var recorded = VerifyRawStore(context);
        var leftovers = LeftoverCount();
        var indexDirectory = PassageIndex.FilesDirectory(Path.Combine(DataDirectory, "index")) ?? Path.Combine(DataDirectory, "index");

        // As the crash left it, before any repair: the index is never ahead of the store (the store is written
        // first) and never holds part of a briefing (a Lucene commit is atomic).
        var rawIndex = CountIndexedPassages(indexDirectory);
        foreach (var (id, count) in rawIndex.Where(e => submitted.ContainsKey(e.Key)))
        {
            Assert.True(recorded.Contains(id), $"{context}: the index has {id}, the store does not");
            Assert.Equal(submitted[id].PassageCount, count);
        }

        var indexBehind = recorded.Count(id => !rawIndex.ContainsKey(id));

        var corpus = Path.Combine(AppContext.BaseDirectory, "corpus");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BriefingBot:DataDirectory"] = DataDirectory,
            ["BriefingBot:CorpusDirectory"] = corpus,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddBriefingCore(configuration).BuildServiceProvider();
        var library = services.GetRequiredService<BriefingLibrary>();
        await library.InitializeAsync(CancellationToken.None);
        var answerer = services.GetRequiredService<QuestionAnswerer>();
        var shipped = await CorpusDirectory.LoadAsync(corpus, _parser, CancellationToken.None);

        var stored = library.Catalog.All.Where(b => !shipped.Any(s => s.Id == b.Id)).Select(b => b.Id).ToHashSet(StringComparer.Ordinal);
        Assert.True(acknowledged.IsSubsetOf(stored), $"{context}: acknowledged but lost: {string.Join(", ", acknowledged.Except(stored))}");
        Assert.True(stored.IsSubsetOf(submitted.Keys), $"{context}: stored but never submitted: {string.Join(", ", stored.Except(submitted.Keys))}");

        foreach (var id in acknowledged)
        {
            var answer = answerer.Answer(new AnswerRequest(submitted[id].Marker, Top: 10));
            Assert.True(answer.Passages.Any(p => p.Passage.BriefingId == id), $"{context}: {id} is acknowledged but its marker finds nothing");
        }

        // No half briefing: every briefing in the index has all its passages, and index and store hold the same ids.
        var indexRoot = services.GetRequiredService<IOptions<BriefingBotOptions>>().Value.IndexDirectory;
        var indexed = CountIndexedPassages(PassageIndex.FilesDirectory(indexRoot) ?? indexRoot);
        var expected = stored.ToDictionary(id => id, id => submitted[id].PassageCount, StringComparer.Ordinal);
        foreach (var s in shipped)
        {
            expected[s.Id] = s.Passages.Count;
        }

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), indexed.OrderBy(e => e.Key, StringComparer.Ordinal));
        output.WriteLine($"  after restart: {stored.Count} stored, {stored.Count(id => !acknowledged.Contains(id))} of them durable but never acknowledged; before it: {leftovers} leftover file(s), index behind the store by {indexBehind}");
    }

    private int LeftoverCount()
    {
        var store = Path.Combine(DataDirectory, "briefings");
        if (!Directory.Exists(store))
        {
            return 0;
        }

        var referenced = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var record in Directory.GetFiles(store, "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(record));
            referenced.Add(json.RootElement.GetProperty("textFile").GetString());
        }

        return Directory.GetFiles(store).Select(Path.GetFileName).Count(f => !f!.EndsWith(".json", StringComparison.Ordinal) && !referenced.Contains(f));
    }

    /// <summary>Every metadata record names a text file that exists and has the recorded hash. Returns the recorded ids.</summary>
    private HashSet<string> VerifyRawStore(string context)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var store = Path.Combine(DataDirectory, "briefings");
        if (!Directory.Exists(store))
        {
            return ids;
        }

        foreach (var record in Directory.GetFiles(store, "*.json"))
        {
            ids.Add(Path.GetFileNameWithoutExtension(record));
            using var json = JsonDocument.Parse(File.ReadAllBytes(record));
            var textFile = Path.Combine(store, json.RootElement.GetProperty("textFile").GetString()!);
            Assert.True(File.Exists(textFile), $"{context}: {Path.GetFileName(record)} points at a missing text file");
            Assert.Equal(json.RootElement.GetProperty("textSha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(textFile))));
        }

        return ids;
    }

    /// <summary>Passages per briefing id in the last commit of the index; empty when there is no index yet.</summary>
    private static Dictionary<string, int> CountIndexedPassages(string indexDirectory)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Directory.Exists(indexDirectory))
        {
            return counts;
        }

        using var directory = FSDirectory.Open(indexDirectory);
        if (!DirectoryReader.IndexExists(directory))
        {
            return counts;
        }

        using var reader = DirectoryReader.Open(directory);
        var liveDocs = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is not null && !liveDocs.Get(doc))
            {
                continue;
            }

            var id = reader.Document(doc).Get(BriefingIdField);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return counts;
    }

    /// <summary>A distinct briefing: the seed text with its own id, date and a made-up marker word in its last paragraph.</summary>
    private Generated Generate(string body, int round, int k, Random random)
    {
        var id = $"crash-{round:D3}-{k}";
        var marker = $"mrk{round:D3}x{k}q{random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture)}";
        var date = new DateOnly(2026, 1, 1).AddDays((round * BriefingsPerRound) + k);
        var text = $"---\nid: {id}\ndate: {date:yyyy-MM-dd}\n---\n# موجز {id}\n\n{body.TrimEnd()} {marker}\n";
        return new Generated(id, marker, text, _parser.Parse(text).Passages.Count);
    }

    private static int EnvInt(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    private sealed record Generated(string Id, string Marker, string Text, int PassageCount);
}
