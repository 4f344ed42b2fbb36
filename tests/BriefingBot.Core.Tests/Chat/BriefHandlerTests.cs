using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Library;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Chat;

public sealed class BriefHandlerTests
{
    private static readonly BriefingTexts Arabic = BriefingTexts.For(ChatLanguage.Arabic);

    [Fact]
    public async Task A_moderator_posting_a_text_briefing_gets_the_confirmation_and_members_can_ask_about_it_at_once()
    {
        using var services = await ChatTestServices.CreateAsync();

        var reply = await services.Engine.HandleAsync(Moderator("/brief " + SampleBriefings.Make("زمردستان")), CancellationToken.None);

        var added = Assert.Single(services.Get<BriefingCatalog>().All, b => b.Title.Contains("زمردستان", StringComparison.Ordinal));
        var text = SingleText(reply);
        Assert.Equal(Arabic.Added(added, replaced: false), text);
        Assert.StartsWith("تمت إضافة الموجز «", text, StringComparison.Ordinal);
        Assert.Contains("الاقتصاد", text, StringComparison.Ordinal);
        Assert.Contains(BriefingTexts.ArabicPassages(added.Passages.Count), text, StringComparison.Ordinal);
        var answer = await services.Engine.HandleAsync(ChatTestServices.Private("زمردستان", user: "member"), CancellationToken.None);
        Assert.Contains(answer.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == added.Id && p.Text.Contains("زمردستان", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_briefing_attached_as_a_markdown_file_under_the_arabic_command_is_added_and_becomes_today()
    {
        using var services = await ChatTestServices.CreateAsync();
        var message = Moderator("/موجز") with { Attachments = [Attachment("today.md", SampleBriefings.Make("ياقوتستان", date: "2030-01-02"))] };

        var reply = await services.Engine.HandleAsync(message, CancellationToken.None);
        var today = await services.Engine.HandleAsync(ChatTestServices.Private("/today"), CancellationToken.None);
        var list = await services.Engine.HandleAsync(ChatTestServices.Private("/briefings"), CancellationToken.None);

        var latest = services.Get<BriefingCatalog>().Latest!;
        Assert.Contains("ياقوتستان", latest.Title, StringComparison.Ordinal);
        Assert.Equal(Arabic.Added(latest, replaced: false), SingleText(reply));
        Assert.Equal(latest.Id, today.Blocks.OfType<BriefingBlock>().Single().Id);
        Assert.Equal(latest.Sections, today.Blocks.OfType<BriefingBlock>().Single().Sections);
        Assert.Equal(latest.Id, list.Blocks.OfType<BriefingBlock>().First().Id);
    }

    [Fact]
    public async Task A_member_who_is_no_moderator_is_refused_and_nothing_changes()
    {
        using var services = await ChatTestServices.CreateAsync();
        var before = Snapshot(services);
        var message = ChatTestServices.Private("/brief " + SampleBriefings.Make("ممنوع"), user: "member") with
        {
            Attachments = [Attachment("a.md", SampleBriefings.Make("ممنوع2"))],
        };

        var reply = await services.Engine.HandleAsync(message, CancellationToken.None);
        var unbrief = await services.Engine.HandleAsync(ChatTestServices.Private("/unbrief 2026-11-23-moscow-pyongyang", user: "member"), CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, SingleText(reply));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, SingleText(unbrief));
        Assert.Equal(before, Snapshot(services));
    }

    [Fact]
    public async Task A_configured_moderator_id_may_post_though_the_platform_reports_a_member()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Chat:Moderators:0"] = "test:editor" });

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("/brief " + SampleBriefings.Make("عقيقستان"), user: "editor"), CancellationToken.None);

        Assert.StartsWith("تمت إضافة الموجز", SingleText(reply), StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, byte[], IntakeRejection> BadAttachments() => new()
    {
        { "binary", "briefing.md", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x01, 0x02], IntakeRejection.Binary },
        { "Windows-1256", "briefing.txt", [0xE3, 0xE6, 0xD3, 0xDF, 0xE6, 0x20, 0xE6, 0xC8, 0xED, 0xE6, 0xDB, 0x2E], IntakeRejection.NotUtf8 },
        { "too large", "briefing.md", Encoding.UTF8.GetBytes(SampleBriefings.Make("كبير") + new string('ا', 5000)), IntakeRejection.TooLarge },
        { "empty", "briefing.md", Encoding.UTF8.GetBytes("  \n \n"), IntakeRejection.Empty },
        { "markup", "page.md", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><p>نص</p></body></html>"), IntakeRejection.Markup },
        { "a PDF by name", "briefing.pdf", Encoding.UTF8.GetBytes(SampleBriefings.Make("pdf")), IntakeRejection.UnsupportedFileType },
        { "headings only", "briefing.md", Encoding.UTF8.GetBytes("# عنوان\n\n## قسم\n"), IntakeRejection.NoParagraphs },
    };

    [Theory]
    [MemberData(nameof(BadAttachments))]
    public async Task A_bad_attachment_gets_a_polite_reply_with_its_reason_and_nothing_is_stored(string kind, string? fileName, byte[] content, IntakeRejection reason)
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Briefings:MaxBytes"] = "4000" });
        var before = Snapshot(services);

        var reply = await services.Engine.HandleAsync(Moderator("/brief") with { Attachments = [Attachment(fileName, content)] }, CancellationToken.None);

        Assert.True(Arabic.Rejected(reason, 4000) == SingleText(reply), kind);
        Assert.Equal(TextRole.Notice, Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Role);
        Assert.Equal(before, Snapshot(services));
    }

    [Fact]
    public async Task An_empty_brief_command_asks_for_the_text_and_stores_nothing()
    {
        using var services = await ChatTestServices.CreateAsync();
        var before = Snapshot(services);

        var reply = await services.Engine.HandleAsync(Moderator("/brief"), CancellationToken.None);

        Assert.Equal(Arabic.Rejected(IntakeRejection.Empty, 0), SingleText(reply));
        Assert.Equal(before, Snapshot(services));
    }

    [Fact]
    public async Task An_oversized_attachment_is_refused_by_its_declared_size_without_being_downloaded()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Briefings:MaxBytes"] = "4000" });
        var opened = false;
        var attachment = new ChatAttachment("big.md", "text/markdown", 10_000, _ =>
        {
            opened = true;
            return Task.FromResult<Stream>(new MemoryStream());
        });

        var reply = await services.Engine.HandleAsync(Moderator("/brief") with { Attachments = [attachment] }, CancellationToken.None);

        Assert.Equal(Arabic.Rejected(IntakeRejection.TooLarge, 4000), SingleText(reply));
        Assert.False(opened);
    }

