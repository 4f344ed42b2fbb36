using BriefingBot.Core.Chat;
using BriefingBot.Core.Insights;
using BriefingBot.Core.Tests.Chat;

namespace BriefingBot.Core.Tests.Insights;

/// <summary>Questions count for the community whose briefings the chat sees, and /gaps shows a moderator only theirs.</summary>
public sealed class GapsCommunityTests
{
    // Declined by the shipped corpus (checked with `ask`): nothing in it is about recipes or capitals.
    private const string NewsQuestion = "ما وصفة الكنافة؟";
    private const string OtherQuestion = "ما عاصمة أستراليا؟";
    private const string PrivateQuestion = "كم عدد سكان البرازيل؟";

    [Fact]
    public async Task A_group_admin_sees_only_their_own_communitys_gaps_and_a_private_chat_following_none_counts_as_shared()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?>
        {
            ["Communities:news:Chats:0"] = "test:g1",
            ["Communities:news:Chats:1"] = "test:g3",
        });
        await Ask(ChatTestServices.Group(NewsQuestion, "g1"));
        await Ask(ChatTestServices.Group("ما هي وصفة الكنافة", "g3"));
        await Ask(ChatTestServices.Group(OtherQuestion, "g2"));
        await Ask(ChatTestServices.Private(PrivateQuestion));

        var recorded = services.Get<QuestionLog>().Since(DateTimeOffset.MinValue, community: null);
        Assert.Equal(["news", "news", "test:g2", QuestionInsights.SharedCommunity], recorded.Select(r => r.Community));

        var news = Text(await Ask(ChatTestServices.Group("/gaps", "g3", user: "admin", role: SenderRole.Moderator)));
        var other = Text(await Ask(ChatTestServices.Group("/الفجوات", "g2", user: "admin", role: SenderRole.Moderator)));
        var member = Text(await Ask(ChatTestServices.Group("/gaps", "g1", user: "member")));

        Assert.Contains("سُئل مرتين", news, StringComparison.Ordinal);
        Assert.DoesNotContain(OtherQuestion, news, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateQuestion, news, StringComparison.Ordinal);
        Assert.Contains(OtherQuestion, other, StringComparison.Ordinal);
        Assert.DoesNotContain("الكنافة", other, StringComparison.Ordinal);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, member);

        Task<ChatReply> Ask(IncomingMessage message) => services.Engine.HandleAsync(message, CancellationToken.None);
    }

    [Fact]
    public async Task A_global_moderator_in_a_private_chat_sees_every_community()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Chat:Moderators:0"] = "test:boss" });
        await services.Engine.HandleAsync(ChatTestServices.Group(OtherQuestion, "g2"), CancellationToken.None);
        await services.Engine.HandleAsync(ChatTestServices.Private(PrivateQuestion), CancellationToken.None);

        var report = Text(await services.Engine.HandleAsync(ChatTestServices.Private("/gaps", user: "boss"), CancellationToken.None));
        var refused = Text(await services.Engine.HandleAsync(ChatTestServices.Private("/gaps", user: "member"), CancellationToken.None));

        Assert.Contains(OtherQuestion, report, StringComparison.Ordinal);
        Assert.Contains(PrivateQuestion, report, StringComparison.Ordinal);
        Assert.Contains("كل المجتمعات", report, StringComparison.Ordinal);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, refused);
    }

    private static string Text(ChatReply reply) => string.Join("\n", reply.Blocks.OfType<TextBlock>().Select(b => b.Text));
}
