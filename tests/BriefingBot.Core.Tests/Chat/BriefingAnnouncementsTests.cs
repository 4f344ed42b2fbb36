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
    private readonly Briefing _briefing = new BriefingParser().Parse("# موجز الطاقة\n## الغاز\nقال الخبير أندريه بولياكوف إن أسعار الغاز ترتفع.\n");

    public BriefingAnnouncementsTests() =>
        _registry = new CommunityRegistry(Options.Create(new BriefingBotOptions { DataDirectory = _data.Path }), NullLogger<CommunityRegistry>.Instance);

    [Fact]
    public void A_shared_briefing_is_announced_with_the_cores_arabic_text()
    {
        var reply = new BriefingAnnouncements(_registry).For(_briefing);

        Assert.Equal(ChatLanguage.Arabic, reply.Language);
        Assert.Equal(BriefingTexts.For(ChatLanguage.Arabic).Announcement(_briefing), Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
    }

    [Fact]
    public async Task A_communitys_briefing_is_announced_in_the_language_the_community_chose()
    {
        await _registry.SetSettingsAsync("news", s => s with { Language = "en" }, CancellationToken.None);
        var briefing = _briefing with { Community = "news" };

        var reply = new BriefingAnnouncements(_registry).For(briefing);

        Assert.Equal(ChatLanguage.English, reply.Language);
        Assert.Equal(BriefingTexts.For(ChatLanguage.English).Announcement(briefing), Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
    }

    public void Dispose()
    {
        _registry.Dispose();
        _data.Dispose();
    }
}
