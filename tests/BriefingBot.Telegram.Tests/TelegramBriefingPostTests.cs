using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Telegram.Tests;

/// <summary>Moderators posting briefings through Telegram, against the fake Bot API: documents, refusals, announcements.</summary>
public sealed class TelegramBriefingPostTests : IAsyncLifetime
{
    private static readonly FakeUser Member = new(5001, "ليلى", "layla");
    private static readonly FakeUser Admin = new(5003, "مشرف", "editor");
    private static readonly FakeChat Group = FakeChat.Group(-100400500);
    private static readonly BriefingTexts Arabic = BriefingTexts.For(ChatLanguage.Arabic);
    private readonly BotWorkspace _workspace = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.SetAdministrators(Group, Admin);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _workspace.Dispose();
    }

    [Fact]
    public async Task An_admin_posting_a_markdown_document_is_confirmed_only_once_a_question_right_after_finds_it()
    {
        await using var bot = await StartAsync();

        var posted = _api.SendDocument(Group, Admin, "today.md", Briefing("زبرجدستان"), caption: "/brief");
        var confirmation = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == posted);
        var asked = _api.SendText(Group, Member, "/ask زبرجدستان");
        var answer = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        var added = bot.Services.GetRequiredService<BriefingCatalog>().Latest!;
        Assert.Contains("زبرجدستان", added.Title, StringComparison.Ordinal);
        Assert.StartsWith("تمت إضافة الموجز «" + added.Title + "»", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("الاقتصاد", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("عدد الفقرات:", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("يتوسع التعاون في زبرجدستان", answer.Text, StringComparison.Ordinal);
        Assert.Single(_api.Downloads);
    }

    [Fact]
    public async Task An_anonymous_admin_posting_as_the_group_is_answered_and_may_post_a_briefing()
    {
        await using var bot = await StartAsync();

        var help = _api.SendTextAsGroup(Group, "/help");
        var helped = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == help);
        var asked = _api.SendTextAsGroup(Group, "/ask ماذا قال بولياكوف؟");
        var answered = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        var posted = _api.SendDocumentAsGroup(Group, "today.md", Briefing("ياقوتستان"), caption: "/brief");
        var confirmation = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == posted);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Help, helped.Text);
        Assert.StartsWith("ما قاله أندريه بولياكوف في الموجزات:", answered.Text, StringComparison.Ordinal);
        Assert.StartsWith("تمت إضافة الموجز «موجز ياقوتستان»", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Services.GetRequiredService<BriefingCatalog>().All, b => b.Title == "موجز ياقوتستان" && b.Community == "news");
    }

    [Fact]
    public async Task A_member_posting_a_document_is_refused_and_the_file_is_never_downloaded()
    {
        await using var bot = await StartAsync();
        var before = bot.Services.GetRequiredService<BriefingCatalog>().All.Count;

        var posted = _api.SendDocument(Group, Member, "today.md", Briefing("ممنوعستان"), caption: "/brief");
        var refusal = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == posted);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, refusal.Text);
        Assert.Empty(_api.Downloads);
        Assert.Equal(before, bot.Services.GetRequiredService<BriefingCatalog>().All.Count);
    }

    [Fact]
    public async Task A_binary_document_from_an_admin_gets_a_clear_reply_and_nothing_is_stored()
    {
        await using var bot = await StartAsync();
        var before = bot.Services.GetRequiredService<BriefingCatalog>().All.Count;
        byte[] pdf = [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), 0x00, 0x01, 0xFF, 0xFE, 0x00];

        var posted = _api.SendDocument(Group, Admin, "today.md", pdf, caption: "/brief");
        var reply = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == posted);

        Assert.Equal(Arabic.Rejected(IntakeRejection.Binary, 0), reply.Text);
        Assert.Equal(before, bot.Services.GetRequiredService<BriefingCatalog>().All.Count);
    }

    [Fact]
    public async Task Brief_sent_as_a_reply_to_a_message_with_a_document_posts_that_document()
    {
        await using var bot = await StartAsync();

        var file = _api.SendDocument(Group, Member, "draft.md", Briefing("فيروزستان"));
        var command = _api.SendText(Group, Admin, "/brief", replyToMessageId: file);
        var confirmation = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == command);

        Assert.StartsWith("تمت إضافة الموجز", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("فيروزستان", confirmation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_briefing_is_announced_in_the_configured_chats_and_a_refused_one_is_not()
    {
        var announce = FakeChat.Group(-100777888, "قناة الأخبار");
        _api.SetAdministrators(announce);
        await using var bot = await StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:AnnounceChatIds:0"] = announce.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var refused = _api.SendDocument(Group, Admin, "empty.md", Encoding.UTF8.GetBytes("  \n"), caption: "/brief");
        await _api.WaitForMessageAsync(m => m.ReplyToMessageId == refused);
        var posted = _api.SendDocument(Group, Admin, "today.md", Briefing("مرجانستان"), caption: "/brief");
        await _api.WaitForMessageAsync(m => m.ReplyToMessageId == posted);
        var announcement = await _api.WaitForMessageAsync(m => m.ChatId == announce.Id);

        var added = bot.Services.GetRequiredService<BriefingCatalog>().Latest!;
        Assert.Equal(Arabic.Announcement(added), announcement.Text);
        Assert.Contains("السياسة", announcement.Text, StringComparison.Ordinal);
        Assert.Single(_api.Sent, m => m.ChatId == announce.Id);
    }

    [Fact]
    public async Task A_briefing_posted_in_an_announce_chat_gets_the_confirmation_there_and_no_second_announcement()
    {
        var announce = FakeChat.Group(-100777888, "قناة الأخبار");
        _api.SetAdministrators(announce);
        var ids = System.Globalization.CultureInfo.InvariantCulture;
        await using var bot = await StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:AnnounceChatIds:0"] = Group.Id.ToString(ids),
            ["Telegram:AnnounceChatIds:1"] = announce.Id.ToString(ids),
        });

        var posted = _api.SendDocument(Group, Admin, "today.md", Briefing("لؤلؤستان"), caption: "/brief");
        await _api.WaitForMessageAsync(m => m.ReplyToMessageId == posted);
        await _api.WaitForMessageAsync(m => m.ChatId == announce.Id);
        var asked = _api.SendText(Group, Member, "/ask لؤلؤستان");
        await _api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        // The answer to a later question went out after the announcement would have: the group got the confirmation only.
        Assert.Single(_api.Sent, m => m.ChatId == Group.Id && m.Text.StartsWith("تمت إضافة الموجز", StringComparison.Ordinal));
        Assert.DoesNotContain(_api.Sent, m => m.ChatId == Group.Id && m.Text.StartsWith("موجز جديد", StringComparison.Ordinal));
        Assert.Single(_api.Sent, m => m.ChatId == announce.Id);
    }

    [Fact]
    public async Task In_a_briefing_chat_an_admins_plain_document_or_text_is_a_briefing_and_members_chatter_is_left_alone()
    {
        var newsroom = FakeChat.Group(-100555666, "غرفة الموجزات");
        _api.SetAdministrators(newsroom, Admin);
        await using var bot = await StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:BriefingChatIds:0"] = newsroom.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        var document = _api.SendDocument(newsroom, Admin, "today.md", Briefing("كهرمانستان"));
        var text = _api.SendText(newsroom, Admin, Encoding.UTF8.GetString(Briefing("عنبرستان", date: "2026-11-26")));
        var chatter = _api.SendText(newsroom, Member, "صباح الخير جميعًا");
        var first = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == document);
        var second = await _api.WaitForMessageAsync(m => m.ReplyToMessageId == text);

        Assert.StartsWith("تمت إضافة الموجز", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("تمت إضافة الموجز", second.Text, StringComparison.Ordinal);
        var catalog = bot.Services.GetRequiredService<BriefingCatalog>();
        Assert.Contains(catalog.All, b => b.Title.Contains("كهرمانستان", StringComparison.Ordinal));
        Assert.Contains(catalog.All, b => b.Title.Contains("عنبرستان", StringComparison.Ordinal));
        Assert.DoesNotContain(_api.Sent, m => m.ReplyToMessageId == chatter);
    }

    /// <summary>The bot with this class's groups listed as one community, which accepts briefings from its admins.</summary>
    private Task<TelegramBotHarness> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["Communities:news:Chats:0"] = "telegram:" + Group.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Communities:news:Chats:1"] = "telegram:-100555666",
            ["Communities:news:Chats:2"] = "telegram:-100777888",
        };
        return TelegramBotHarness.StartAsync(_api, _workspace, all);
    }

    private static byte[] Briefing(string marker, string date = "2026-11-25") => Encoding.UTF8.GetBytes(
        $"""
        ---
        date: {date}
        ---
        # موجز {marker}

        ## السياسة
        قال الخبير أندريه بولياكوف إن العلاقات تتطور بسرعة كبيرة خلال هذا العام في {marker}.

        ## الاقتصاد
        يتوسع التعاون في {marker} ليشمل الطاقة والموانئ والنقل البحري.
        """);
}
