using BriefingBot.Cli;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Library;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Cli;

public sealed class ConsoleChatTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "briefingbot-console-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_piped_conversation_is_answered_by_the_chat_core_and_more_continues_the_last_answer()
    {
        var builder = BotHost.CreateBuilder(quiet: true);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BriefingBot:DataDirectory"] = Path.Combine(_root, "data"),
            ["BriefingBot:CorpusDirectory"] = Path.Combine(AppContext.BaseDirectory, "corpus"),
        });
        using var host = builder.Build();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        var answerer = host.Services.GetRequiredService<QuestionAnswerer>();
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false);
        var output = new StringWriter();

        await session.RunAsync(new StringReader("كوريا الشمالية\n\nالمزيد\n/help\n/exit\nماذا قال وود؟\n"), output, interactive: false, CancellationToken.None);

        var text = output.ToString();
        var first = answerer.Answer(new AnswerRequest("كوريا الشمالية"));
        var next = answerer.Answer(new AnswerRequest("كوريا الشمالية", Skip: first.Passages.Count));
        Assert.All(first.Passages.Concat(next.Passages), p => Assert.Contains($"[{p.Rank}] ", text, StringComparison.Ordinal));
        Assert.Contains(ChatTexts.For(ChatLanguage.Arabic).Help, text, StringComparison.Ordinal);
        Assert.Contains("«", text, StringComparison.Ordinal);
        // Nothing after /exit is answered: only the first answer starts at rank 1.
        Assert.Single(text.Split('\n'), l => l.StartsWith("[1] ", StringComparison.Ordinal));
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
}
