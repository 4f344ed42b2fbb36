using BriefingBot.Core.Briefings;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using BriefingBot.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BriefingBot.Core.Tests.Chat;

public sealed class BriefingAnnouncementsTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly CommunityRegistry _registry;
    private readonly BriefingAnnouncements _announcements;
    private readonly Briefing _briefing = new BriefingParser().Parse("# موجز الطاقة\n## الغاز\nقال الخبير أندريه بولياكوف إن أسعار الغاز ترتفع.\n");

    public BriefingAnnouncementsTests()
    {
        _registry = new CommunityRegistry(Options.Create(new BriefingBotOptions { DataDirectory = _data.Path }), NullLogger<CommunityRegistry>.Instance);
        var communities = new CommunityOptions();
        communities.Communities["news"] = new CommunityDefinition { Chats = ["telegram:-100"], Announce = ["telegram:-300", "discord:900"] };
        _announcements = new BriefingAnnouncements(_registry, new CommunityDirectory(Options.Create(communities), Options.Create(new ChatOptions()), _registry));
    }

    [Fact]
    public void A_shared_briefing_is_announced_with_the_cores_arabic_text()
    {
        var reply = _announcements.For(_briefing);

        Assert.Equal(ChatLanguage.Arabic, reply.Language);
        Assert.Equal(BriefingTexts.For(ChatLanguage.Arabic).Announcement(_briefing), Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
    }

    [Fact]
    public async Task A_communitys_briefing_is_announced_in_the_language_the_community_chose()
    {
        await _registry.SetSettingsAsync("news", s => s with { Language = "en" }, CancellationToken.None);
        var briefing = _briefing with { Community = "news" };

        var reply = _announcements.For(briefing);

        Assert.Equal(ChatLanguage.English, reply.Language);
        Assert.Equal(BriefingTexts.For(ChatLanguage.English).Announcement(briefing), Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
    }

    [Fact]
    public void A_shared_briefing_goes_to_every_configured_chat_but_the_one_it_was_posted_in()
    {
        var origin = new BriefingOrigin("telegram", "-200", "7", "moderator");

        var chats = _announcements.Chats(_briefing, origin, "telegram", ["-100", "-200", " "], chat => "telegram:" + chat);

        Assert.Equal(["-100"], chats);
    }

    [Fact]
    public void A_communitys_briefing_goes_to_its_own_chats_and_announce_chats_only()
    {
        var briefing = _briefing with { Community = "news" };
        var origin = new BriefingOrigin("console", null, null, null);

        var telegram = _announcements.Chats(briefing, origin, "telegram", ["-100", "-200"], chat => new[] { "-100" }.Contains(chat) ? "news" : "telegram:" + chat);
        var discord = _announcements.Chats(briefing, origin, "discord", ["555"], communityOfChat: null);

        Assert.Equal(["-100", "-300"], telegram);
        Assert.Equal(["900"], discord);
    }

    public void Dispose()
    {
        _registry.Dispose();
        _data.Dispose();
    }
}
