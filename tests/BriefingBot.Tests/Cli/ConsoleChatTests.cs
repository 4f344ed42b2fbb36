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
        using var host = await ConsoleHost.OpenAsync(Path.Combine(_root, "data"), ConsoleHost.Corpus);
        var answerer = host.Services.GetRequiredService<QuestionAnswerer>();
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false);
        var output = new StringWriter();

        await session.RunAsync(new StringReader("كوريا الشمالية\n\nالمزيد\n/help\n/exit\nماذا قال وود؟\n"), output, interactive: false, CancellationToken.None);

        var text = output.ToString();
        var first = answerer.Answer(new AnswerRequest("كوريا الشمالية"));
        var next = answerer.Answer(new AnswerRequest("كوريا الشمالية", Skip: first.Passages.Count));
        Assert.All(first.Passages.Concat(next.Passages), p => Assert.Contains($"[{p.Rank}] ", text, StringComparison.Ordinal));
        Assert.Contains(ChatTexts.For(ChatLanguage.Arabic).Help, text, StringComparison.Ordinal);
        // Piped output carries no marks: no escape codes, and no «…» around matched words (Arabic's quotation marks).
        Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
        Assert.DoesNotContain("«كوريا", text, StringComparison.Ordinal);
        // Nothing after /exit is answered: only the first answer starts at rank 1.
        Assert.Single(text.Split('\n'), l => l.StartsWith("[1] ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Typing_more_under_an_answer_without_more_pages_does_not_press_its_vote_button()
    {
        using var host = BuildHost();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false);
        var output = new StringWriter();

        // A person's answer holds all their passages: its only buttons are 👍 and 👎.
        await session.RunAsync(new StringReader("ماذا قال وود؟\nالمزيد\n"), output, interactive: false, CancellationToken.None);

        var text = output.ToString();
        Assert.DoesNotContain("[المزيد]", text, StringComparison.Ordinal);
        Assert.Contains(ChatTexts.For(ChatLanguage.Arabic).NoMoreResults, text, StringComparison.Ordinal);
        Assert.DoesNotContain("سُجّل رأيك", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_console_question_that_points_back_follows_up_the_previous_answer()
    {
        using var host = BuildHost();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false);
        var output = new StringWriter();

        await session.RunAsync(new StringReader("ماذا قال بولياكوف؟\nومتى قال ذلك؟\n"), output, interactive: false, CancellationToken.None);

        var headings = output.ToString().Split('\n').Count(l => l.StartsWith("ما قاله أندريه بولياكوف في الموجزات:", StringComparison.Ordinal));
        Assert.Equal(2, headings);
    }

    [Fact]
    public async Task The_console_shows_the_hedge_over_a_partial_match_and_the_womans_heading_over_her_passages()
    {
        using var host = BuildHost();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false);
        var file = Path.Combine(_root, "today.md");
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(file, "---\nid: 2026-11-25-console\ndate: 2026-11-25\n---\n# موجز لازوردستان\n\n## الاقتصاد\nتقول الباحثة في معهد الدراسات سلمى الخطيب إن لازوردستان تفتح موانئها للسفن الأجنبية هذا العام.\nوتضيف الخطيب أن الرسوم الجمركية ستنخفض إلى النصف.\n");
        var output = new StringWriter();

        await session.RunAsync(new StringReader($"/brief {file}\nماذا قالت الخطيب؟\nما مدى قرب العلاقة بين البلدين اليوم؟\n"), output, interactive: false, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("ما قالته سلمى الخطيب في الموجزات:", text, StringComparison.Ordinal);
        Assert.Contains("ستنخفض إلى النصف", text, StringComparison.Ordinal);
        Assert.Contains(ChatTexts.For(ChatLanguage.Arabic).Tentative, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_operator_posts_a_briefing_file_by_path_and_removes_it_again_in_a_piped_conversation()
    {
        using var host = BuildHost();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: null, ansi: false);
        var file = Path.Combine(_root, "today.md");
        Directory.CreateDirectory(_root);
        await File.WriteAllTextAsync(file, "---\nid: 2026-11-25-console\ndate: 2026-11-25\n---\n# موجز لازوردستان\n\n## السياسة\nقال الخبير إن لازوردستان تفتح موانئها للسفن الأجنبية هذا العام.\n");
        var output = new StringWriter();

        await session.RunAsync(new StringReader($"/brief {file}\n/today\nلازوردستان\n/unbrief 2026-11-25-console\nلازوردستان\n"), output, interactive: false, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("تمت إضافة الموجز «موجز لازوردستان» (2026-11-25)", text, StringComparison.Ordinal);
        // Asked while it was there, the briefing answered; asked after /unbrief, it no longer does.
        Assert.Single(text.Split('\n'), l => l.Contains("تفتح موانئها للسفن الأجنبية", StringComparison.Ordinal));
        Assert.Contains("تم حذف الموجز «موجز لازوردستان»", text, StringComparison.Ordinal);
        Assert.Null(host.Services.GetRequiredService<BriefingCatalog>().Find("2026-11-25-console"));
    }

    [Fact]
    public async Task The_operator_may_post_a_briefing_typed_after_the_command()
    {
        using var host = BuildHost();
        await host.Services.GetRequiredService<BriefingLibrary>().InitializeAsync(CancellationToken.None);
        var session = new ConsoleChatSession(host.Services.GetRequiredService<ChatEngine>(), languageCode: "en", ansi: false);

        var reply = await session.SendAsync("/brief قال الخبير إن بلاد العقيق تبني ميناءً جديدًا على البحر.", CancellationToken.None);

        var added = host.Services.GetRequiredService<BriefingCatalog>().Latest!;
        Assert.Equal(BriefingTexts.For(ChatLanguage.English).Added(added, replaced: false), Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
    }

    private Microsoft.Extensions.Hosting.IHost BuildHost() => ConsoleHost.Build(Path.Combine(_root, "data"), ConsoleHost.Corpus);

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
