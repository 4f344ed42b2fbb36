using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Cli;

namespace BriefingBot.Tests.Cli;

public sealed class QuestionLinesTests : IDisposable
{
    private readonly string _data = HostProcess.NewTempDirectory();

    [Theory]
    [InlineData("a\nb\n", new[] { "a", "b" })]
    [InlineData("a\r\nb", new[] { "a", "b" })]
    [InlineData("a\rb\n", new[] { "a\rb" })]
    [InlineData("a\r\r\nb\r", new[] { "a\r", "b" })]
    [InlineData("\n\n", new[] { "", "" })]
    [InlineData("", new string[0])]
    public async Task Only_a_line_feed_ends_a_question_line(string input, string[] lines)
    {
        var read = new List<string>();
        await foreach (var line in QuestionLines.ReadAsync(new StringReader(input), CancellationToken.None))
        {
            read.Add(line);
        }

        Assert.Equal(lines, read);
    }

    [Fact]
    public async Task A_line_break_split_between_two_reads_still_ends_one_line()
    {
        var input = new string('س', 4095) + "\r\n" + "ثانية";
        var read = new List<string>();
        await foreach (var line in QuestionLines.ReadAsync(new StringReader(input), CancellationToken.None))
        {
            read.Add(line);
        }

        Assert.Equal([new string('س', 4095), "ثانية"], read);
    }

    [Fact]
    public async Task An_endless_line_keeps_only_its_beginning()
    {
        var read = new List<string>();
        await foreach (var line in QuestionLines.ReadAsync(new StringReader(new string('س', 1_000_000) + "\nب"), CancellationToken.None))
        {
            read.Add(line);
        }

        Assert.Equal(QuestionLines.MaxLineLength, read[0].Length);
        Assert.Equal("ب", read[1]);
    }

    [Fact]
    public async Task Ask_json_from_standard_input_answers_one_object_per_line_and_cuts_long_questions_between_characters()
    {
        var questions = "ماذا قال\rبولياكوف؟\r\n" + new string('ا', 299) + "😀😀\n" + "موسكو\n";

        var (exitCode, output, error) = await RunWithInputAsync(questions, "ask", "--json", "-");

        Assert.True(exitCode == 0, error);
        var answers = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(3, answers.Count);
        Assert.Equal("ماذا قال بولياكوف؟", answers[0]["question"]!.GetValue<string>());
        Assert.Equal("SpeakerPassages", answers[0]["outcome"]!.GetValue<string>());
        Assert.Equal(new string('ا', 299), answers[1]["question"]!.GetValue<string>());
        Assert.DoesNotContain('\uFFFD', output);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string input, params string[] args)
    {
        using var process = HostProcess.Start(_data, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var bytes = new UTF8Encoding(false).GetBytes(input);
        await process.StandardInput.BaseStream.WriteAsync(bytes);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(HostProcess.HangGuard);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
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
