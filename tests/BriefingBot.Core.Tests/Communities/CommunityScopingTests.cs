using System.Text;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Chat;
using BriefingBot.Core.Tests.Library;

namespace BriefingBot.Core.Tests.Communities;

/// <summary>
/// What one community posts stays in it: questions, lists, "more" pages, removal and private chats of
/// non-members never reach it from another community. The real chat core over the real index.
/// </summary>
public sealed class CommunityScopingTests
{
    private const string Marker = "زبرجدستان";

    /// <summary>Community "news" is listed with two groups; "other" is listed with one; anything else is unlisted.</summary>
    private static readonly Dictionary<string, string?> Listed = new()
    {
        ["Communities:news:Chats:0"] = "test:a1",
        ["Communities:news:Chats:1"] = "test:a2",
        ["Communities:other:Chats:0"] = "test:b1",
    };

    [Fact]
    public async Task A_briefing_posted_in_community_a_is_answered_listed_and_paged_there_and_never_in_community_b_or_a_private_chat()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var engine = services.Engine;

        var posted = await engine.HandleAsync(ChatTestServices.Group("/brief " + ManyPassages(Marker), "a1", "admin", SenderRole.Moderator), CancellationToken.None);
        Assert.StartsWith("تمت إضافة الموجز", Text(posted), StringComparison.Ordinal);
        var briefing = Assert.Single(services.Get<BriefingCatalog>().All, b => b.Title.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal("news", briefing.Community);

        // In community A, from its other group too: answered, listed, today, more.
        var answer = await engine.HandleAsync(ChatTestServices.Group(Marker, "a2"), CancellationToken.None);
        Assert.Contains(answer.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == briefing.Id);
        var more = Assert.Single(answer.Buttons, b => b.Action.StartsWith("more:", StringComparison.Ordinal));
        var page = await engine.HandleAsync(ChatTestServices.Group(string.Empty, "a2") with { Action = more.Action, Text = null }, CancellationToken.None);
        Assert.All(page.Blocks.OfType<PassageBlock>(), p => Assert.Equal(briefing.Id, p.Source.BriefingId));
        Assert.NotEmpty(page.Blocks.OfType<PassageBlock>());
        Assert.Equal(briefing.Id, (await engine.HandleAsync(ChatTestServices.Group("/today", "a1"), CancellationToken.None)).Blocks.OfType<BriefingBlock>().Single().Id);
        Assert.Contains((await engine.HandleAsync(ChatTestServices.Group("/briefings", "a1"), CancellationToken.None)).Blocks.OfType<BriefingBlock>(), b => b.Id == briefing.Id);

        // Community B, an unlisted group and a private chat: nothing of it, in any reply.
        IncomingMessage[] outsiders =
        [
            ChatTestServices.Group(Marker, "b1"),
            ChatTestServices.Group(Marker, "stranger"),
            ChatTestServices.Private(Marker, user: "member-of-nothing"),
        ];
        foreach (var outsider in outsiders)
        {
            var replies = new List<ChatReply>
            {
                await engine.HandleAsync(outsider, CancellationToken.None),
                await engine.HandleAsync(outsider with { Text = "/ask " + Marker + " التعاون" }, CancellationToken.None),
                await engine.HandleAsync(outsider with { Text = "/briefings" }, CancellationToken.None),
                await engine.HandleAsync(outsider with { Text = "/today" }, CancellationToken.None),
                await engine.HandleAsync(outsider with { Text = null, Action = more.Action }, CancellationToken.None),
                await engine.HandleAsync(outsider with { Text = "ماذا قال بولياكوف؟" }, CancellationToken.None),
            };
            foreach (var reply in replies)
            {
                AssertNothingOf(briefing.Id, reply);
            }
        }
    }

    [Fact]
    public async Task An_admin_of_another_group_cannot_post_into_community_a_and_an_unlisted_group_is_refused_politely()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var before = services.Get<BriefingCatalog>().All.Count;

        var elsewhere = await services.Engine.HandleAsync(ChatTestServices.Group("/brief " + SampleBriefings.Make("دخيلستان"), "b1", "admin-b", SenderRole.Moderator), CancellationToken.None);
        var stranger = await services.Engine.HandleAsync(ChatTestServices.Group("/brief " + SampleBriefings.Make("مزيفستان"), "stranger", "admin-s", SenderRole.Moderator), CancellationToken.None);
        var memberOfA = await services.Engine.HandleAsync(ChatTestServices.Group("/brief " + SampleBriefings.Make("عضوستان"), "a1", "member"), CancellationToken.None);

