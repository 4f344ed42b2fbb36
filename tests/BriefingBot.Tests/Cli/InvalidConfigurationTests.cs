namespace BriefingBot.Tests.Cli;

public sealed class InvalidConfigurationTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Fact]
    public async Task A_command_with_a_bad_setting_names_its_key_and_exits_2_without_answering()
    {
        var result = await HostProcess.RunAsync(_data, new Dictionary<string, string> { ["Answering__Top"] = "0" }, "ask", "ماذا قال بولياكوف؟");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Answering:Top must be at least 1 (it is 0).", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task The_bot_with_a_bad_platform_setting_does_not_start_and_names_the_key()
    {
        var result = await HostProcess.RunAsync(_data, new Dictionary<string, string>
        {
            ["Telegram__Token"] = "123456789:fake-test-token",
            ["Telegram__BaseUrl"] = "http://127.0.0.1:9",
            ["Telegram__Limits__PerGroupPerMinute"] = "0",
        });

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Telegram:Limits:PerGroupPerMinute must be at least 1 (it is 0).", result.Output + result.Error, StringComparison.Ordinal);
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
