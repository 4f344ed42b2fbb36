using System.Text.Json;
using BriefingBot.Cli;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Insights;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Cli;

public sealed class GapsCommandTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Fact]
    public async Task Console_votes_are_acknowledged_and_gaps_in_chat_and_on_the_command_line_group_the_unanswered_questions()
    {
        // Outcomes checked against the shipped corpus with `ask`: the recipe and the capital are declined, Polyakov
        // is answered; voted down and then up again, he is no gap.
        var text = await ChatAsync(
            community: null,
            "ما وصفة الكنافة؟\nوصفة الكنافة\nماذا قال بولياكوف؟\n👎\n👍\nما عاصمة أستراليا؟\n/الفجوات --days 3\n");

        Assert.Contains("[👍]", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("شكرًا، سُجّل رأيك.").Length - 1);
        Assert.Contains("آخر 3 أيام", text, StringComparison.Ordinal);
        Assert.Contains("1. «وصفة الكنافة» — سُئل مرتين", text, StringComparison.Ordinal);
        Assert.Contains("2. «ما عاصمة أستراليا؟» — سُئل مرة واحدة", text, StringComparison.Ordinal);
        Assert.DoesNotContain("بولياكوف؟» —", text, StringComparison.Ordinal);

        // The private terminal follows no community: its questions count as shared, the name `communities` prints.
        var (exitCode, json, error) = await HostProcess.RunAsync(_data, "gaps", "--json", "--community", CommunitiesCommand.SharedName);
        Assert.True(exitCode == 0, error);
        var report = JsonDocument.Parse(json).RootElement;
        var gaps = report.GetProperty("gaps");
        Assert.Equal(2, gaps.GetArrayLength());
        Assert.Equal(2, gaps[0].GetProperty("count").GetInt32());
        Assert.Equal("nothing_relevant", gaps[0].GetProperty("lastOutcome").GetString());
        Assert.Equal(2, gaps[0].GetProperty("wordings").GetArrayLength());

        var (_, elsewhere, _) = await HostProcess.RunAsync(_data, "gaps", "--json", "--community", "telegram:-100");
        Assert.Equal(0, JsonDocument.Parse(elsewhere).RootElement.GetProperty("gaps").GetArrayLength());
    }

    [Fact]
    public async Task Gaps_of_a_community_on_the_command_line_are_those_asked_in_it_under_the_id_communities_lists()
    {
        await ChatAsync("news", "ما عاصمة أستراليا؟\n");
        await ChatAsync(community: null, "كم عدد سكان البرازيل؟\n");

        var (_, listed, _) = await HostProcess.RunAsync(_data, new Dictionary<string, string> { ["Communities__news__Chats__0"] = "telegram:-100123" }, "communities", "--json");
        var ids = listed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        var (exitCode, news, error) = await HostProcess.RunAsync(_data, "gaps", "--community", "news");
        var (_, all, _) = await HostProcess.RunAsync(_data, "gaps");

        Assert.Contains("news", ids);
        Assert.Contains(QuestionInsights.SharedCommunity, ids);
        Assert.True(exitCode == 0, error);
        Assert.Contains("ما عاصمة أستراليا؟", news, StringComparison.Ordinal);
        Assert.DoesNotContain("البرازيل", news, StringComparison.Ordinal);
        Assert.Contains("البرازيل", all, StringComparison.Ordinal);
        Assert.Contains("أستراليا", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Insights__RetentionDays", "0", "Insights:RetentionDays must be between 1 and 3650 (it is 0).")]
    [InlineData("Insights__GapsDays", "45", "Insights:GapsDays: must not look further back than Insights:RetentionDays")]
    public async Task A_bad_insights_setting_names_its_key_and_exits_2(string key, string value, string expected)
    {
        var result = await HostProcess.RunAsync(_data, new Dictionary<string, string> { [key] = value }, "gaps");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Days_outside_what_is_kept_are_refused_with_the_range()
    {
        var result = await HostProcess.RunAsync(_data, "gaps", "--days", "31");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--days must be between 1 and 30", result.Error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the OS cleans the temp directory eventually.
        }
    }

    private async Task<string> ChatAsync(string? community, string input)
    {
        var output = new StringWriter();
        using var host = await ConsoleHost.OpenAsync(_data, corpusDirectory: null);
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false) { Community = community };
        await session.RunAsync(new StringReader(input), output, interactive: false, CancellationToken.None);
        return output.ToString();
    }
}