    [Fact]
    public async Task An_attachment_that_hides_its_size_is_read_no_further_than_one_byte_past_the_limit()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Briefings:MaxBytes"] = "4000" });
        var stream = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(new string('ا', 100_000))));
        var attachment = new ChatAttachment("big.md", null, null, _ => Task.FromResult<Stream>(stream));

        var reply = await services.Engine.HandleAsync(Moderator("/brief") with { Attachments = [attachment] }, CancellationToken.None);

        Assert.Equal(Arabic.Rejected(IntakeRejection.TooLarge, 4000), SingleText(reply));
        Assert.Equal(4001, stream.BytesRead);
        Assert.True(stream.Disposed);
    }

    [Fact]
    public async Task The_same_briefing_posted_twice_is_recognised_and_not_added_again()
    {
        using var services = await ChatTestServices.CreateAsync();
        var text = SampleBriefings.Make("مكرر");
        await services.Engine.HandleAsync(Moderator("/brief " + text), CancellationToken.None);
        var before = Snapshot(services);

        var again = await services.Engine.HandleAsync(Moderator("/brief") with { Attachments = [Attachment("again.md", text)] }, CancellationToken.None);

        var existing = Assert.Single(services.Get<BriefingCatalog>().All, b => b.Title.Contains("مكرر", StringComparison.Ordinal));
        Assert.Equal(Arabic.AlreadyPresent(existing), SingleText(again));
        Assert.Equal(before, Snapshot(services));
    }

    [Fact]
    public async Task Unbrief_removes_a_posted_briefing_from_store_and_index_and_refuses_shipped_or_unknown_ids()
    {
        using var services = await ChatTestServices.CreateAsync();
        var before = Snapshot(services);
        await services.Engine.HandleAsync(Moderator("/brief " + SampleBriefings.Make("زائل")), CancellationToken.None);
        var posted = Assert.Single(services.Get<BriefingCatalog>().All, b => b.Title.Contains("زائل", StringComparison.Ordinal));

        var removed = await services.Engine.HandleAsync(Moderator("/حذف_موجز " + posted.Id), CancellationToken.None);
        var shipped = await services.Engine.HandleAsync(Moderator("/unbrief 2026-11-23-moscow-pyongyang"), CancellationToken.None);
        var unknown = await services.Engine.HandleAsync(Moderator("/unbrief nothing-here"), CancellationToken.None);
        var bare = await services.Engine.HandleAsync(Moderator("/unbrief"), CancellationToken.None);
        var answer = await services.Engine.HandleAsync(ChatTestServices.Private("زائل", user: "member"), CancellationToken.None);

        Assert.StartsWith("تم حذف الموجز «", SingleText(removed), StringComparison.Ordinal);
        Assert.Equal(Arabic.Removal(new LibraryRemoveResult(RemoveOutcome.ShippedWithBot, null), "2026-11-23-moscow-pyongyang"), SingleText(shipped));
        Assert.Equal(Arabic.Removal(new LibraryRemoveResult(RemoveOutcome.NotFound, null), "nothing-here"), SingleText(unknown));
        Assert.Equal(Arabic.UnbriefUsage, SingleText(bare));
        Assert.Equal(before, Snapshot(services));
        Assert.DoesNotContain(answer.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == posted.Id);
    }

    [Fact]
    public async Task Replies_to_a_moderator_with_an_english_client_are_in_english()
    {
        using var services = await ChatTestServices.CreateAsync();

        var reply = await services.Engine.HandleAsync(Moderator("/brief", language: "en") with { Attachments = [Attachment("x.docx", "نص")] }, CancellationToken.None);

        Assert.Equal(BriefingTexts.For(ChatLanguage.English).Rejected(IntakeRejection.UnsupportedFileType, 0), SingleText(reply));
    }

    /// <summary>The operator at the terminal, in a private chat: a global moderator, whose posts there are shared.</summary>
    private static IncomingMessage Moderator(string text, string? language = null) =>
        ChatTestServices.Private(text, user: "mod", language: language) with { Role = SenderRole.Operator };

    private static ChatAttachment Attachment(string? fileName, string text) => Attachment(fileName, Encoding.UTF8.GetBytes(text));

    private static ChatAttachment Attachment(string? fileName, byte[] content) =>
        new(fileName, "text/markdown", content.Length, _ => Task.FromResult<Stream>(new MemoryStream(content)));

    private static string SingleText(ChatReply reply) => Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text;

    /// <summary>What a refused post must leave alone: the store's files, the index and the catalog.</summary>
    private static string Snapshot(ChatTestServices services)
    {
        var store = services.Get<IOptions<BriefingBotOptions>>().Value.StoreDirectory;
        string?[] files = Directory.Exists(store) ? [.. Directory.GetFiles(store).Select(Path.GetFileName).Order(StringComparer.Ordinal)] : [];
        var index = services.Get<BriefingLibrary>().Index;
        var catalog = services.Get<BriefingCatalog>().All.Select(b => b.Id);
        return $"{string.Join(",", files)}|{index.PassageCount}|{index.Fingerprint}|{string.Join(",", catalog)}";
    }

    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }

        public bool Disposed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            BytesRead += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
