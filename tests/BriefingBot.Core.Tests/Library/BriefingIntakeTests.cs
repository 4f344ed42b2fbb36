using System.Text;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Library;

namespace BriefingBot.Core.Tests.Library;

public sealed class BriefingIntakeTests
{
    public static TheoryData<string, byte[], string?, IntakeRejection> BadUploads()
    {
        var utf8 = Encoding.UTF8;
        var html = "<!DOCTYPE html><html><head><title>x</title></head><body>" + string.Concat(Enumerable.Repeat("<p><span>نص</span></p>", 20)) + "</body></html>";
        var htmlFragment = string.Concat(Enumerable.Repeat("<div class=\"row\"><a href=\"/x\">رابط</a></div>\n", 15));
        return new TheoryData<string, byte[], string?, IntakeRejection>
        {
            { "no bytes", [], "a.md", IntakeRejection.Empty },
            { "only white space", utf8.GetBytes(" \n\n\t \n"), null, IntakeRejection.Empty },
            { "NUL bytes", [0x23, 0x20, 0x00, 0x01, 0x02, 0x41], "a.txt", IntakeRejection.Binary },
            { "a PDF", utf8.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >>"), "a.txt", IntakeRejection.Binary },
            { "control characters", utf8.GetBytes("نص " + new string('\u0001', 20) + " نص عادي هنا."), "a.txt", IntakeRejection.Binary },
            { "Windows-1256 Arabic", [0xE3, 0xE6, 0xD3, 0xDF, 0xE6, 0x20, 0xE6, 0xC8, 0xED, 0xE6, 0xDB, 0x2E], "a.txt", IntakeRejection.NotUtf8 },
            { "UTF-16", [0xFF, 0xFE, 0x45, 0x06, 0x48, 0x06], "a.txt", IntakeRejection.NotUtf8 },
            { "an HTML page", utf8.GetBytes(html), "a.md", IntakeRejection.Markup },
            { "an HTML fragment", utf8.GetBytes(htmlFragment), "a.md", IntakeRejection.Markup },
            { "RTF", utf8.GetBytes(@"{\rtf1\ansi\deff0 {\fonttbl {\f0 Arial;}} نص}"), "a.txt", IntakeRejection.Markup },
            { "headings only", utf8.GetBytes("# العنوان\n\n## قسم أول\n\n## قسم ثان\n"), "a.md", IntakeRejection.NoParagraphs },
            { "unclosed front matter", utf8.GetBytes("---\ndate: 2026-11-24\n\nنص الموجز هنا."), "a.md", IntakeRejection.BadHeader },
            { "a bad date", utf8.GetBytes("---\ndate: yesterday\n---\nنص الموجز هنا."), "a.md", IntakeRejection.BadHeader },
            { "a Word file", utf8.GetBytes(SampleBriefings.Make("word")), "briefing.docx", IntakeRejection.UnsupportedFileType },
            { "too large", utf8.GetBytes(SampleBriefings.Make("large") + new string('ا', 5000)), "a.md", IntakeRejection.TooLarge },
        };
    }

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_is_refused_with_its_reason_and_changes_neither_store_nor_index(string kind, byte[] content, string? fileName, IntakeRejection expected)
    {
        using var library = await TestLibrary.CreateAsync(maxBytes: 4000);
        await library.AddAsync(SampleBriefings.Make("existing"));
        var files = library.StoreFiles();
        var passages = library.Index.PassageCount;
        var fingerprint = library.Index.Fingerprint;

        var result = await library.Intake.SubmitAsync(new BriefingUpload(content, new BriefingOrigin("test", null, "1", "m"), fileName), CancellationToken.None);

        var rejected = Assert.IsType<BriefingRejected>(result);
        Assert.True(expected == rejected.Reason, $"{kind}: expected {expected}, got {rejected.Reason} ({rejected.Detail})");
        Assert.Equal(files, library.StoreFiles());
        Assert.Equal(passages, library.Index.PassageCount);
        Assert.Equal(fingerprint, library.Index.Fingerprint);
        Assert.Single(library.Catalog.All);
    }

    [Theory]
    [InlineData("briefing.pdf", 100, IntakeRejection.UnsupportedFileType)]
    [InlineData("briefing.md", 5000, IntakeRejection.TooLarge)]
    public async Task An_attachment_is_refused_by_name_or_declared_size_before_it_is_downloaded(string fileName, long size, IntakeRejection expected)
    {
        using var library = await TestLibrary.CreateAsync(maxBytes: 4000);

        Assert.Equal(expected, library.Intake.CheckAttachment(fileName, size)?.Reason);
        Assert.Null(library.Intake.CheckAttachment("briefing.TXT", 3999));
    }

    [Fact]
    public async Task Markdown_with_a_few_inline_tags_is_still_a_briefing()
    {
        using var library = await TestLibrary.CreateAsync();
        var text = SampleBriefings.Make("tags").Replace("بسرعة كبيرة", "بسرعة<br>كبيرة <b>جدًا</b>", StringComparison.Ordinal);

        Assert.IsType<BriefingAdded>(await library.SubmitAsync(text));
    }

    [Fact]
    public async Task A_valid_briefing_is_confirmed_only_once_it_is_stored_and_searchable()
    {
        using var library = await TestLibrary.CreateAsync();

        var added = Assert.IsType<BriefingAdded>(await library.SubmitAsync(SampleBriefings.Make("kappa")));

        Assert.False(added.Replaced);
        Assert.Equal(["السياسة", "الاقتصاد"], added.Briefing.Sections);
        Assert.Equal(4, added.Briefing.Passages.Count);
        Assert.Contains(library.StoreFiles(), f => f == added.Briefing.Id + ".json");
        Assert.Equal(added.Briefing.Passages.Count, library.Index.PassageCount);
        var answer = library.Ask("kappa");
        Assert.True(answer.Answered);
        Assert.All(answer.Passages, p => Assert.Equal(added.Briefing.Id, p.Passage.BriefingId));
    }

    [Fact]
    public async Task A_text_typed_after_the_command_is_taken_like_a_file()
    {
        using var library = await TestLibrary.CreateAsync();

        var result = await library.Intake.SubmitAsync(BriefingUpload.FromText(SampleBriefings.Make("typed"), new BriefingOrigin("discord", "g1", "5", "mod")), CancellationToken.None);

        Assert.IsType<BriefingAdded>(result);
    }

    [Fact]
    public async Task The_same_briefing_posted_twice_is_recognised_and_not_added_again()
    {
        using var library = await TestLibrary.CreateAsync();
        var text = SampleBriefings.Make("lambda");
        var first = await library.AddAsync(text);
        var files = library.StoreFiles();

        // The same words with other line breaks and spacing are the same briefing.
        var repost = text.Replace("\n\n", "\n\n\n", StringComparison.Ordinal).Replace("إن العلاقات", "إن  العلاقات", StringComparison.Ordinal);
        var again = await library.SubmitAsync(repost, fileName: "again.txt");

        Assert.Equal(first.Id, Assert.IsType<BriefingAlreadyPresent>(again).Existing.Id);
        Assert.Equal(files, library.StoreFiles());
        Assert.Equal(first.Passages.Count, library.Index.PassageCount);
    }

    [Fact]
    public async Task A_briefing_without_a_date_is_dated_today_and_keeps_that_date_after_a_restart()
    {
        var today = new FixedTime(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var library = await TestLibrary.CreateAsync(time: today);
        var text = "# موجز بلا تاريخ\n\nقال الخبير أندريه بولياكوف إن العلاقات تتطور في مجال mu.\n";
        var added = await library.AddAsync(text);
        Assert.Equal(new DateOnly(2026, 11, 25), added.Date);

        using var reopened = library.Reopen();
        await reopened.Library.InitializeAsync(CancellationToken.None);

        var loaded = Assert.Single(reopened.Catalog.All);
        Assert.Equal(added.Id, loaded.Id);
        Assert.Equal(added.Date, loaded.Date);
        Assert.Equal(added.Title, loaded.Title);
    }

    [Fact]
    public async Task A_title_given_beside_the_text_is_kept_after_a_restart()
    {
        var library = await TestLibrary.CreateAsync();
        var added = await library.AddAsync(SampleBriefings.Make("nu"), new BriefingHeader(Title: "عنوان المشرف"));

        using var reopened = library.Reopen();
        await reopened.Library.InitializeAsync(CancellationToken.None);

        Assert.Equal("عنوان المشرف", Assert.Single(reopened.Catalog.All).Title);
        Assert.Equal(added.Passages.Count, reopened.Index.PassageCount);
    }

    [Fact]
    public async Task Announcers_hear_of_added_briefings_only_and_a_failing_one_does_not_fail_the_post()
    {
        var heard = new RecordingAnnouncer();
        using var library = await TestLibrary.CreateAsync(announcers: [new FailingAnnouncer(), heard]);
        var text = SampleBriefings.Make("xi");

        var added = Assert.IsType<BriefingAdded>(await library.SubmitAsync(text));
        Assert.IsType<BriefingAlreadyPresent>(await library.SubmitAsync(text));
        Assert.IsType<BriefingRejected>(await library.SubmitAsync(string.Empty));

        var announced = Assert.Single(heard.Announced);
        Assert.Equal(added.Briefing.Id, announced.Briefing.Id);
        Assert.Equal("Moderator", announced.Origin.UserName);
    }

    [Fact]
    public async Task Posts_arriving_together_are_all_stored_and_indexed()
    {
        using var library = await TestLibrary.CreateAsync();
        var markers = Enumerable.Range(0, 6).Select(i => $"concurrent{i}").ToList();

        var results = await Task.WhenAll(markers.Select(m => Task.Run(() => library.SubmitAsync(SampleBriefings.Make(m)))));

        Assert.All(results, r => Assert.IsType<BriefingAdded>(r));
        Assert.Equal(6, library.Catalog.All.Count);
        Assert.Equal(12, library.StoreFiles().Length);
        Assert.Equal(library.Catalog.All.Sum(b => b.Passages.Count), library.Index.PassageCount);
        Assert.Equal(BriefingLibrary.Fingerprint(library.Catalog.All), library.Index.Fingerprint);
    }

    private sealed class RecordingAnnouncer : IBriefingAnnouncer
    {
        public List<(Briefing Briefing, BriefingOrigin Origin)> Announced { get; } = [];

        public Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken)
        {
            Announced.Add((briefing, origin));
            return Task.CompletedTask;
        }
    }

    private sealed class FailingAnnouncer : IBriefingAnnouncer
    {
        public Task AnnounceAsync(Briefing briefing, BriefingOrigin origin, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("The channel is gone.");
    }
}
