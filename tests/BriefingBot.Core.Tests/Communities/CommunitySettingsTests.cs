using BriefingBot.Core.Chat;
using BriefingBot.Core.Chat.Handlers;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Tests.Chat;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Communities;

/// <summary>
/// <c>/settings</c>: a community's moderators choose its ask channel, reply language, announce channel and rate, in
/// chat; the core applies them to every message of the community, and keeps them across a restart.
/// </summary>
public sealed class CommunitySettingsTests
{
    private static readonly Dictionary<string, string?> Listed = new()
    {
        ["Communities:news:Chats:0"] = "test:a1",
        ["Communities:news:Chats:1"] = "test:a2",
        ["Communities:other:Chats:0"] = "test:b1",
    };

    [Fact]
    public async Task In_the_ask_channel_every_message_is_a_question_and_elsewhere_only_a_mention_until_it_is_turned_off()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var engine = services.Engine;
        var chatter = Unaddressed("ماذا قال بولياكوف؟", "a1");

        var before = await engine.HandleAsync(chatter, CancellationToken.None);
        var saved = Text(await engine.HandleAsync(Admin("/settings ask here", "a1"), CancellationToken.None));
        var inAskChannel = await engine.HandleAsync(chatter, CancellationToken.None);
        var otherGroup = await engine.HandleAsync(Unaddressed("ماذا قال بولياكوف؟", "a2"), CancellationToken.None);
        var otherCommunity = await engine.HandleAsync(Unaddressed("ماذا قال بولياكوف؟", "b1"), CancellationToken.None);
        var attachmentOnly = engine.Parse(chatter with { Text = null, Attachments = [new ChatAttachment("a.md", null, 1, _ => Task.FromResult<Stream>(new MemoryStream()))] });
        await engine.HandleAsync(Admin("/إعدادات سؤال إيقاف", "a1"), CancellationToken.None);
        var afterOff = await engine.HandleAsync(chatter, CancellationToken.None);

