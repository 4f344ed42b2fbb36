using BriefingBot.Core.Chat;
using BriefingBot.Discord.Tests.Fakes;

namespace BriefingBot.Discord.Tests.Hosting;

/// <summary>Slash commands and buttons, end to end, answered within Discord's interaction rules.</summary>
public sealed class InteractionTests
{
    [Fact]
    public async Task Ask_is_deferred_at_once_then_the_original_response_is_edited_with_the_passages()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendSlashCommandAsync(connection, "i1", "ask", "ماذا قال بولياكوف؟");

        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the edited original response");
        var callback = Assert.Single(harness.Callbacks("i1"));
        Assert.Equal(5, callback.Json.GetProperty("type").GetInt32());
        var edit = Assert.Single(harness.OriginalEdits("i1"));
        Assert.True(callback.ReceivedAt <= edit.ReceivedAt);
        Assert.Equal(4, edit.Json.Embeds().Count);
        Assert.Contains("**بولياكوف**", edit.Json.Embeds()[0].Description(), StringComparison.Ordinal);
        Assert.Empty(harness.FollowUps("i1"));
        Assert.Empty(harness.ChannelPosts());
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task The_more_button_is_acknowledged_without_a_new_message_then_the_next_passages_follow_up_and_only_that_button_goes()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();
        await harness.SendSlashCommandAsync(connection, "i1", "ask", "لماذا تقترب موسكو من بيونغ يانغ؟");
        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1, "the first page");
        var firstPage = harness.OriginalEdits("i1")[0].Json;
        var more = Assert.Single(firstPage.ButtonIds(), id => id.StartsWith("more:", StringComparison.Ordinal));
        Assert.Equal(3, firstPage.ButtonIds().Count);
        Assert.Equal(ChatTexts.For(ChatLanguage.Arabic).MoreButton, firstPage.GetProperty("components")[0].GetProperty("components")[0].GetProperty("label").GetString());

        await harness.SendButtonAsync(connection, "i2", more, messageComponents: firstPage.GetProperty("components"));

        await Eventually.TrueAsync(() => harness.FollowUps("i2").Count == 1 && harness.OriginalEdits("i2").Count == 1, "the next page and the button removed");
        Assert.Equal(6, Assert.Single(harness.Callbacks("i2")).Json.GetProperty("type").GetInt32());
        var nextPage = harness.FollowUps("i2")[0].Json.Embeds();
        Assert.NotEmpty(nextPage);
        var shownFirst = firstPage.Embeds().Select(e => e.Description()).ToHashSet();
        Assert.DoesNotContain(nextPage, e => shownFirst.Contains(e.Description()));
        // The votes under the answer stay; only the pressed «المزيد» leaves the message.
        Assert.Equal(firstPage.ButtonIds().Where(id => id != more), harness.OriginalEdits("i2")[0].Json.ButtonIds());
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task Help_is_answered_immediately_and_in_english_for_an_english_client()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendSlashCommandAsync(connection, "i1", "help", locale: "en-US");

        await Eventually.TrueAsync(() => harness.Callbacks("i1").Count == 1, "the help response");
        var callback = harness.Callbacks("i1")[0].Json;
        Assert.Equal(4, callback.GetProperty("type").GetInt32());
        Assert.StartsWith("I answer questions with passages", callback.GetProperty("data").Content(), StringComparison.Ordinal);
        Assert.Empty(harness.OriginalEdits("i1"));
        harness.AssertNothingCouldPing();
    }

    [Fact]
    public async Task Today_shows_the_latest_briefing_with_its_sections_and_speakers()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendSlashCommandAsync(connection, "i1", "today");

        await Eventually.TrueAsync(() => harness.Callbacks("i1").Count == 1, "the today response");
        var data = harness.Callbacks("i1")[0].Json.GetProperty("data");
        var embed = Assert.Single(data.Embeds());
        Assert.Equal("موسكو وبيونغ يانغ: تقارب في زمن الحرب", embed.GetProperty("title").GetString());
        var fields = embed.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(2, fields.Count);
        Assert.Contains("أندريه بولياكوف", fields[1].GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slash_command_delivered_twice_is_answered_once()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.ConnectAsync();

        await harness.SendSlashCommandAsync(connection, "i1", "ask", "ماذا قال بولياكوف؟");
        await harness.SendSlashCommandAsync(connection, "i1", "ask", "ماذا قال بولياكوف؟");
        await harness.SendSlashCommandAsync(connection, "i2", "help");

        await Eventually.TrueAsync(() => harness.OriginalEdits("i1").Count == 1 && harness.Callbacks("i2").Count == 1, "both interactions answered");
        Assert.Single(harness.Callbacks("i1"));
        Assert.Contains(harness.Logs.Logs, l => l.Message.Contains("i1 was already answered", StringComparison.Ordinal));
    }
}
