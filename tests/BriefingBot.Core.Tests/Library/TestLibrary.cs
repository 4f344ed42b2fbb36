using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;
using BriefingBot.Core.Search;
using BriefingBot.Core.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Library;

/// <summary>
/// The real library over a temporary data directory: file store, Lucene index on disk, catalog, intake and answerer.
/// <see cref="Reopen"/> disposes it and opens a new one over the same directory, as a restart does.
/// </summary>
internal sealed class TestLibrary : IDisposable
{
    private readonly bool _ownsDirectory;

    private TestLibrary(string dataDirectory, string corpusDirectory, int maxBytes, IReadOnlyList<IBriefingAnnouncer> announcers, TimeProvider time, bool ownsDirectory)
    {
        _ownsDirectory = ownsDirectory;
        Options = new BriefingBotOptions { DataDirectory = dataDirectory, CorpusDirectory = corpusDirectory };
        Parser = new BriefingParser();
        Index = PassageIndex.Open(Options.IndexDirectory);
        Catalog = new BriefingCatalog();
        Store = new FileBriefingStore(Microsoft.Extensions.Options.Options.Create(Options), Parser, NullLogger<FileBriefingStore>.Instance);
        Library = new BriefingLibrary(Microsoft.Extensions.Options.Options.Create(Options), Parser, Index, Catalog, Store, NullLogger<BriefingLibrary>.Instance);
        Intake = new BriefingIntake(Library, Parser, Microsoft.Extensions.Options.Options.Create(new BriefingIntakeOptions { MaxBytes = maxBytes }), announcers, time, NullLogger<BriefingIntake>.Instance);
        Answerer = new QuestionAnswerer(Index, Catalog, Microsoft.Extensions.Options.Options.Create(new AnsweringOptions()));
        MaxBytes = maxBytes;
        Announcers = announcers;
        Time = time;
    }

    public BriefingBotOptions Options { get; }

    public BriefingParser Parser { get; }

    public PassageIndex Index { get; }

    public BriefingCatalog Catalog { get; }

    public FileBriefingStore Store { get; }

    public BriefingLibrary Library { get; }

    public BriefingIntake Intake { get; }

    public QuestionAnswerer Answerer { get; }

    public int MaxBytes { get; }

    public IReadOnlyList<IBriefingAnnouncer> Announcers { get; }

    public TimeProvider Time { get; }

    public string StoreDirectory => Options.StoreDirectory;

    public static async Task<TestLibrary> CreateAsync(
        int maxBytes = BriefingIntakeOptions.DefaultMaxBytes,
        IReadOnlyList<IBriefingAnnouncer>? announcers = null,
        TimeProvider? time = null,
        string? corpusDirectory = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "briefingbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var library = new TestLibrary(data, corpusDirectory ?? Path.Combine(data, "no-corpus"), maxBytes, announcers ?? [], time ?? TimeProvider.System, ownsDirectory: true);
        await library.Library.InitializeAsync(CancellationToken.None);
        return library;
    }

    /// <summary>Closes this library and opens a new one over the same directories, without initialising it.</summary>
    public TestLibrary Reopen()
    {
        DisposeParts();
        return new TestLibrary(Options.DataDirectory, Options.CorpusDirectory, MaxBytes, Announcers, Time, ownsDirectory: true);
    }

    public Task<IntakeResult> SubmitAsync(string text, string? fileName = "briefing.md", BriefingHeader? header = null) =>
        Intake.SubmitAsync(new BriefingUpload(Encoding.UTF8.GetBytes(text), new BriefingOrigin("test", "chat-1", "42", "Moderator"), fileName, header), CancellationToken.None);

    public async Task<Briefing> AddAsync(string text, BriefingHeader? header = null)
    {
        var result = await SubmitAsync(text, header: header);
        return Assert.IsType<BriefingAdded>(result).Briefing;
    }

    public Answer Ask(string question, bool latestOnly = false) => Answerer.Answer(new AnswerRequest(question, Top: 10, LatestOnly: latestOnly));

    public string[] StoreFiles() =>
        Directory.Exists(StoreDirectory) ? [.. Directory.GetFiles(StoreDirectory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    public void Dispose()
    {
        DisposeParts();
        if (_ownsDirectory)
        {
            try
            {
                Directory.Delete(Options.DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    private void DisposeParts()
    {
        Index.Dispose();
        Store.Dispose();
    }
}

/// <summary>Small briefings in the shape moderators post: front matter, a title heading, sections, paragraphs.</summary>
internal static class SampleBriefings
{
    /// <param name="marker">A made-up word only this briefing contains, so a search for it finds this briefing alone.</param>
    public static string Make(string marker, string date = "2026-11-24", string? id = null, string shared = "تناول الاجتماع ملف الطاقة qwerty بين البلدين بالتفصيل.") =>
        $"""
        ---
        {(id is null ? string.Empty : $"id: {id}")}
        date: {date}
        ---
        # موجز اليوم {marker}

        ## السياسة
        قال الخبير أندريه بولياكوف إن العلاقات تتطور بسرعة كبيرة في مجال {marker} خلال هذا العام.

        ويضيف أن موسكو تبحث عن شركاء جدد في الشرق.

        ## الاقتصاد
        {shared}

        يرى مراقبون أن التعاون الاقتصادي سيتوسع في العام المقبل.
        """;

    public static string Seed()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "corpus", "2026-11-23-moscow-pyongyang.ar.md");
        return File.ReadAllText(path);
    }
}

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
