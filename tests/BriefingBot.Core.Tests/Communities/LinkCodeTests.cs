using System.Text.RegularExpressions;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Communities;

/// <summary>
/// <c>/link</c>: a moderator's one-time code joins another group to the community, once, within its lifetime, durably;
/// every refusal changes nothing. The real chat core, the real registry on disk and a fake clock.
/// </summary>
public sealed partial class LinkCodeTests
{
    private const string Marker = "زبرجدستان";

    private static readonly Dictionary<string, string?> Listed = new()
    {
        ["Communities:news:Chats:0"] = "test:a1",
        ["Communities:other:Chats:0"] = "test:b1",
    };

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_code_joins_another_group_once_and_for_good_and_a_second_group_cannot_use_it_again()
    {
        using var services = await CreateAsync();
        var engine = services.Engine;
        await engine.HandleAsync(Admin("/brief " + Briefing(Marker), "a1"), CancellationToken.None);

        var issued = Text(await engine.HandleAsync(Admin("/link", "a1"), CancellationToken.None));
        var code = CodeIn(issued);
        var before = await engine.HandleAsync(ChatTestServices.Group(Marker, "c1"), CancellationToken.None);
        var linked = Text(await engine.HandleAsync(Admin("/ربط " + code.ToLowerInvariant(), "c1"), CancellationToken.None));
        var after = await engine.HandleAsync(ChatTestServices.Group(Marker, "c1"), CancellationToken.None);
        var again = Text(await engine.HandleAsync(Admin("/link " + code, "d1"), CancellationToken.None));
        var inD = await engine.HandleAsync(ChatTestServices.Group(Marker, "d1"), CancellationToken.None);

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(texts.LinkCode(code, TimeSpan.FromMinutes(10)), issued);
        Assert.DoesNotContain(before.Blocks.OfType<PassageBlock>(), p => p.Text.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal(texts.Linked(0), linked);
        Assert.Contains(after.Blocks.OfType<PassageBlock>(), p => p.Text.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal(texts.LinkCodeRefused(LinkCodeStatus.Used), again);
        Assert.DoesNotContain(inD.Blocks.OfType<PassageBlock>(), p => p.Text.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal("news", services.Get<CommunityDirectory>().CommunityOf("test", "c1"));
        Assert.Equal("test:d1", services.Get<CommunityDirectory>().CommunityOf("test", "d1"));

        // Durable: a new registry over the same data directory (a restart) still has the link.
        using var reopened = new CommunityRegistry(services.Get<IOptions<BriefingBotOptions>>(), NullLogger<CommunityRegistry>.Instance);
        Assert.Equal("news", reopened.LinkOf("test:c1"));
        Assert.Null(reopened.LinkOf("test:d1"));
    }

    [Fact]
    public async Task A_code_expires_after_its_lifetime_and_expired_unknown_or_replaced_codes_change_nothing()
    {
        using var services = await CreateAsync(new() { ["Chat:LinkCodeLifetime"] = "00:05:00" });
        var engine = services.Engine;

        var first = CodeIn(Text(await engine.HandleAsync(Admin("/link", "a1"), CancellationToken.None)));
        var second = CodeIn(Text(await engine.HandleAsync(Admin("/link", "a1"), CancellationToken.None)));
        var replaced = Text(await engine.HandleAsync(Admin("/link " + first, "c1"), CancellationToken.None));
        _clock.Advance(TimeSpan.FromMinutes(5));
        var expired = Text(await engine.HandleAsync(Admin("/link " + second, "c1"), CancellationToken.None));
        var unknown = Text(await engine.HandleAsync(Admin("/link NOPE-2345", "c1"), CancellationToken.None));

        var third = CodeIn(Text(await engine.HandleAsync(Admin("/link", "a1"), CancellationToken.None)));
        _clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        var inTime = Text(await engine.HandleAsync(Admin("/link " + third, "c1"), CancellationToken.None));

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(texts.LinkCodeRefused(LinkCodeStatus.Used), replaced);
        Assert.Equal(texts.LinkCodeRefused(LinkCodeStatus.Expired), expired);
        Assert.Equal(texts.LinkCodeRefused(LinkCodeStatus.Unknown), unknown);
        Assert.Equal(texts.Linked(0), inTime);
        Assert.Equal("news", services.Get<CommunityDirectory>().CommunityOf("test", "c1"));
    }

    [Fact]
    public async Task Members_cannot_link_a_private_chat_cannot_and_a_group_the_operator_configured_cannot_be_relinked()
    {
        using var services = await CreateAsync();
        var engine = services.Engine;
        var code = CodeIn(Text(await engine.HandleAsync(Admin("/link", "a1"), CancellationToken.None)));

        var member = Text(await engine.HandleAsync(ChatTestServices.Group("/link", "a1"), CancellationToken.None));
        var memberUses = Text(await engine.HandleAsync(ChatTestServices.Group("/link " + code, "c1"), CancellationToken.None));
        var configured = Text(await engine.HandleAsync(Admin("/link " + code, "b1"), CancellationToken.None));
        var sameCommunity = Text(await engine.HandleAsync(Admin("/link " + code, "a1"), CancellationToken.None));
        var stillWorks = Text(await engine.HandleAsync(Admin("/link " + code, "c1"), CancellationToken.None));

        var texts = CommunityTexts.For(ChatLanguage.Arabic);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, member);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, memberUses);
        Assert.Equal(texts.LinkConfigured, configured);
        Assert.Equal(texts.AlreadyLinked, sameCommunity);
        Assert.Equal(texts.Linked(0), stillWorks);
        Assert.Equal("other", services.Get<CommunityDirectory>().CommunityOf("test", "b1"));
    }

    [Fact]
    public async Task Briefings_a_group_posted_as_a_community_of_its_own_go_with_it_into_the_community_it_joins()
    {
        using var services = await CreateAsync(new() { ["Chat:Posting"] = "Open" });
        var engine = services.Engine;
        await engine.HandleAsync(Admin("/brief " + Briefing(Marker), "c1"), CancellationToken.None);
        var posted = Assert.Single(services.Get<BriefingCatalog>().All, b => b.Title.Contains(Marker, StringComparison.Ordinal));
        Assert.Equal("test:c1", posted.Community);
        var beforeInA = await engine.HandleAsync(ChatTestServices.Group(Marker, "a1"), CancellationToken.None);

        var code = CodeIn(Text(await engine.HandleAsync(Admin("/link", "a1"), CancellationToken.None)));
        var linked = Text(await engine.HandleAsync(Admin("/link " + code, "c1"), CancellationToken.None));
        var inA = await engine.HandleAsync(ChatTestServices.Group(Marker, "a1"), CancellationToken.None);
        var inB = await engine.HandleAsync(ChatTestServices.Group(Marker, "b1"), CancellationToken.None);

        Assert.Equal(CommunityTexts.For(ChatLanguage.Arabic).Linked(1), linked);
        Assert.DoesNotContain(beforeInA.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == posted.Id);
        Assert.Contains(inA.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == posted.Id);
        Assert.DoesNotContain(inB.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == posted.Id);
        Assert.Equal("news", services.Get<BriefingCatalog>().Find(posted.Id)!.Community);
    }

    private Task<ChatTestServices> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(Listed);
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return ChatTestServices.CreateAsync(all, services => services.AddSingleton<TimeProvider>(_clock));
    }

    private static IncomingMessage Admin(string text, string group) => ChatTestServices.Group(text, group, "admin-" + group, SenderRole.Moderator);

    private static string CodeIn(string text) => CodePattern().Match(text).Value is { Length: 8 } code ? code : throw new InvalidOperationException("No code in: " + text);

    private static string Text(ChatReply reply) => Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text;

    private static string Briefing(string marker) =>
        $"---\ndate: 2030-05-05\n---\n# موجز {marker}\n\n## التطورات\nيتوسع التعاون في {marker} ليشمل الطاقة والموانئ والنقل.\n";

    [GeneratedRegex("(?<![A-Z0-9])[A-Z2-9]{8}(?![A-Z0-9])")]
    private static partial Regex CodePattern();
}
