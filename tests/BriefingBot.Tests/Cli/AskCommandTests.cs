using System.Text.Json;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;

namespace BriefingBot.Tests.Cli;

public sealed class AskCommandTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Fact]
    public async Task Ask_json_reports_the_confidence_and_the_tentative_outcome_and_the_console_prints_the_hedge()
    {
        const string partial = "ما مدى قرب العلاقة بين البلدين اليوم؟";

        var json = await HostProcess.RunAsync(_data, "ask", partial, "--json");
        var plain = await HostProcess.RunAsync(_data, "ask", partial);
        var sure = await HostProcess.RunAsync(_data, "ask", "ماذا قال بولياكوف؟", "--json");

        Assert.True(json.ExitCode == 0, json.Error);
        using var answer = JsonDocument.Parse(json.Output);
        Assert.Equal("TentativePassages", answer.RootElement.GetProperty("outcome").GetString());
        Assert.True(answer.RootElement.GetProperty("answered").GetBoolean());
        var tiers = new AnsweringOptions();
        Assert.InRange(answer.RootElement.GetProperty("confidence").GetDouble(), tiers.TentativeCoverage, tiers.ConfidentCoverage - 0.01);
        Assert.NotEqual(0, answer.RootElement.GetProperty("passages").GetArrayLength());
        Assert.StartsWith("لست متأكدًا، هذه أقرب الفقرات:", plain.Output, StringComparison.Ordinal);
        using var speaker = JsonDocument.Parse(sure.Output);
        Assert.Equal("SpeakerPassages", speaker.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("أندريه بولياكوف", speaker.RootElement.GetProperty("speaker").GetString());
        Assert.Equal(1.0, speaker.RootElement.GetProperty("confidence").GetDouble());
    }

    [Theory]
    [InlineData("السلام عليكم")]
    [InlineData("من أنت؟")]
    public async Task Ask_prints_the_welcome_chat_gives_to_a_greeting_or_a_question_to_the_bot_not_nothing_found(string message)
    {
        var plain = await HostProcess.RunAsync(_data, "ask", message);
        var json = await HostProcess.RunAsync(_data, "ask", message, "--json");

        Assert.True(plain.ExitCode == 0, plain.Error);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Welcome.TrimEnd(), plain.Output.TrimEnd());
        using var answer = JsonDocument.Parse(json.Output);
        Assert.Equal("AboutTheBot", answer.RootElement.GetProperty("declined").GetString());
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
