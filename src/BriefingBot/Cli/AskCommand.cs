using System.CommandLine;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Library;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Cli;

/// <summary><c>ask "question"</c>, or <c>ask -</c> to answer one question per line of standard input from one process.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, or - to read one question per line from standard input." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per question." };
        var top = new Option<int?>("--top") { Description = "How many passages to show (default 3)." };
        var latest = new Option<bool>("--latest") { Description = "Search only the latest briefing." };
        var command = new Command("ask", "Answer a question from the briefings.") { question, json, top, latest };
        command.SetAction(async (parse, cancellationToken) => await LibraryCommand.RunAsync(async services =>
        {
            await services.GetRequiredService<BriefingLibrary>().InitializeAsync(cancellationToken).ConfigureAwait(false);
            var answerer = services.GetRequiredService<QuestionAnswerer>();
            var asJson = parse.GetValue(json);
            var text = parse.GetValue(question) ?? string.Empty;
            var stdout = Console.Out;
            if (text == "-")
            {
                await foreach (var line in QuestionLines.ReadAsync(Console.In, cancellationToken).ConfigureAwait(false))
                {
                    await WriteAsync(stdout, answerer.Answer(new AnswerRequest(line, parse.GetValue(top), 0, parse.GetValue(latest))), asJson).ConfigureAwait(false);
                }

                return 0;
            }

            var answer = answerer.Answer(new AnswerRequest(text, parse.GetValue(top), 0, parse.GetValue(latest)));
            await WriteAsync(stdout, answer, asJson).ConfigureAwait(false);
            return 0;
        }).ConfigureAwait(false));
        return command;
    }

    private static async Task WriteAsync(TextWriter output, Answer answer, bool json)
    {
        if (json)
        {
            await output.WriteLineAsync(AnswerJson.Serialize(answer)).ConfigureAwait(false);
        }
        else
        {
            await output.WriteAsync(AnswerPrinter.Render(answer, ansi: ConsoleEmphasis.Terminal)).ConfigureAwait(false);
        }

        await output.FlushAsync().ConfigureAwait(false);
    }
}
