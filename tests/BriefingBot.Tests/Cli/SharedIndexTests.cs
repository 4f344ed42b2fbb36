using BriefingBot.Core.Search;

namespace BriefingBot.Tests.Cli;

public sealed class SharedIndexTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Theory]
    [InlineData("ask", "ماذا قال بولياكوف؟")]
    [InlineData("index")]
    [InlineData("chat")]
    public async Task A_command_that_needs_the_index_while_a_bot_holds_it_says_so_and_exits_3(params string[] args)
    {
        // A running bot holds the index's one writer; this process plays that bot.
        using var runningBot = PassageIndex.Open(Path.Combine(_data, "index"));

        var result = await HostProcess.RunAsync(_data, args);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("The index is in use by a running bot", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task A_second_bot_on_the_same_data_directory_refuses_to_start_and_says_why()
    {
        using var runningBot = PassageIndex.Open(Path.Combine(_data, "index"));

        // A platform is configured so the host gets as far as opening the index; nothing listens at that address.
        var result = await HostProcess.RunAsync(_data, new Dictionary<string, string>
        {
            ["Telegram__Token"] = "123456789:fake-test-token",
            ["Telegram__BaseUrl"] = "http://127.0.0.1:9",
        });

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("in use by another BriefingBot process", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fake-test-token", result.Output + result.Error, StringComparison.Ordinal);
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
