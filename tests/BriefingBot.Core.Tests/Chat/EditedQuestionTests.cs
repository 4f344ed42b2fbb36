using BriefingBot.Core.Chat;
using BriefingBot.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BriefingBot.Core.Tests.Chat;

/// <summary>
/// An edited question (Telegram <c>edited_message</c>, Discord <c>MESSAGE_UPDATE</c>) as the core decides it: within the edit
/// window the asker's new words replace the answer in the bot's own messages; anything else changes nothing.
/// </summary>
public sealed class EditedQuestionTests
{
    private const string Polyakov = "ماذا قال بولياكوف؟";
    private const string Wood = "ماذا قال جوناثان وود؟";

    private static async Task<(ChatTestServices Services, FakeTimeProvider Time)> StartAsync(string? window = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero));
        var settings = window is null ? null : new Dictionary<string, string?> { ["Chat:EditWindow"] = window };
        var services = await ChatTestServices.CreateAsync(settings, s => s.AddSingleton<TimeProvider>(time));
        return (services, time);
    }

    private static IncomingMessage Question(string text, string messageId = "q1", string user = "u1") =>
        new("test", "group-1", user, user, ChatKind.Group, AddressedToBot: true, ReplyToBot: false, text, messageId) { GroupId = "g1" };

    /// <summary>Asks as an adapter would: the reply is handled, then reported as sent in these messages.</summary>
    private static async Task<ChatReply> AskAsync(ChatEngine engine, IncomingMessage question, params string[] sentAs)
    {
        var reply = await engine.HandleAsync(question, CancellationToken.None);
        engine.Delivered(question, reply, sentAs);
        return reply;
    }

    [Fact]
    public async Task An_edit_within_the_window_replaces_the_answer_in_the_bots_own_messages_with_the_answer_to_the_new_words()
    {
        var (services, time) = await StartAsync();
        using var _ = services;
        await AskAsync(services.Engine, Question(Polyakov), "r1", "r2");
        time.Advance(TimeSpan.FromMinutes(4));

        var replacement = await services.Engine.HandleEditAsync(Question(Wood), CancellationToken.None);

        Assert.NotNull(replacement);
        Assert.Equal(["r1", "r2"], replacement.MessageIds);
        var passages = replacement.Reply.Blocks.OfType<PassageBlock>().ToList();
        Assert.NotEmpty(passages);
        Assert.All(passages, p => Assert.Equal("جوناثان وود", p.Source.Speaker));
    }

    [Fact]
    public async Task An_edit_after_the_window_changes_nothing()
    {
        var (services, time) = await StartAsync();
        using var _ = services;
        await AskAsync(services.Engine, Question(Polyakov), "r1");
        time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Null(await services.Engine.HandleEditAsync(Question(Wood), CancellationToken.None));
    }

    [Fact]
    public async Task The_window_is_a_setting_and_zero_turns_edits_off()
    {
        var (services, time) = await StartAsync("00:00:00");
        using var _ = services;
        await AskAsync(services.Engine, Question(Polyakov), "r1");

        Assert.Null(await services.Engine.HandleEditAsync(Question(Wood), CancellationToken.None));
        Assert.Contains(
            "Chat:EditWindow must be between",
            Assert.Single(new ConfigurationKeyValidator<ChatOptions>(ChatOptions.Section).Validate(null, new ChatOptions { EditWindow = TimeSpan.FromDays(2) }).Failures!),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_that_leaves_the_words_as_they_were_changes_nothing_and_the_same_edit_twice_is_answered_once()
    {
        var (services, _) = await StartAsync();
        using var __ = services;
        await AskAsync(services.Engine, Question(Polyakov), "r1");

        // A link preview or an embed filled in: the platform reports an edit, the words are the same (spaces aside).
        Assert.Null(await services.Engine.HandleEditAsync(Question(" " + Polyakov + " "), CancellationToken.None));
        var first = await services.Engine.HandleEditAsync(Question(Wood), CancellationToken.None);
        var again = await services.Engine.HandleEditAsync(Question(Wood), CancellationToken.None);

        Assert.NotNull(first);
        Assert.Null(again);
    }

    [Fact]
    public async Task An_edit_of_a_message_the_bot_did_not_answer_or_by_someone_else_changes_nothing()
    {
        var (services, _) = await StartAsync();
        using var __ = services;
        await AskAsync(services.Engine, Question(Polyakov, messageId: "q1", user: "u1"), "r1");

        // Chatter the bot never answered, now mentioning it: still not answered (an edit never posts a new answer).
        Assert.Null(await services.Engine.HandleEditAsync(Question(Wood, messageId: "chatter"), CancellationToken.None));

        // Platforms let only the author edit; the id check holds anyway.
        Assert.Null(await services.Engine.HandleEditAsync(Question(Wood, messageId: "q1", user: "u2"), CancellationToken.None));

        // A command's reply is no answer to replace: an edit never runs a command again.
        await AskAsync(services.Engine, Question("/help", messageId: "q2"), "r2");
        Assert.Null(await services.Engine.HandleEditAsync(Question("/today", messageId: "q2"), CancellationToken.None));
    }

    [Fact]
    public async Task An_edit_into_bad_input_replaces_the_answer_with_the_polite_refusal_and_one_that_is_no_question_with_a_note()
    {
        var (services, _) = await StartAsync();
        using var __ = services;
        await AskAsync(services.Engine, Question(Polyakov, messageId: "q1"), "r1");
        await AskAsync(services.Engine, Question(Polyakov, messageId: "q2"), "r2");

        var refused = await services.Engine.HandleEditAsync(Question(new string('ب', 400), messageId: "q1"), CancellationToken.None);

        // The mention taken out in a group: no longer for the bot, so the old answer goes and a note says why.
        var unaddressed = Question("كلام عادي", messageId: "q2") with { AddressedToBot = false };
        var noted = await services.Engine.HandleEditAsync(unaddressed, CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Outcome(Core.Answering.AnswerOutcome.QuestionTooLong), Text(refused));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).EditedNotAQuestion, Text(noted));
        Assert.Equal(["r2"], noted!.MessageIds);
    }

    [Fact]
    public async Task A_reply_to_the_edited_answer_follows_up_the_new_answer()
    {
        var (services, _) = await StartAsync();
        using var __ = services;
        await AskAsync(services.Engine, Question(Polyakov), "r1");
        var replacement = await services.Engine.HandleEditAsync(Question(Wood), CancellationToken.None);
        services.Engine.Delivered(Question(Wood), replacement!.Reply, replacement.MessageIds);

        var context = services.Get<ConversationMemory>().Find("test", "group-1", "r1");

        Assert.NotNull(context);
        Assert.Equal(Wood, context.Question);
    }

    private static string Text(ReplyReplacement? replacement)
    {
        Assert.NotNull(replacement);
        var block = Assert.IsType<TextBlock>(Assert.Single(replacement.Reply.Blocks));
        Assert.Equal(TextRole.Notice, block.Role);
        return block.Text;
    }
}