        Assert.True(before.IsEmpty);
        Assert.StartsWith(CommunityTexts.For(ChatLanguage.Arabic).SettingSaved, saved, StringComparison.Ordinal);
        Assert.Contains("قناة الأسئلة (كل رسالة فيها سؤال): هذه القناة", saved, StringComparison.Ordinal);
        Assert.Contains(inAskChannel.Blocks.OfType<PassageBlock>(), p => p.Source.Speaker?.Contains("بولياكوف", StringComparison.Ordinal) == true);
        Assert.True(otherGroup.IsEmpty);
        Assert.True(otherCommunity.IsEmpty);
        Assert.Equal(ChatCommandKind.None, attachmentOnly.Kind);
        Assert.True(afterOff.IsEmpty);
    }

    [Fact]
    public async Task The_reply_language_the_moderators_choose_applies_in_every_group_of_the_community_and_not_in_private()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var engine = services.Engine;

        var saved = await engine.HandleAsync(Admin("/settings language en", "a1"), CancellationToken.None);
        var helpA2 = await engine.HandleAsync(ChatTestServices.Group("/help", "a2", language: "ar"), CancellationToken.None);
        var unknownA2 = await engine.HandleAsync(ChatTestServices.Group("/nosuchcommand", "a2"), CancellationToken.None);
        var helpB1 = await engine.HandleAsync(ChatTestServices.Group("/help", "b1"), CancellationToken.None);
        var helpPrivate = await engine.HandleAsync(ChatTestServices.Private("/help"), CancellationToken.None);
        await engine.HandleAsync(Admin("/settings language auto", "a1"), CancellationToken.None);
        var helpAuto = await engine.HandleAsync(ChatTestServices.Group("/help", "a2", language: "en-GB"), CancellationToken.None);
        var helpAutoArabic = await engine.HandleAsync(ChatTestServices.Group("/help", "a2"), CancellationToken.None);

        Assert.StartsWith(CommunityTexts.For(ChatLanguage.English).SettingSaved, Text(saved), StringComparison.Ordinal);
        Assert.Equal(ChatLanguage.English, helpA2.Language);
        Assert.Equal(ChatTexts.For(ChatLanguage.English).Help, Text(helpA2));
        Assert.Equal(ChatTexts.For(ChatLanguage.English).UnknownCommand, Text(unknownA2));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Help, Text(helpB1));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Help, Text(helpPrivate));
        Assert.Equal(ChatTexts.For(ChatLanguage.English).Help, Text(helpAuto));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Help, Text(helpAutoArabic));
    }

    [Fact]
    public async Task The_community_rate_limits_its_members_there_only_and_bad_values_change_nothing()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var engine = services.Engine;

        var tooLow = Text(await engine.HandleAsync(Admin("/settings rate 0", "a1"), CancellationToken.None));
        var notANumber = Text(await engine.HandleAsync(Admin("/settings rate many", "a1"), CancellationToken.None));
        var unknownSetting = Text(await engine.HandleAsync(Admin("/settings colour blue", "a1"), CancellationToken.None));
        var unchanged = services.Get<CommunityDirectory>().SettingsOf("news");
        await engine.HandleAsync(Admin("/settings معدل ٢", "a1"), CancellationToken.None);
        var replies = new List<ChatReply>();
        for (var i = 0; i < 3; i++)
        {
            replies.Add(await engine.HandleAsync(ChatTestServices.Group("/ask ماذا قال بولياكوف؟", i % 2 == 0 ? "a1" : "a2", "reader"), CancellationToken.None));
        }

        var elsewhere = await engine.HandleAsync(ChatTestServices.Group("/ask ماذا قال بولياكوف؟", "b1", "reader"), CancellationToken.None);

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(texts.RateOutOfRange(SettingsHandler.MinRate, SettingsHandler.MaxRate), tooLow);
        Assert.Equal(texts.SettingsNotUnderstood, notANumber);
        Assert.Equal(texts.SettingsNotUnderstood, unknownSetting);
        Assert.Equal(CommunitySettings.Default, unchanged);
        Assert.NotEmpty(replies[0].Blocks.OfType<PassageBlock>());
        Assert.NotEmpty(replies[1].Blocks.OfType<PassageBlock>());
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).RateLimited(2), Text(replies[2]));
        Assert.NotEmpty(elsewhere.Blocks.OfType<PassageBlock>());
    }

    [Fact]
    public async Task Announce_channel_and_every_setting_survive_a_restart_and_only_moderators_may_change_them()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var engine = services.Engine;

        var member = Text(await engine.HandleAsync(ChatTestServices.Group("/settings ask here", "a1"), CancellationToken.None));
        var inPrivate = Text(await engine.HandleAsync(ChatTestServices.Private("/settings"), CancellationToken.None));
        var posting = Text(await engine.HandleAsync(Admin("/settings posting on", "a1"), CancellationToken.None));
        await engine.HandleAsync(Admin("/settings announce here", "a2"), CancellationToken.None);
        await engine.HandleAsync(Admin("/settings ask here", "a1"), CancellationToken.None);
        await engine.HandleAsync(Admin("/settings language en", "a1"), CancellationToken.None);
        await engine.HandleAsync(Admin("/settings rate 4", "a1"), CancellationToken.None);
        var shown = Text(await engine.HandleAsync(ChatTestServices.Group("/settings", "a1", "admin", SenderRole.Moderator), CancellationToken.None));

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, member);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, inPrivate);
        Assert.Equal(CommunityTexts.For(ChatLanguage.Arabic).PostingIsTheOperators, posting);
        Assert.Equal(["chat-a2"], services.Get<CommunityDirectory>().AnnounceChats("news", "test"));
        Assert.Empty(services.Get<CommunityDirectory>().AnnounceChats("other", "test"));
        Assert.Contains("Ask channel (every message there is a question): this channel", shown, StringComparison.Ordinal);
        Assert.Contains("Questions per minute per member: 4", shown, StringComparison.Ordinal);

        using var reopened = new CommunityRegistry(services.Get<IOptions<BriefingBotOptions>>(), NullLogger<CommunityRegistry>.Instance);
        Assert.Equal(new CommunitySettings("en", "test:chat-a1", "test:chat-a2", 4), reopened.SettingsOf("news"));
        Assert.Equal(CommunitySettings.Default, reopened.SettingsOf("other"));
    }

    [Fact]
    public async Task Ask_here_in_a_thread_makes_its_channel_the_ask_channel_of_all_its_threads_and_announce_here_stays_in_the_thread()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var engine = services.Engine;
        static IncomingMessage InThread(IncomingMessage message, string thread, string parent = "chat-a1") =>
            message with { ChatId = thread, ParentChatId = parent };

        var saved = Text(await engine.HandleAsync(InThread(Admin("/settings ask here", "a1"), "thread-1"), CancellationToken.None));
        await engine.HandleAsync(InThread(Admin("/settings announce here", "a1"), "thread-1"), CancellationToken.None);
        var inSibling = await engine.HandleAsync(InThread(Unaddressed("ماذا قال بولياكوف؟", "a1"), "thread-2"), CancellationToken.None);
        var inChannel = await engine.HandleAsync(Unaddressed("ماذا قال بولياكوف؟", "a1"), CancellationToken.None);
        var elsewhere = await engine.HandleAsync(InThread(Unaddressed("ماذا قال بولياكوف؟", "a1"), "thread-9", parent: "chat-other"), CancellationToken.None);

        Assert.Contains("القناة التي يتفرّع منها هذا النقاش", saved, StringComparison.Ordinal);
        Assert.False(inSibling.IsEmpty);
        Assert.False(inChannel.IsEmpty);
        Assert.True(elsewhere.IsEmpty);
        var settings = services.Get<CommunityDirectory>().SettingsOf("news");
        Assert.Equal("test:chat-a1", settings.AskChat);
        Assert.Equal("test:thread-1", settings.AnnounceChat);
    }

    private static IncomingMessage Admin(string text, string group) => ChatTestServices.Group(text, group, "admin", SenderRole.Moderator);

    private static IncomingMessage Unaddressed(string text, string group) =>
        ChatTestServices.Group(text, group, "reader") with { AddressedToBot = false };

    private static string Text(ChatReply reply) => Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text;
}
