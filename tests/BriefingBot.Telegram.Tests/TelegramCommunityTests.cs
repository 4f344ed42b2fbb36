using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// Communities through the real Telegram adapter against the fake Bot API: what one community posts is answered,
/// listed, announced and paged only there; a stranger's group cannot reach anyone else; private chats show a
/// community only to its members.
/// </summary>
public sealed partial class TelegramCommunityTests : IAsyncLifetime
{
    private const string Fake = "كذبستان";
    private const string Marker = "زبرجدستان";
    private static readonly FakeUser AdminA = new(6001, "مشرف", "admin_a");
    private static readonly FakeUser AdminB = new(6002, "مشرف ب", "admin_b");
    private static readonly FakeUser Stranger = new(6003, "غريب", "stranger");
    private static readonly FakeUser Member = new(6004, "ليلى", "layla");
    private static readonly FakeUser Outsider = new(6005, "سامي", "sami");
    private static readonly FakeUser Leaver = new(6006, "رامي", "rami");
    private static readonly FakeChat A1 = FakeChat.Group(-100601, "مجتمع أ");
    private static readonly FakeChat A2 = FakeChat.Group(-100602, "مجتمع أ - إعلانات");
    private static readonly FakeChat B1 = FakeChat.Group(-100701, "مجتمع ب");
    private static readonly FakeChat StrangersGroup = FakeChat.Group(-100999, "مجموعة الغريب");
    private static readonly FakeUser AdminC = new(6007, "مشرف ج", "admin_c");
    private static readonly FakeUser AdminD = new(6008, "مشرف د", "admin_d");
    private static readonly FakeChat C1 = FakeChat.Group(-100801, "مجموعة ج");
    private static readonly FakeChat D1 = FakeChat.Group(-100802, "مجموعة د");
    private readonly BotWorkspace _workspace = new();
    private FakeBotApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApi.StartAsync();
        _api.SetAdministrators(A1, AdminA);
        _api.SetAdministrators(A2, AdminA);
        _api.SetAdministrators(B1, AdminB);
        _api.SetAdministrators(StrangersGroup, Stranger);
        _api.SetMembers(A1, Member);
        _api.SetAdministrators(C1, AdminC);
        _api.SetAdministrators(D1, AdminD);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _workspace.Dispose();
    }

    [Fact]
    public async Task The_strangers_made_up_briefing_is_refused_in_the_strangers_own_group_and_never_quoted_to_a_member_in_private()
    {
        await using var bot = await StartAsync();
        var before = bot.Services.GetRequiredService<BriefingCatalog>().All.Count;

        var posted = _api.SendText(StrangersGroup, Stranger, "/brief " + MadeUp());
        var refusal = await ReplyTo(StrangersGroup, posted);
        var stillAnswered = await ReplyTo(StrangersGroup, _api.SendText(StrangersGroup, Stranger, "/ask ماذا قال بولياكوف؟"));
        var inPrivate = await ReplyTo(FakeChat.Private(Member), _api.SendText(FakeChat.Private(Member), Member, "ماذا قال الوزير عن " + Fake + "؟"));

        Assert.Equal(CommunityTexts.For(ChatLanguage.Arabic).PostingNotEnabled, refusal.Text);
        Assert.Equal(before, bot.Services.GetRequiredService<BriefingCatalog>().All.Count);
        Assert.Contains("بولياكوف", stillAnswered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Fake, inPrivate.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Under_the_open_policy_the_strangers_briefing_is_answered_in_the_strangers_group_only()
    {
        await using var bot = await StartAsync(new() { ["Chat:Posting"] = "Open" });

        var posted = _api.SendText(StrangersGroup, Stranger, "/brief " + MadeUp());
        var confirmation = await ReplyTo(StrangersGroup, posted);
        var there = await ReplyTo(StrangersGroup, _api.SendText(StrangersGroup, Stranger, "/ask " + Fake));
        var inPrivate = await ReplyTo(FakeChat.Private(Member), _api.SendText(FakeChat.Private(Member), Member, Fake));
        var inA = await ReplyTo(A1, _api.SendText(A1, Member, "/ask " + Fake));
        var listedInA = await ReplyTo(A1, _api.SendText(A1, Member, "/briefings"));

        Assert.StartsWith("تمت إضافة الموجز", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("أعلن الوزير", there.Text, StringComparison.Ordinal);
        foreach (var reply in new[] { inPrivate, inA, listedInA })
        {
            Assert.DoesNotContain(Fake, reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("أعلن الوزير", reply.Text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(_api.Sent, m => m.ChatId == A2.Id || m.ChatId == B1.Id);
    }

    [Fact]
    public async Task A_briefing_of_community_a_is_answered_announced_and_paged_in_its_groups_and_never_reaches_community_b()
    {
        await using var bot = await StartAsync(new()
        {
            ["Telegram:AnnounceChatIds:0"] = A2.Id.ToString(CultureInfo.InvariantCulture),
            ["Telegram:AnnounceChatIds:1"] = B1.Id.ToString(CultureInfo.InvariantCulture),
        });

        var posted = _api.SendText(A1, AdminA, "/brief " + ManyPassages());
        Assert.StartsWith("تمت إضافة الموجز", (await ReplyTo(A1, posted)).Text, StringComparison.Ordinal);
        var announced = await _api.WaitForMessageAsync(m => m.ChatId == A2.Id);
        var answer = await ReplyTo(A2, _api.SendText(A2, AdminA, "/ask " + Marker));
        var more = Assert.Single(answer.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal));
        _api.PressButton(AdminA, answer, more);
        var page = await _api.WaitForMessageAsync(m => m.ChatId == A2.Id && m.MessageId > answer.MessageId && m.Text.Contains(Marker, StringComparison.Ordinal));

        // Community B: its admin's own post goes to B; nothing of A in a question, a list, today, or A's button pressed there.
        var bPost = _api.SendText(B1, AdminB, "/brief " + OtherBriefing());
        await ReplyTo(B1, bPost);
        var asked = await ReplyTo(B1, _api.SendText(B1, AdminB, "/ask " + Marker));
        var listed = await ReplyTo(B1, _api.SendText(B1, AdminB, "/briefings"));
        var today = await ReplyTo(B1, _api.SendText(B1, AdminB, "/today"));
        _api.PressButton(AdminB, listed, more);
        var pressed = await _api.WaitForMessageAsync(m => m.ChatId == B1.Id && m.MessageId > today.MessageId && m.ReplyToMessageId == listed.MessageId);
        var listedInA = await ReplyTo(A1, _api.SendText(A1, Member, "/briefings"));

        Assert.Contains(Marker, announced.Text, StringComparison.Ordinal);
        Assert.Contains(Marker, page.Text, StringComparison.Ordinal);
        foreach (var reply in new[] { asked, listed, today, pressed })
        {
            Assert.DoesNotContain(Marker, reply.Text, StringComparison.Ordinal);
        }

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ContinuationExpired, pressed.Text);
        Assert.DoesNotContain(_api.Sent, m => m.ChatId == B1.Id && m.Text.Contains(Marker, StringComparison.Ordinal));
        Assert.DoesNotContain("ياقوتستان", listedInA.Text, StringComparison.Ordinal);
        Assert.Contains("ياقوتستان", listed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_follows_community_a_in_private_and_someone_no_longer_in_its_group_does_not()
    {
        await using var bot = await StartAsync();
        await ReplyTo(A1, _api.SendText(A1, AdminA, "/brief " + ManyPassages()));

        var follow = await ReplyTo(A1, _api.SendText(A1, Member, "/community"));
        var leaverFollows = await ReplyTo(A1, _api.SendText(A1, Leaver, "/community"));
        var member = await ReplyTo(FakeChat.Private(Member), _api.SendText(FakeChat.Private(Member), Member, Marker));
        var leaver = await ReplyTo(FakeChat.Private(Leaver), _api.SendText(FakeChat.Private(Leaver), Leaver, Marker));
        var outsider = await ReplyTo(FakeChat.Private(Outsider), _api.SendText(FakeChat.Private(Outsider), Outsider, Marker));
        var leaverStatus = await ReplyTo(FakeChat.Private(Leaver), _api.SendText(FakeChat.Private(Leaver), Leaver, "/community"));

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(texts.Following, follow.Text);
        Assert.Equal(texts.Following, leaverFollows.Text);
        Assert.Contains(Marker, member.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, leaver.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, outsider.Text, StringComparison.Ordinal);
        Assert.Equal(texts.FollowingNone, leaverStatus.Text);
        Assert.NotEmpty(_api.CallsTo("getChatMember"));
    }

    [Fact]
    public async Task A_link_code_joins_another_group_to_community_a_once_and_expires_on_the_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var bot = await StartAsync(configure: services => services.AddSingleton(sp => new LinkCodes(sp.GetRequiredService<IOptions<ChatOptions>>(), clock)));
        await ReplyTo(A1, _api.SendText(A1, AdminA, "/brief " + ManyPassages()));

        var byMember = await ReplyTo(A1, _api.SendText(A1, Member, "/link"));
        var issued = await ReplyTo(A1, _api.SendText(A1, AdminA, "/link"));
        var code = CodePattern().Match(issued.Text).Value;
        var before = await ReplyTo(C1, _api.SendText(C1, Outsider, "/ask " + Marker));
        var memberUses = await ReplyTo(C1, _api.SendText(C1, Outsider, "/link " + code));
        var linked = await ReplyTo(C1, _api.SendText(C1, AdminC, "/link " + code));
        var after = await ReplyTo(C1, _api.SendText(C1, Outsider, "/ask " + Marker));
        var reused = await ReplyTo(D1, _api.SendText(D1, AdminD, "/link " + code));
        var expiring = CodePattern().Match((await ReplyTo(A1, _api.SendText(A1, AdminA, "/ربط"))).Text).Value;
        clock.Advance(TimeSpan.FromMinutes(10));
        var expired = await ReplyTo(D1, _api.SendText(D1, AdminD, "/link " + expiring));
        var inD = await ReplyTo(D1, _api.SendText(D1, AdminD, "/ask " + Marker));

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, byMember.Text);
        Assert.Equal(8, code.Length);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, memberUses.Text);
        Assert.DoesNotContain(Marker, before.Text, StringComparison.Ordinal);
        Assert.Equal(texts.Linked(0), linked.Text);
        Assert.Contains(Marker, after.Text, StringComparison.Ordinal);
        Assert.Equal(texts.LinkCodeRefused(LinkCodeStatus.Used), reused.Text);
        Assert.Equal(texts.LinkCodeRefused(LinkCodeStatus.Expired), expired.Text);
        Assert.DoesNotContain(Marker, inD.Text, StringComparison.Ordinal);
        Assert.Equal("alpha", bot.Services.GetRequiredService<CommunityDirectory>().CommunityOf("telegram", C1.Id.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task In_the_ask_group_every_message_is_answered_in_the_language_the_moderators_chose_and_other_chatter_is_left_alone()
    {
        await using var bot = await StartAsync();

        var refused = await ReplyTo(A2, _api.SendText(A2, Member, "/settings ask here"));
        await ReplyTo(A2, _api.SendText(A2, AdminA, "/settings ask here"));
        var english = await ReplyTo(A2, _api.SendText(A2, AdminA, "/إعدادات لغة en"));
        var asked = _api.SendText(A2, Member, "ماذا قال بولياكوف؟");
        var answer = await ReplyTo(A2, asked);
        var chatter = _api.SendText(A1, Member, "ماذا قال بولياكوف؟");
        var sentinel = await ReplyTo(A1, _api.SendText(A1, Member, "/help"));
        var inB = _api.SendText(B1, AdminB, "ماذا قال بولياكوف؟");
        var sentinelB = await ReplyTo(B1, _api.SendText(B1, AdminB, "/help"));
        var byAdminOfB = await ReplyTo(A1, _api.SendText(A1, AdminB, "/brief " + OtherBriefing()));

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, refused.Text);
        Assert.StartsWith(CommunityTexts.For(ChatLanguage.English).SettingSaved, english.Text, StringComparison.Ordinal);
        Assert.Contains("بولياكوف", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("I answer questions", sentinel.Text, StringComparison.Ordinal);
        Assert.StartsWith("أجيب عن أسئلتك", sentinelB.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_api.Sent, m => (m.ChatId == A1.Id && m.ReplyToMessageId == chatter) || (m.ChatId == B1.Id && m.ReplyToMessageId == inB));
        Assert.Equal(ChatTexts.For(ChatLanguage.English).ModeratorOnly, byAdminOfB.Text);
        Assert.DoesNotContain(bot.Services.GetRequiredService<BriefingCatalog>().All, b => b.Title.Contains("ياقوتستان", StringComparison.Ordinal));
    }

    private Task<TelegramBotHarness> StartAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["Communities:alpha:Chats:0"] = "telegram:" + A1.Id.ToString(CultureInfo.InvariantCulture),
            ["Communities:alpha:Chats:1"] = "telegram:" + A2.Id.ToString(CultureInfo.InvariantCulture),
            ["Communities:beta:Chats:0"] = "telegram:" + B1.Id.ToString(CultureInfo.InvariantCulture),
        };
        return TelegramBotHarness.StartAsync(_api, _workspace, all, configure);
    }

    private Task<SentMessage> ReplyTo(FakeChat chat, int messageId) =>
        _api.WaitForMessageAsync(m => m.ChatId == chat.Id && m.ReplyToMessageId == messageId);

    [GeneratedRegex("(?<![A-Z0-9])[A-Z2-9]{8}(?![A-Z0-9])")]
    private static partial Regex CodePattern();

    private static string MadeUp() =>
        $"""
        ---
        date: 2030-01-01
        ---
        # موجز {Fake}

        ## السياسة
        أعلن الوزير أن {Fake} ستغلق حدودها غدًا وأن الرحلات كلها أُلغيت.
        """;

    private static string OtherBriefing() =>
        """
        ---
        date: 2030-01-02
        ---
        # موجز ياقوتستان

        ## الاقتصاد
        يتوسع التعاون في ياقوتستان ليشمل الطاقة والموانئ.
        """;

    private static string ManyPassages()
    {
        var sb = new StringBuilder($"---\ndate: 2030-05-05\n---\n# موجز {Marker}\n\n## التطورات\n");
        for (var i = 1; i <= 7; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"التطور رقم {i} في {Marker} يشمل الطاقة والموانئ والنقل وغيرها من القطاعات.\n\n");
        }

        return sb.ToString();
    }
}
