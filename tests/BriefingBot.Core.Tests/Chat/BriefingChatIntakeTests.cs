using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Library;

namespace BriefingBot.Core.Tests.Chat;

/// <summary>A briefing chat (<c>Chat:BriefingChats</c>): the core, not an adapter, reads a moderator's plain post there as a briefing.</summary>
public sealed class BriefingChatIntakeTests
{
    private static readonly Dictionary<string, string?> Newsroom = new()
    {
        ["Communities:news:Chats:0"] = "test:newsroom",
        ["Communities:news:Chats:1"] = "test:lobby",
        ["Chat:BriefingChats:0"] = "test:chat-newsroom",
    };

    private static IncomingMessage Post(string text, string group, SenderRole role, string user = "editor") =>
        ChatTestServices.Group(text, group, user, role) with { AddressedToBot = false };

    [Fact]
    public async Task A_moderators_plain_post_in_a_briefing_chat_is_added_as_a_briefing()
    {
        using var services = await ChatTestServices.CreateAsync(Newsroom);

        var reply = await services.Engine.HandleAsync(Post(SampleBriefings.Make("فيروزستان"), "newsroom", SenderRole.Moderator), CancellationToken.None);

        Assert.Contains(services.Get<BriefingCatalog>().All, b => b.Title.Contains("فيروزستان", StringComparison.Ordinal));
        Assert.StartsWith("تمت إضافة الموجز", Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_briefing_chats_threads_a_post_that_opens_its_thread_is_a_briefing_and_the_discussion_under_it_is_not()
    {
        using var services = await ChatTestServices.CreateAsync(Newsroom);
        var engine = services.Engine;
        var post = Post(SampleBriefings.Make("فيروزستان"), "newsroom", SenderRole.Moderator) with { ChatId = "post-1", ParentChatId = "chat-newsroom", OpensThread = true };
        var remark = Post(SampleBriefings.Make("لازوردستان"), "newsroom", SenderRole.Moderator) with { ChatId = "post-1", ParentChatId = "chat-newsroom" };

        var added = await engine.HandleAsync(post, CancellationToken.None);
        var discussed = await engine.HandleAsync(remark, CancellationToken.None);

        Assert.StartsWith("تمت إضافة الموجز", Assert.IsType<TextBlock>(Assert.Single(added.Blocks)).Text, StringComparison.Ordinal);
        Assert.True(discussed.IsEmpty);
        Assert.Contains(services.Get<BriefingCatalog>().All, b => b.Title.Contains("فيروزستان", StringComparison.Ordinal));
        Assert.DoesNotContain(services.Get<BriefingCatalog>().All, b => b.Title.Contains("لازوردستان", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_members_chatter_in_a_briefing_chat_is_neither_refused_nor_answered_and_nothing_is_stored()
    {
        using var services = await ChatTestServices.CreateAsync(Newsroom);
        var before = services.Get<BriefingCatalog>().All.Count;

        var reply = await services.Engine.HandleAsync(Post(SampleBriefings.Make("فيروزستان"), "newsroom", SenderRole.Member, user: "member"), CancellationToken.None);

        Assert.True(reply.IsEmpty);
        Assert.Equal(before, services.Get<BriefingCatalog>().All.Count);
    }

    [Fact]
    public async Task A_moderators_plain_post_in_another_chat_of_the_same_community_stays_an_ordinary_message()
    {
        using var services = await ChatTestServices.CreateAsync(Newsroom);
        var before = services.Get<BriefingCatalog>().All.Count;

        var reply = await services.Engine.HandleAsync(Post(SampleBriefings.Make("فيروزستان"), "lobby", SenderRole.Moderator), CancellationToken.None);

        Assert.True(reply.IsEmpty);
        Assert.Equal(before, services.Get<BriefingCatalog>().All.Count);
    }

    [Fact]
    public async Task An_adapter_is_asked_for_the_senders_role_only_where_it_decides_what_the_message_is()
    {
        using var services = await ChatTestServices.CreateAsync(Newsroom);
        var engine = services.Get<ChatEngine>();

        Assert.True(engine.NeedsSenderRole(Post("خبر اليوم", "newsroom", SenderRole.Member)));
        Assert.True(engine.NeedsSenderRole(Post("/brief", "lobby", SenderRole.Member)));
        Assert.False(engine.NeedsSenderRole(Post("صباح الخير", "lobby", SenderRole.Member)));
    }
}
