using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Core.Tests.Chat;

public sealed class ChatEngineTests
{
    [Fact]
    public async Task A_question_about_a_person_replies_with_their_passages_sources_and_highlights()
    {
        using var services = await ChatTestServices.CreateAsync();
        var expected = services.Get<QuestionAnswerer>().Answer(new AnswerRequest("ماذا قال بولياكوف؟"));

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);

        var passages = reply.Blocks.OfType<PassageBlock>().ToList();
        Assert.Equal(expected.Passages.Select(p => p.Passage.Text), passages.Select(p => p.Text));
        Assert.All(passages, p => Assert.Equal("أندريه بولياكوف", p.Source.Speaker));
        Assert.All(passages, p => Assert.Contains(p.Source.BriefingTitle, p.Source.Line, StringComparison.Ordinal));
        Assert.Contains(passages, p => p.Highlights.Count > 0);
        Assert.Equal(ChatLanguage.Arabic, reply.Language);
    }

    /// <summary>The dev set's four new briefings as the shipped corpus: speakers of both genders, with roles.</summary>
    private static Task<ChatTestServices> DevBriefingsAsync() =>
        ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["BriefingBot:CorpusDirectory"] = Path.Combine(AppContext.BaseDirectory, "DevSet", "briefings") });

    [Theory]
    [InlineData("ماذا قالت سلمى الخطيب؟", "ما قالته سلمى الخطيب في الموجزات:")]
    [InlineData("ما رأي الحسيني؟", "ما قاله هاني الحسيني في الموجزات:")]
    [InlineData("ماذا قالت الناشطة البيئية؟", "ما قالته نور الهدى الربيعي في الموجزات:")]
    public async Task The_heading_over_a_persons_passages_agrees_with_their_gender(string question, string heading)
    {
        using var services = await DevBriefingsAsync();

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private(question), CancellationToken.None);

        var title = Assert.IsType<TextBlock>(reply.Blocks[0]);
        Assert.Equal(TextRole.Title, title.Role);
        Assert.Equal(heading, title.Text);
        Assert.True(reply.Blocks.OfType<PassageBlock>().Count() >= 2);
    }

    [Fact]
    public async Task A_question_that_names_a_role_gets_everything_the_holder_of_that_role_said()
    {
        using var services = await DevBriefingsAsync();

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال وزير الموارد المائية؟"), CancellationToken.None);

        var passages = reply.Blocks.OfType<PassageBlock>().ToList();
        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.Equal("حسن عبد الأمير الساعدي", p.Source.Speaker));
    }

    [Fact]
    public async Task A_partial_match_is_shown_under_a_hedge_and_a_clear_one_without()
    {
        using var services = await DevBriefingsAsync();
        const string partial = "كم بقي من الماء خلف السدود العراقية؟";
        Assert.Equal(AnswerOutcome.TentativePassages, services.Get<QuestionAnswerer>().Answer(new AnswerRequest(partial)).Outcome);

        var hedged = await services.Engine.HandleAsync(ChatTestServices.Private(partial), CancellationToken.None);
        var english = await services.Engine.HandleAsync(ChatTestServices.Private(partial, language: "en"), CancellationToken.None);
        var clear = await services.Engine.HandleAsync(ChatTestServices.Private("كم إصابة بالكوليرا سجلت السلطات الصحية في السودان؟"), CancellationToken.None);

        var hedge = Assert.IsType<TextBlock>(hedged.Blocks[0]);
        Assert.Equal(("لست متأكدًا، هذه أقرب الفقرات:", TextRole.Notice), (hedge.Text, hedge.Role));
        Assert.NotEmpty(hedged.Blocks.OfType<PassageBlock>());
        Assert.Equal(ChatTexts.For(ChatLanguage.English).Tentative, Assert.IsType<TextBlock>(english.Blocks[0]).Text);
        Assert.IsType<PassageBlock>(clear.Blocks[0]);
    }

    [Theory]
    [InlineData("صباح الخير، كيفك اليوم؟")]
    [InlineData("ممكن تساعدني أكتب رسالة لمديري؟")]
    [InlineData("من أنت؟")]
    [InlineData("السلام عليكم")]
    [InlineData("صباح الخير")]
    [InlineData("شكرًا جزيلًا!")]
    public async Task A_question_to_the_bot_itself_or_a_greeting_gets_the_welcome_with_how_to_ask(string question)
    {
        using var services = await ChatTestServices.CreateAsync();

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private(question), CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Welcome, Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
        Assert.Empty(reply.Blocks.OfType<PassageBlock>());
    }

    [Fact]
    public async Task Replies_are_in_English_for_English_clients_and_Arabic_otherwise()
    {
        using var services = await ChatTestServices.CreateAsync();

        var english = await services.Engine.HandleAsync(ChatTestServices.Private("/help", language: "en-GB"), CancellationToken.None);
        var arabic = await services.Engine.HandleAsync(ChatTestServices.Private("/help", language: "fr"), CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.English).Help, Assert.IsType<TextBlock>(Assert.Single(english.Blocks)).Text);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Help, Assert.IsType<TextBlock>(Assert.Single(arabic.Blocks)).Text);
    }

    [Fact]
    public async Task The_more_button_fits_telegram_callback_data_and_continues_where_the_answer_stopped()
    {
        using var services = await ChatTestServices.CreateAsync();
        const string question = "كوريا الشمالية";
        var message = ChatTestServices.Private(question);

        var first = await services.Engine.HandleAsync(message, CancellationToken.None);
        var button = Assert.Single(first.Buttons, b => b.Action.StartsWith("more:", StringComparison.Ordinal));
        var second = await services.Engine.HandleAsync(message with { Text = null, Action = button.Action }, CancellationToken.None);

        Assert.InRange(Encoding.UTF8.GetByteCount(button.Action), 1, 64);
        var shown = first.Blocks.OfType<PassageBlock>().Count();
        var expected = services.Get<QuestionAnswerer>().Answer(new AnswerRequest(question, Skip: shown));
        Assert.Equal(expected.Passages.Select(p => p.Passage.Text), second.Blocks.OfType<PassageBlock>().Select(p => p.Text));
        Assert.Equal(expected.Passages.Select(p => p.Rank), second.Blocks.OfType<PassageBlock>().Select(p => p.Rank));
    }

    [Fact]
    public async Task A_more_button_pressed_twice_at_once_posts_its_page_once()
    {
        using var services = await ChatTestServices.CreateAsync();
        var message = ChatTestServices.Private("كوريا الشمالية");
        var first = await services.Engine.HandleAsync(message, CancellationToken.None);
        var press = message with { Text = null, Action = Assert.Single(first.Buttons, b => b.Action.StartsWith("more:", StringComparison.Ordinal)).Action };

        var replies = await Task.WhenAll(
            services.Engine.HandleAsync(press, CancellationToken.None),
            services.Engine.HandleAsync(press with { UserId = "another-member" }, CancellationToken.None));

        Assert.Single(replies, r => r.Blocks.OfType<PassageBlock>().Any());
        Assert.Single(replies, r => r.IsEmpty);
    }

    [Fact]
    public async Task A_more_button_from_another_chat_or_an_unknown_one_asks_to_ask_again()
    {
        using var services = await ChatTestServices.CreateAsync();
        var first = await services.Engine.HandleAsync(ChatTestServices.Private("كوريا الشمالية", user: "a"), CancellationToken.None);
        var button = Assert.Single(first.Buttons, b => b.Action.StartsWith("more:", StringComparison.Ordinal));

        var elsewhere = await services.Engine.HandleAsync(ChatTestServices.Private(string.Empty, user: "b") with { Action = button.Action }, CancellationToken.None);
        var forged = await services.Engine.HandleAsync(ChatTestServices.Private(string.Empty, user: "a") with { Action = "more:nothere:3" }, CancellationToken.None);

        var expired = ChatTexts.For(ChatLanguage.Arabic).ContinuationExpired;
        Assert.Equal(expired, Assert.IsType<TextBlock>(Assert.Single(elsewhere.Blocks)).Text);
        Assert.Equal(expired, Assert.IsType<TextBlock>(Assert.Single(forged.Blocks)).Text);
    }

    [Fact]
    public async Task A_user_over_the_question_limit_gets_a_polite_reply_while_others_are_still_answered()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Chat:QuestionsPerMinute"] = "2" });
        var engine = services.Engine;

        await engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟", user: "a"), CancellationToken.None);
        await engine.HandleAsync(ChatTestServices.Private("ماذا قال وود؟", user: "a"), CancellationToken.None);
        var help = await engine.HandleAsync(ChatTestServices.Private("/help", user: "a"), CancellationToken.None);
        var third = await engine.HandleAsync(ChatTestServices.Private("كوريا الشمالية", user: "a"), CancellationToken.None);
        var otherUser = await engine.HandleAsync(ChatTestServices.Private("كوريا الشمالية", user: "b"), CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Help, Assert.IsType<TextBlock>(Assert.Single(help.Blocks)).Text);
        var refusal = Assert.IsType<TextBlock>(Assert.Single(third.Blocks));
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).RateLimited(2), refusal.Text);
        Assert.Equal(TextRole.Notice, refusal.Role);
        Assert.NotEmpty(otherUser.Blocks.OfType<PassageBlock>());
    }

    [Fact]
    public async Task Today_and_briefings_describe_the_briefings_in_the_catalog()
    {
        using var services = await ChatTestServices.CreateAsync();
        var latest = services.Get<BriefingBot.Core.Library.BriefingCatalog>().Latest!;

        var today = await services.Engine.HandleAsync(ChatTestServices.Private("/today"), CancellationToken.None);
        var list = await services.Engine.HandleAsync(ChatTestServices.Private("/briefings"), CancellationToken.None);

        var detailed = Assert.Single(today.Blocks.OfType<BriefingBlock>());
        Assert.True(detailed.Detailed);
        Assert.Equal(latest.Title, detailed.Title);
        Assert.Equal(latest.Sections, detailed.Sections);
        Assert.Equal(latest.Speakers, detailed.Speakers);
        Assert.Equal(latest.Id, Assert.Single(list.Blocks.OfType<BriefingBlock>()).Id);
    }

    [Fact]
    public async Task Briefings_lists_each_id_and_today_gives_the_facts_without_repeating_the_title()
    {
        using var services = await ChatTestServices.CreateAsync();
        var latest = services.Get<BriefingBot.Core.Library.BriefingCatalog>().Latest!;

        var today = Assert.Single((await services.Engine.HandleAsync(ChatTestServices.Private("/today"), CancellationToken.None)).Blocks.OfType<BriefingBlock>());
        var listed = Assert.Single((await services.Engine.HandleAsync(ChatTestServices.Private("/briefings"), CancellationToken.None)).Blocks.OfType<BriefingBlock>());

        Assert.Contains("المعرّف: " + latest.Id, listed.Line, StringComparison.Ordinal);
        Assert.Contains(latest.Title, listed.Line, StringComparison.Ordinal);
        Assert.DoesNotContain(latest.Title, today.Facts, StringComparison.Ordinal);
        Assert.Contains(latest.Id, today.Facts, StringComparison.Ordinal);
        Assert.Contains(BriefingBot.Core.Text.ArabicCount.Passages.Of(latest.Passages.Count), today.Facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_an_answer_about_a_person_follows_it_up_and_the_same_words_alone_do_not()
    {
        using var services = await ChatTestServices.CreateAsync();
        var engine = services.Engine;
        var asked = ChatTestServices.Private("ماذا قال بولياكوف؟");
        var first = await engine.HandleAsync(asked, CancellationToken.None);
        engine.Delivered(asked, first, ["bot-1", "bot-2"]);

        var followUp = await engine.HandleAsync(ChatTestServices.Private("ومتى قال ذلك؟") with { ReplyToMessageId = "bot-2" }, CancellationToken.None);
        var alone = await engine.HandleAsync(ChatTestServices.Private("ومتى قال ذلك؟"), CancellationToken.None);
        var unknown = await engine.HandleAsync(ChatTestServices.Private("ومتى قال ذلك؟") with { ReplyToMessageId = "not-the-bots" }, CancellationToken.None);

        Assert.Equal(AnswerOutcome.SpeakerPassages, followUp.Outcome);
        Assert.Equal(first.Blocks.OfType<PassageBlock>().Select(p => p.Text), followUp.Blocks.OfType<PassageBlock>().Select(p => p.Text));
        Assert.All(followUp.Blocks.OfType<PassageBlock>(), p => Assert.Contains("2026-11-23", p.Source.Line, StringComparison.Ordinal));
        Assert.NotEqual(AnswerOutcome.SpeakerPassages, alone.Outcome);
        Assert.Equal(alone.Outcome, unknown.Outcome);
    }

    [Fact]
    public async Task A_reply_that_stands_alone_is_answered_alone()
    {
        using var services = await ChatTestServices.CreateAsync();
        var engine = services.Engine;
        var asked = ChatTestServices.Private("ماذا قال بولياكوف؟");
        engine.Delivered(asked, await engine.HandleAsync(asked, CancellationToken.None), ["bot-1"]);

        var standalone = await engine.HandleAsync(ChatTestServices.Private("ما رأي جوناثان وود؟") with { ReplyToMessageId = "bot-1" }, CancellationToken.None);

        Assert.Equal(AnswerOutcome.SpeakerPassages, standalone.Outcome);
        Assert.Contains("جوناثان وود", Assert.IsType<TextBlock>(standalone.Blocks[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_after_a_declined_question_says_there_is_nothing_more()
    {
        using var services = await ChatTestServices.CreateAsync();
        var declined = await services.Engine.HandleAsync(ChatTestServices.Private("ما هي عاصمة فرنسا؟"), CancellationToken.None);

        var more = await services.Engine.HandleAsync(ChatTestServices.Private(string.Empty) with { Action = Continuation.Verb + ":" }, CancellationToken.None);

        Assert.Empty(declined.Buttons);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).NoMoreResults, Assert.IsType<TextBlock>(Assert.Single(more.Blocks)).Text);
    }

    [Fact]
    public async Task Unknown_commands_get_a_hint_and_an_empty_question_gets_the_core_explanation()
    {
        using var services = await ChatTestServices.CreateAsync();

        var unknown = await services.Engine.HandleAsync(ChatTestServices.Private("/frobnicate"), CancellationToken.None);
        var empty = await services.Engine.HandleAsync(ChatTestServices.Private("/ask"), CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).UnknownCommand, Assert.IsType<TextBlock>(Assert.Single(unknown.Blocks)).Text);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Outcome(AnswerOutcome.EmptyQuestion), Assert.IsType<TextBlock>(Assert.Single(empty.Blocks)).Text);
    }

    [Fact]
    public async Task A_moderator_command_added_later_is_refused_to_members_and_run_for_moderators()
    {
        using var services = await ChatTestServices.CreateAsync(configure: s => s.AddChatCommandHandler<ModeratorProbe>());
        var message = ChatTestServices.Group("/probe now", group: "g1");

        var member = await services.Engine.HandleAsync(message, CancellationToken.None);
        var moderator = await services.Engine.HandleAsync(message with { Role = SenderRole.Moderator }, CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, Assert.IsType<TextBlock>(Assert.Single(member.Blocks)).Text);
        Assert.Equal("probed: now", Assert.IsType<TextBlock>(Assert.Single(moderator.Blocks)).Text);
    }

    [Fact]
    public async Task A_user_configured_as_moderator_may_run_moderator_commands_on_that_platform_only()
    {
        using var services = await ChatTestServices.CreateAsync(
            new Dictionary<string, string?> { ["Chat:Moderators:0"] = "test:boss" },
            s => s.AddChatCommandHandler<ModeratorProbe>());

        var boss = await services.Engine.HandleAsync(ChatTestServices.Private("/probe x", user: "boss"), CancellationToken.None);
        var elsewhere = await services.Engine.HandleAsync(ChatTestServices.Private("/probe x", user: "boss") with { Platform = "other" }, CancellationToken.None);

        Assert.Equal("probed: x", Assert.IsType<TextBlock>(Assert.Single(boss.Blocks)).Text);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).ModeratorOnly, Assert.IsType<TextBlock>(Assert.Single(elsewhere.Blocks)).Text);
    }

    [Fact]
    public async Task A_failing_handler_becomes_a_polite_reply_not_an_exception()
    {
        using var services = await ChatTestServices.CreateAsync(configure: s => s.AddChatCommandHandler<BrokenHelp>());

        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("/help"), CancellationToken.None);

        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).Failure, Assert.IsType<TextBlock>(Assert.Single(reply.Blocks)).Text);
    }

    private sealed class ModeratorProbe : IChatCommandHandler
    {
        public ChatCommandKind Kind => (ChatCommandKind)1000;

        public IReadOnlyList<string> Names { get; } = ["probe"];

        public bool ModeratorOnly => true;

        public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken) =>
            Task.FromResult(ChatReply.Text("probed: " + request.Command.Argument, request.Language));
    }

    private sealed class BrokenHelp : IChatCommandHandler
    {
        public ChatCommandKind Kind => ChatCommandKind.Help;

        public IReadOnlyList<string> Names { get; } = ["help"];

        public Task<ChatReply> HandleAsync(ChatRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("broken on purpose");
    }
}
