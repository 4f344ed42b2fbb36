using System.Text;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Chat;
using BriefingBot.Core.Insights;
using BriefingBot.Core.Tests.Chat;

namespace BriefingBot.Core.Tests.Insights;

public sealed class FeedbackTests
{
    [Fact]
    public async Task Every_answer_carries_votes_one_vote_per_user_a_second_press_changes_it()
    {
        using var services = await ChatTestServices.CreateAsync();
        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟", user: "987654321"), CancellationToken.None);
        var up = Assert.Single(reply.Buttons, b => b.Label == FeedbackVote.HelpfulLabel);
        var down = Assert.Single(reply.Buttons, b => b.Label == FeedbackVote.NotHelpfulLabel);
        Assert.All(reply.Buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Action), 1, 64));

        var first = await services.Engine.HandleAsync(Press(down, "987654321"), CancellationToken.None);
        await services.Engine.HandleAsync(Press(down, "987654321"), CancellationToken.None);
        await services.Engine.HandleAsync(Press(up, "987654321"), CancellationToken.None);
        await services.Engine.HandleAsync(Press(down, "123123123"), CancellationToken.None);

        Assert.True(first.IsAcknowledgement);
        Assert.Empty(first.Buttons);
        var recorded = Assert.Single(services.Get<QuestionLog>().Since(DateTimeOffset.MinValue, community: null));
        Assert.Equal("ماذا قال بولياكوف؟", recorded.Question);
        Assert.Equal("speaker_passages", recorded.Outcome);
        Assert.Equal(1, recorded.Helpful);
        Assert.Equal(1, recorded.NotHelpful);
    }

    [Fact]
    public async Task What_is_stored_holds_no_user_id_or_name_only_a_keyed_hash()
    {
        using var services = await ChatTestServices.CreateAsync();
        // A question the briefings cannot answer (declined: no buttons) and an answer voted down: both are stored.
        var message = ChatTestServices.Private("ما عاصمة أستراليا؟", user: "987654321") with { UserName = "Layla Haddad" };
        var reply = await services.Engine.HandleAsync(message, CancellationToken.None);
        Assert.Equal(AnswerOutcome.NothingRelevant, reply.Outcome);
        Assert.Empty(reply.Buttons);
        var answered = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟", user: "987654321") with { UserName = "Layla Haddad" }, CancellationToken.None);
        await services.Engine.HandleAsync(Press(answered.Buttons.Single(b => b.Label == FeedbackVote.NotHelpfulLabel), "987654321"), CancellationToken.None);

        var folder = Path.GetDirectoryName(services.Get<QuestionLog>().DatabasePath)!;
        var stored = string.Concat(Directory.EnumerateFiles(folder).Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains("ما عاصمة أستراليا؟", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("987654321", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Layla", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_recording_off_nothing_is_written_and_votes_are_still_acknowledged()
    {
        using var services = await ChatTestServices.CreateAsync(new Dictionary<string, string?> { ["Insights:Enabled"] = "false" });
        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);
        var ack = await services.Engine.HandleAsync(Press(reply.Buttons.Single(b => b.Label == FeedbackVote.HelpfulLabel), "u1"), CancellationToken.None);

        Assert.True(ack.IsAcknowledgement);
        Assert.False(File.Exists(services.Get<QuestionLog>().DatabasePath));
        Assert.Equal(0, services.Get<QuestionLog>().Count());
    }

    [Fact]
    public async Task A_vote_on_an_answer_no_longer_kept_or_a_forged_one_is_acknowledged_as_closed_and_stores_nothing()
    {
        using var services = await ChatTestServices.CreateAsync();
        var reply = await services.Engine.HandleAsync(ChatTestServices.Private("ماذا قال بولياكوف؟"), CancellationToken.None);
        var gone = await services.Engine.HandleAsync(ChatTestServices.Private(string.Empty) with { Text = null, Action = "vote:AbCdEfGh:down" }, CancellationToken.None);
        var forged = await services.Engine.HandleAsync(ChatTestServices.Private(string.Empty) with { Text = null, Action = "vote:AbCdEfGh:sideways" }, CancellationToken.None);

        var expired = InsightTexts.For(ChatLanguage.Arabic).VoteExpired;
        Assert.True(gone.IsAcknowledgement);
        Assert.Equal(expired, Assert.IsType<TextBlock>(Assert.Single(gone.Blocks)).Text);
        Assert.Equal(expired, Assert.IsType<TextBlock>(Assert.Single(forged.Blocks)).Text);
        var recorded = Assert.Single(services.Get<QuestionLog>().Since(DateTimeOffset.MinValue, community: null));
        Assert.Equal(0, recorded.Helpful + recorded.NotHelpful);
        Assert.NotNull(reply.AnswerId);
    }

    [Fact]
    public async Task A_follow_up_is_recorded_with_the_question_it_followed_so_a_moderator_can_read_it()
    {
        using var services = await ChatTestServices.CreateAsync();
        var asked = ChatTestServices.Private("ماذا قال بولياكوف؟");
        services.Engine.Delivered(asked, await services.Engine.HandleAsync(asked, CancellationToken.None), ["bot-1"]);

        await services.Engine.HandleAsync(ChatTestServices.Private("ومتى قال ذلك؟") with { ReplyToMessageId = "bot-1" }, CancellationToken.None);
        await services.Engine.HandleAsync(ChatTestServices.Private("ما عاصمة أستراليا؟") with { ReplyToMessageId = "bot-1" }, CancellationToken.None);

        var recorded = services.Get<QuestionLog>().Since(DateTimeOffset.MinValue, community: null).Select(r => r.Question).ToList();
        Assert.Equal(3, recorded.Count);
        Assert.StartsWith("ومتى قال ذلك؟ ← ", recorded[1], StringComparison.Ordinal);
        Assert.Contains("بولياكوف", recorded[1], StringComparison.Ordinal);
        Assert.Equal("ما عاصمة أستراليا؟", recorded[2]);
    }

    [Theory]
    [InlineData("", 7)]
    [InlineData("--days 3", 3)]
    [InlineData("--days=14", 14)]
    [InlineData("٣", 3)]
    public void Gaps_takes_the_number_of_days_in_any_of_its_spellings(string argument, int expected)
    {
        Assert.True(GapsHandler.TryParseDays(argument, fallback: 7, max: 30, out var days));
        Assert.Equal(expected, days);
    }

    [Theory]
    [InlineData("--days 0")]
    [InlineData("--days 31")]
    [InlineData("week")]
    public void Gaps_refuses_a_number_of_days_outside_what_is_kept(string argument) =>
        Assert.False(GapsHandler.TryParseDays(argument, fallback: 7, max: 30, out _));

    private static IncomingMessage Press(ReplyButton button, string user) =>
        ChatTestServices.Private(string.Empty, user) with { Text = null, Action = button.Action };
}
