
namespace BriefingBot.Discord.Tests.Fakes;

/// <summary>A briefing file a moderator posts with <c>/brief</c>: served by the fake as an attachment.</summary>
public static class BriefingFiles
{
    public const string Briefing = """
        ---
        date: 2026-11-25
        ---
        # موجز زمرذستان

        ## السياسة
        قال الخبير أندريه بولياكوف إن العلاقات مع زمرذستان تتطور بسرعة كبيرة هذا العام.

        ## الاقتصاد
        يتوسع التعاون مع زمرذستان ليشمل الطاقة والموانئ والنقل البحري.
        """;

    public static void Serve(FakeDiscordServer server) =>
        server.Enqueue("GET", "/attachments/brief.md", FakeRestResponse.Json(200, Briefing));

    public static Task SendBriefAsync(AdapterHarness harness, FakeGatewayConnection connection, string interactionId, string permissions = "8192", string[]? roles = null) =>
        harness.SendInteractionAsync(connection, interactionId, 2, AdapterHarness.Member("moderator", permissions, roles),
            new
            {
                id = "command-brief",
                name = "brief",
                type = 1,
                options = new[] { new { name = "file", type = 11, value = "a1" } },
                resolved = new
                {
                    attachments = new Dictionary<string, object>
                    {
                        ["a1"] = new
                        {
                            id = "a1",
                            filename = "brief.md",
                            size = System.Text.Encoding.UTF8.GetByteCount(Briefing),
                            url = harness.Server.ApiBaseUrl + "/attachments/brief.md",
                            content_type = "text/markdown",
                        },
                    },
                },
            });
}
