using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingBot.Tests.Cli;

/// <summary>The commands an operator recovers with keep working whatever a briefing in the data directory holds.</summary>
public sealed class UnusableBriefingCommandTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Fact]
    public async Task A_briefing_with_a_giant_speaker_word_leaves_briefings_ask_index_and_unbrief_working()
    {
        var good = Path.Combine(_data, "good.md");
        await File.WriteAllTextAsync(good, "# موجز سليم\n\n" + HostProcess.SeedBody().Replace("تبدو موسكو", "تبدو موسكو goodclimarker", StringComparison.Ordinal));
        var hostile = Path.Combine(_data, "hostile.md");
        await File.WriteAllTextAsync(hostile, $"# موجز معطوب\n\nقال الخبير {new string('ب', 20_000)} إن العلاقات تتطور بسرعة hostileclimarker.\n");
        Assert.Equal(0, (await HostProcess.RunAsync(_data, "brief", good, "--date", "2026-11-24")).ExitCode);

        var posted = await HostProcess.RunAsync(_data, "brief", hostile, "--date", "2026-11-25");
        var listed = await HostProcess.RunAsync(_data, "briefings", "--json");
        var asked = await HostProcess.RunAsync(_data, "ask", "goodclimarker", "--json");
        var indexed = await HostProcess.RunAsync(_data, "index");

        Assert.True(posted.ExitCode == 0, posted.Error);
        Assert.True(listed.ExitCode == 0, listed.Error);
        Assert.True(asked.ExitCode == 0, asked.Error);
        Assert.Contains("\"answered\":true", asked.Output, StringComparison.Ordinal);
        Assert.True(indexed.ExitCode == 0, indexed.Error);
        var hostileId = JsonNode.Parse(listed.Output.Split('\n')[0])!["id"]!.GetValue<string>();
        var removed = await HostProcess.RunAsync(_data, "unbrief", hostileId);
        Assert.True(removed.ExitCode == 0, removed.Error);
    }

    [Fact]
    public async Task Unbrief_removes_a_stored_briefing_that_can_no_longer_be_read_and_says_why_it_was_skipped()
    {
        var file = Path.Combine(_data, "today.md");
        await File.WriteAllTextAsync(file, "# موجز\n\n" + HostProcess.SeedBody().Replace("تبدو موسكو", "تبدو موسكو unreadablemarker", StringComparison.Ordinal));
        var added = await HostProcess.RunAsync(_data, "brief", file, "--date", "2026-11-24");
        var id = added.Output.Split('\n').Single(l => l.StartsWith("المعرّف: ", StringComparison.Ordinal))["المعرّف: ".Length..].Trim();
        await RewriteStoredTextAsync(Path.Combine(_data, "briefings"), id, "# عناوين فقط\n\n## بلا فقرات\n");

        var listed = await HostProcess.RunAsync(_data, "briefings", "--json");
        var removed = await HostProcess.RunAsync(_data, "unbrief", id, "--lang", "en");

        Assert.Equal(0, listed.ExitCode);
        Assert.DoesNotContain(id, listed.Output, StringComparison.Ordinal);
        Assert.Contains("no paragraphs", listed.Error, StringComparison.Ordinal);
        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.StartsWith($"Briefing {id} removed.", removed.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_data, "briefings")));
    }

    private static async Task RewriteStoredTextAsync(string storeDirectory, string id, string text)
    {
        var recordPath = Path.Combine(storeDirectory, id + ".json");
        var record = JsonNode.Parse(await File.ReadAllTextAsync(recordPath))!.AsObject();
        var bytes = Encoding.UTF8.GetBytes(text);
        await File.WriteAllBytesAsync(Path.Combine(storeDirectory, record["textFile"]!.GetValue<string>()), bytes);
        record["textSha256"] = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await File.WriteAllTextAsync(recordPath, record.ToJsonString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
