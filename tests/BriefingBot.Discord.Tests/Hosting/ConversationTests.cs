using BriefingBot.Core.Chat;
using BriefingBot.Discord.Rendering;
using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>Messages in channels and DMs, end to end: fake Discord → gateway → adapter → real core → REST.</summary>
public sealed class ConversationTests
{
    [Fact]
    public async Task A_mention_in_a_channel_is_answered_once_as_a_reply_with_one_embed_per_passage_and_matched_words_in_bold()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", "ماذا قال بولياكوف؟");

        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply to m1");
        var reply = Assert.Single(harness.ChannelPosts()).Json;
        Assert.Equal(AdapterHarness.ChannelId, reply.GetProperty("message_reference").GetProperty("channel_id").GetString());
        Assert.Contains("بولياكوف", reply.Content(), StringComparison.Ordinal);
        var embeds = reply.Embeds();
        Assert.Equal(4, embeds.Count);
        Assert.All(embeds, e => Assert.Contains("2026-11-23", e.GetProperty("footer").GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Contains("**بولياكوف**", embeds[0].Description(), StringComparison.Ordinal);
        Assert.StartsWith("يقول الخبير العسكري الروسي", embeds[0].Description(), StringComparison.Ordinal);
        Assert.Equal(3, embeds.Count(e => e.Description().Contains("**", StringComparison.Ordinal)));
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task Markup_and_mentions_quoted_from_a_passage_are_escaped_and_nothing_the_bot_sends_can_ping()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendMentionAsync(connection, "m1", "@everyone ماذا قال هوبر؟");

        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the reply to m1");
        var description = Assert.Single(harness.ChannelPosts()[0].Json.Embeds()).Description();
        // The question said "everyone" too, so the word is a matched span; allowed_mentions keeps it from pinging either way.
        Assert.Contains("@**everyone**", description, StringComparison.Ordinal);
        Assert.Contains(@"\<@&123\>", description, StringComparison.Ordinal);
        Assert.Contains(@"و\*النفط\*", description, StringComparison.Ordinal);
        Assert.Contains(@"و\_الفحم\_", description, StringComparison.Ordinal);
        Assert.Contains(@"\~\~ساخرًا\~\~", description, StringComparison.Ordinal);
        Assert.Contains(@"\`المنظمين\`", description, StringComparison.Ordinal);
        Assert.Contains(@"\| مراقب \> آخر \# ملاحظة \- \[رابط\]\(https://example.com\)", description, StringComparison.Ordinal);
        Assert.Contains("**هوبر**", description, StringComparison.Ordinal);
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task A_direct_message_is_answered_without_a_mention()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendDirectMessageAsync(connection, "dm1", "ماذا قال بولياكوف؟");

        await Eventually.TrueAsync(() => harness.RepliesTo("dm1", AdapterHarness.DmChannelId).Count == 1, "the reply in the DM");
        var reply = Assert.Single(harness.ChannelPosts(AdapterHarness.DmChannelId)).Json;
        Assert.Equal(4, reply.Embeds().Count);
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task A_channel_message_that_neither_mentions_nor_replies_to_the_bot_is_ignored()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendChannelMessageAsync(connection, "chatter", "ماذا قال بولياكوف؟");
        await harness.SendMentionAsync(connection, "asked", "ماذا قال بولياكوف؟");

        // Events are handled in gateway order, so once the later message is answered the earlier one was judged.
        await Eventually.TrueAsync(() => harness.RepliesTo("asked").Count == 1, "the reply to the mention");
        Assert.Single(harness.ChannelPosts());
        Assert.Empty(harness.RepliesTo("chatter"));
    }

    [Fact]
    public async Task Over_the_per_user_question_limit_the_reply_says_so_instead_of_answering()
    {
        await using var harness = await AdapterHarness.StartAsync(new Dictionary<string, string?> { ["Chat:QuestionsPerMinute"] = "1" });
        var connection = await harness.ConnectAsync();

        // Questions are answered concurrently, so the second is sent once the first is answered: otherwise either
        // could be the one that takes the single permit.
        await harness.SendMentionAsync(connection, "m1", "ماذا قال بولياكوف؟");
        await Eventually.TrueAsync(() => harness.RepliesTo("m1").Count == 1, "the first reply");
        await harness.SendMentionAsync(connection, "m2", "ماذا قال بولياكوف؟");

        await Eventually.TrueAsync(() => harness.RepliesTo("m2").Count == 1, "the second reply");
        Assert.Equal(4, harness.RepliesTo("m1")[0].Json.Embeds().Count);
        var refusal = harness.RepliesTo("m2")[0].Json;
        Assert.Empty(refusal.Embeds());
        Assert.Equal(DiscordMarkdown.Escape(ChatTexts.For(ChatLanguage.Arabic).RateLimited(1)), refusal.Content());
    }
}
