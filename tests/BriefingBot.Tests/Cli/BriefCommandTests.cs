namespace BriefingBot.Tests.Cli;

public sealed class BriefCommandTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Fact]
    public async Task Brief_adds_a_file_confirms_in_Arabic_then_lists_recognises_a_repost_and_removes_it()
    {
        var file = Path.Combine(_data, "today.md");
        await File.WriteAllTextAsync(file, "# موجز الاختبار\n\n## القسم الأول\n" + HostProcess.SeedBody().Replace("تبدو موسكو", "تبدو موسكو clitestmarker", StringComparison.Ordinal));

        var added = await HostProcess.RunAsync(_data, "brief", file, "--date", "2026-11-24");
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.StartsWith("تمت إضافة الموجز «موجز الاختبار» (2026-11-24).", added.Output, StringComparison.Ordinal);
        Assert.Contains("• القسم الأول", added.Output, StringComparison.Ordinal);
        Assert.Contains("عدد الفقرات: 27 فقرة.", added.Output, StringComparison.Ordinal);
        var id = added.Output.Split('\n').Single(l => l.StartsWith("المعرّف: ", StringComparison.Ordinal))["المعرّف: ".Length..].Trim();

        var asked = await HostProcess.RunAsync(_data, "ask", "clitestmarker", "--json");
        Assert.Contains($"\"briefing\":\"{id}\"", asked.Output, StringComparison.Ordinal);

        var again = await HostProcess.RunAsync(_data, "brief", file, "--lang", "en");
        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("This briefing is already there", again.Output, StringComparison.Ordinal);

        var listed = await HostProcess.RunAsync(_data, "briefings", "--json");
        Assert.StartsWith($"{{\"id\":\"{id}\"", listed.Output, StringComparison.Ordinal);

        var removed = await HostProcess.RunAsync(_data, "unbrief", id, "--lang", "en");
        Assert.True(removed.ExitCode == 0, removed.Error);
        Assert.StartsWith("Briefing \"موجز الاختبار\" (2026-11-24) removed.", removed.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_data, "briefings")));
    }

    [Fact]
    public async Task Brief_into_a_data_directory_without_an_index_finishes_building_it_before_confirming()
    {
        // The first command on a fresh data directory builds the index; a process that confirmed the post and exited
        // mid-build used to log the interrupted build as a failure and leave no index to answer from.
        var file = Path.Combine(_data, "today.md");
        await File.WriteAllTextAsync(file, "# موجز الاختبار\n\n## القسم الأول\n" + HostProcess.SeedBody());

        var added = await HostProcess.RunAsync(_data, "brief", file, "--date", "2026-11-24");

        Assert.True(added.ExitCode == 0, added.Error);
        Assert.DoesNotContain("fail", added.Error, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(_data, "index", "current")), "the index built for the post is the one that answers");
    }

    [Fact]
    public async Task Brief_refuses_a_binary_file_with_a_clear_message_and_a_non_zero_exit_code_storing_nothing()
    {
        var file = Path.Combine(_data, "scan.txt");
        await File.WriteAllBytesAsync(file, [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x00, 0x00, 0x13]);

        var result = await HostProcess.RunAsync(_data, "brief", file, "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("does not look like text", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_data, "briefings")) && Directory.EnumerateFiles(Path.Combine(_data, "briefings")).Any());
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
