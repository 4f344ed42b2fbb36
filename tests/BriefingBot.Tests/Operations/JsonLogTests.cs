using System.Text.Json;

namespace BriefingBot.Tests.Operations;

public sealed class JsonLogTests
{
    [Fact]
    public async Task With_the_json_formatter_every_log_line_is_one_JSON_object_with_the_message_fields()
    {
        var data = HostProcess.NewTempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Telegram__Token"] = string.Empty,
            ["Discord__Token"] = string.Empty,
        };

        // With no platform configured the bot logs why and exits 2: a log line the test can read.
        var (exitCode, output, error) = await HostProcess.RunAsync(data, environment);

        Assert.Equal(2, exitCode);
        var lines = (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var entries = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var entry = Assert.Single(entries, e => e.GetProperty("LogLevel").GetString() == "Error");
        Assert.Equal("BriefingBot", entry.GetProperty("Category").GetString());
        Assert.Contains("Telegram__Token", entry.GetProperty("Message").GetString(), StringComparison.Ordinal);
        Assert.True(entry.TryGetProperty("Timestamp", out _), "each entry is timestamped for the shipper");
        Assert.True(entry.GetProperty("State").TryGetProperty("{OriginalFormat}", out _), "the structured fields travel with the entry");
    }
}
