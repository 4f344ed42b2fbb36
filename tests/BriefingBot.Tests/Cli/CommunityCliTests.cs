using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BriefingBot.Cli;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Communities;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Cli;

/// <summary>Communities from the terminal: the console chat inside a community, and the operator's commands.</summary>
public sealed partial class CommunityCliTests : IDisposable
{
    private const string Briefing = "---\nid: alpha-daily\ndate: 2030-03-03\n---\n# موجز فيروزستان\n\n## السياسة\nقال الخبير إن فيروزستان تفتح موانئها للسفن الأجنبية هذا العام.\n";
    private readonly string _root = HostProcess.NewTempDirectory();

    [Fact]
    public async Task A_briefing_posted_in_the_console_inside_community_alpha_is_answered_there_and_not_in_beta_or_in_private()
    {
        using var host = await ConsoleHost.OpenAsync(Path.Combine(_root, "data"), ConsoleHost.Corpus);
        var engine = host.Services.GetRequiredService<ChatEngine>();
        var file = Path.Combine(_root, "alpha.md");
        await File.WriteAllTextAsync(file, Briefing);

        var alpha = await RunAsync(new ConsoleChatSession(engine, null, ansi: false) { Community = "alpha" }, $"/brief {file}\nفيروزستان\n/briefings\n");
        var beta = await RunAsync(new ConsoleChatSession(engine, null, ansi: false) { Community = "beta" }, "فيروزستان\n/briefings\n/today\n/unbrief alpha-daily\n");
        var inPrivate = await RunAsync(new ConsoleChatSession(engine, null, ansi: false), "فيروزستان\n/briefings\n");

        Assert.Contains("تمت إضافة الموجز «موجز فيروزستان»", alpha, StringComparison.Ordinal);
        Assert.Contains("تفتح موانئها للسفن الأجنبية", alpha, StringComparison.Ordinal);
        Assert.Equal("alpha", host.Services.GetRequiredService<BriefingCatalog>().Find("alpha-daily")!.Community);
        foreach (var text in new[] { beta, inPrivate })
        {
            Assert.DoesNotContain("فيروزستان", text, StringComparison.Ordinal);
            Assert.DoesNotContain("alpha-daily «", text, StringComparison.Ordinal);
        }

        Assert.NotNull(host.Services.GetRequiredService<BriefingCatalog>().Find("alpha-daily"));
    }

    [Fact]
    public async Task Brief_with_a_community_lists_under_it_counts_in_communities_and_assign_makes_it_shared()
    {
        var data = Path.Combine(_root, "cli");
        Directory.CreateDirectory(data);
        var file = Path.Combine(data, "alpha.md");
        await File.WriteAllTextAsync(file, Briefing);

        var added = await HostProcess.RunAsync(data, "brief", file, "--community", "alpha", "--json");
        Assert.True(added.ExitCode == 0, added.Error);
        using (var json = JsonDocument.Parse(added.Output))
        {
            Assert.Equal("added", json.RootElement.GetProperty("outcome").GetString());
            Assert.Equal("alpha", json.RootElement.GetProperty("community").GetString());
        }

        var listed = await HostProcess.RunAsync(data, "briefings", "--community", "alpha", "--json");
        var shared = await HostProcess.RunAsync(data, "briefings", "--community", "shared", "--json");
        var communities = await HostProcess.RunAsync(data, "communities", "--json");
        Assert.Single(listed.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("\"id\":\"alpha-daily\"", StringComparison.Ordinal) && l.Contains("\"community\":\"alpha\"", StringComparison.Ordinal));
        Assert.DoesNotContain("alpha-daily", shared.Output, StringComparison.Ordinal);
        var rows = communities.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(1, rows.Single(r => r.GetProperty("id").GetString() == "alpha").GetProperty("briefings").GetInt32());
        Assert.True(rows.Single(r => r.GetProperty("id").GetString() == "shared").GetProperty("briefings").GetInt32() >= 1);

        var assigned = await HostProcess.RunAsync(data, "assign", "alpha-daily", "--shared", "--json");
        Assert.True(assigned.ExitCode == 0, assigned.Error);
        var nowShared = await HostProcess.RunAsync(data, "briefings", "--community", "shared", "--json");
        Assert.Contains("\"id\":\"alpha-daily\"", nowShared.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_in_another_communitys_console_never_pages_alpha_and_a_code_printed_in_alphas_console_links_a_group_to_alpha()
    {
        using var host = await ConsoleHost.OpenAsync(Path.Combine(_root, "data"), ConsoleHost.Corpus, new Dictionary<string, string?> { ["Communities:alpha:Chats:0"] = "telegram:-100501" });
        var engine = host.Services.GetRequiredService<ChatEngine>();
        var file = Path.Combine(_root, "many.md");
        var sb = new StringBuilder("---\nid: alpha-many\ndate: 2030-03-04\n---\n# موجز فيروزستان\n\n## الموانئ\n");
        for (var i = 1; i <= 7; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"التطور رقم {i} في فيروزستان يشمل الطاقة والموانئ والنقل وغيرها.\n\n");
        }

        await File.WriteAllTextAsync(file, sb.ToString());

        var alpha = await RunAsync(new ConsoleChatSession(engine, null, ansi: false) { Community = "alpha" }, $"/brief {file}\nفيروزستان\nmore\n/link\n");
        var beta = await RunAsync(new ConsoleChatSession(engine, null, ansi: false) { Community = "beta" }, "فيروزستان\nmore\nالمزيد\n/today\n");
        var inPrivate = await RunAsync(new ConsoleChatSession(engine, null, ansi: false), "فيروزستان\nmore\n/briefings\n");
        var code = CodePattern().Match(alpha).Value;
        var group = new IncomingMessage("telegram", "-100777", "55", "admin", ChatKind.Group, AddressedToBot: true, ReplyToBot: false, "/link " + code) { GroupId = "-100777", Role = SenderRole.Moderator };
        var linked = await engine.HandleAsync(group, CancellationToken.None);
        var answered = await engine.HandleAsync(group with { Text = "/ask فيروزستان", Role = SenderRole.Member }, CancellationToken.None);

        Assert.True(alpha.Contains("التطور رقم 4", StringComparison.Ordinal), alpha);
        Assert.Equal(8, code.Length);
        foreach (var text in new[] { beta, inPrivate })
        {
            Assert.DoesNotContain("فيروزستان", text.Replace("فيروزستان\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("التطور رقم", text, StringComparison.Ordinal);
        }

        Assert.Equal(CommunityTexts.For(ChatLanguage.Arabic).Linked(0), Assert.IsType<TextBlock>(Assert.Single(linked.Blocks)).Text);
        Assert.Contains(answered.Blocks.OfType<PassageBlock>(), p => p.Source.BriefingId == "alpha-many");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    private static async Task<string> RunAsync(ConsoleChatSession session, string input)
    {
        var output = new StringWriter();
        await session.RunAsync(new StringReader(input), output, interactive: false, CancellationToken.None);
        return output.ToString();
    }

    [GeneratedRegex("(?<![A-Z0-9])[A-Z2-9]{8}(?![A-Z0-9])")]
    private static partial Regex CodePattern();
}