        var catalog = services.Get<BriefingCatalog>();
        Assert.StartsWith("تمت إضافة الموجز", Text(elsewhere), StringComparison.Ordinal);
        Assert.Equal("other", Assert.Single(catalog.All, b => b.Title.Contains("دخيلستان", StringComparison.Ordinal)).Community);
        Assert.Equal(CommunityTexts.For(ChatLanguage.Arabic).PostingNotEnabled, Text(stranger));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, Text(memberOfA));
        Assert.Equal(before + 1, catalog.All.Count);
        Assert.DoesNotContain(catalog.Visible("news"), b => b.Title.Contains("دخيلستان", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_strangers_made_up_briefing_stays_in_the_strangers_own_group_under_the_open_policy()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?>(Listed) { ["Chat:Posting"] = "Open" });
        var engine = services.Engine;

        var posted = await engine.HandleAsync(ChatTestServices.Group("/brief " + SampleBriefings.Make("كذبستان"), "stranger", "admin-s", SenderRole.Moderator), CancellationToken.None);
        var fake = Assert.Single(services.Get<BriefingCatalog>().All, b => b.Title.Contains("كذبستان", StringComparison.Ordinal));

        Assert.StartsWith("تمت إضافة الموجز", Text(posted), StringComparison.Ordinal);
        Assert.Equal(CommunityIds.GroupKey("test", "stranger"), fake.Community);
        Assert.Contains((await engine.HandleAsync(ChatTestServices.Group("كذبستان", "stranger"), CancellationToken.None)).Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == fake.Id);
        AssertNothingOf(fake.Id, await engine.HandleAsync(ChatTestServices.Private("كذبستان", user: "unrelated"), CancellationToken.None));
        AssertNothingOf(fake.Id, await engine.HandleAsync(ChatTestServices.Group("كذبستان", "a1"), CancellationToken.None));
    }

    [Fact]
    public async Task The_same_text_posted_in_two_communities_makes_two_briefings_and_neither_replaces_nor_reveals_the_other()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var text = "/brief " + SampleBriefings.Make("توأمستان", id: "daily");

        var first = await services.Engine.HandleAsync(ChatTestServices.Group(text, "a1", "admin", SenderRole.Moderator), CancellationToken.None);
        var second = await services.Engine.HandleAsync(ChatTestServices.Group(text, "b1", "admin-b", SenderRole.Moderator), CancellationToken.None);
        var again = await services.Engine.HandleAsync(ChatTestServices.Group(text, "b1", "admin-b", SenderRole.Moderator), CancellationToken.None);

        var twins = services.Get<BriefingCatalog>().All.Where(b => b.Title.Contains("توأمستان", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, twins.Count);
        var inA = Assert.Single(twins, b => b.Community == "news");
        var inB = Assert.Single(twins, b => b.Community == "other");
        Assert.Equal("daily", inA.Id);
        Assert.NotEqual(inA.Id, inB.Id);
        Assert.StartsWith("تمت إضافة الموجز", Text(first), StringComparison.Ordinal);
        Assert.StartsWith("تمت إضافة الموجز", Text(second), StringComparison.Ordinal);
        Assert.DoesNotContain(inA.Id + " ", Text(again) + " ", StringComparison.Ordinal);
        Assert.Equal(BriefingTexts.For(ChatLanguage.Arabic).Result(new BriefingAlreadyPresent(inB), 0), Text(again));
    }

    [Fact]
    public async Task A_moderator_of_community_b_cannot_remove_community_a_briefing_nor_learn_it_exists()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        await services.Engine.HandleAsync(ChatTestServices.Group("/brief " + SampleBriefings.Make("حصنستان", id: "fortress"), "a1", "admin", SenderRole.Moderator), CancellationToken.None);

        var fromB = await services.Engine.HandleAsync(ChatTestServices.Group("/unbrief fortress", "b1", "admin-b", SenderRole.Moderator), CancellationToken.None);
        var unknown = await services.Engine.HandleAsync(ChatTestServices.Group("/unbrief no-such-briefing", "b1", "admin-b", SenderRole.Moderator), CancellationToken.None);

        Assert.NotNull(services.Get<BriefingCatalog>().Find("fortress"));
        Assert.Equal(Text(unknown).Replace("no-such-briefing", "fortress", StringComparison.Ordinal), Text(fromB));
        var fromA = await services.Engine.HandleAsync(ChatTestServices.Group("/unbrief fortress", "a2", "admin", SenderRole.Moderator), CancellationToken.None);
        Assert.StartsWith("تم حذف الموجز", Text(fromA), StringComparison.Ordinal);
        Assert.Null(services.Get<BriefingCatalog>().Find("fortress"));
    }

    [Fact]
    public async Task Shared_briefings_are_answered_everywhere_and_a_community_moderator_cannot_remove_them()
    {
        using var services = await ChatTestServices.CreateAsync(Listed);
        var seedId = services.Get<BriefingCatalog>().All.Single().Id;

        foreach (var message in new[] { ChatTestServices.Group("ماذا قال بولياكوف؟", "a1"), ChatTestServices.Group("ماذا قال بولياكوف؟", "stranger"), ChatTestServices.Private("ماذا قال بولياكوف؟") })
        {
            Assert.Contains((await services.Engine.HandleAsync(message, CancellationToken.None)).Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == seedId);
        }

        await services.Engine.HandleAsync(ChatTestServices.Group("/unbrief " + seedId, "a1", "admin", SenderRole.Moderator), CancellationToken.None);
        Assert.NotNull(services.Get<BriefingCatalog>().Find(seedId));
    }

    private static string ManyPassages(string marker)
    {
        var sb = new StringBuilder($"---\ndate: 2030-05-05\n---\n# موجز {marker}\n\n## التطورات\n");
        for (var i = 1; i <= 7; i++)
        {
            sb.Append(CultureInvariant($"التطور رقم {i} في {marker} يشمل الطاقة والموانئ والنقل وغيرها من القطاعات.\n\n"));
        }

        return sb.ToString();
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static string Text(ChatReply reply) => Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text;

    /// <summary>No passage, listing, title or id of the briefing anywhere in the reply.</summary>
    private static void AssertNothingOf(string briefingId, ChatReply reply)
    {
        Assert.DoesNotContain(reply.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == briefingId);
        Assert.DoesNotContain(reply.Blocks.OfType<BriefingBlock>(), b => b.Id == briefingId);
        foreach (var text in reply.Blocks.OfType<TextBlock>().Select(t => t.Text).Concat(reply.Blocks.OfType<PassageBlock>().Select(p => p.Text)))
        {
            Assert.DoesNotContain(briefingId, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Marker, text, StringComparison.Ordinal);
            Assert.DoesNotContain("كذبستان", text, StringComparison.Ordinal);
        }
    }
}
