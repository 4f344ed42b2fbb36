namespace BriefingBot.Telegram.Tests;

/// <summary>«المزيد» as members see it: the button leaves the message once its page is posted, and keeps the thread's language.</summary>
public sealed class TelegramMorePageTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(987670001, "ليلى", "layla");
    private static readonly FakeUser EnglishMember = new(987670002, "Sam", "sam", LanguageCode: "en");
    private static readonly FakeChat Group = FakeChat.Group(-100667001);

    [Fact]
    public async Task After_its_page_is_posted_the_more_button_leaves_the_old_message_and_the_next_one_is_labelled_in_the_threads_language()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var asked = Api.SendText(Group, Member, "/ask كوريا الشمالية");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        var more = Assert.Single(answer.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal));

        // A member whose client is in English presses the Arabic answer's button.
        Api.PressButton(EnglishMember, answer, more);
        var page = await Api.WaitForMessageAsync(m => m.ChatId == Group.Id && m.MessageId > answer.MessageId);
        var edit = Assert.Single(await Api.WaitForCallsAsync("editMessageReplyMarkup", 1));

        Assert.Equal(answer.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), edit.Get("message_id"));
        var kept = edit.Get("reply_markup") ?? string.Empty;
        Assert.DoesNotContain(more, kept, StringComparison.Ordinal);
        Assert.Contains("vote:", kept, StringComparison.Ordinal);
        Assert.Contains(page.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal));
        var pageMarkup = Api.CallsTo("sendMessage").Last(c => c.Get("reply_markup")?.Contains("more:", StringComparison.Ordinal) == true).Parameters["reply_markup"]!;
        var labels = System.Text.Json.Nodes.JsonNode.Parse(pageMarkup.ToString())!["inline_keyboard"]!.AsArray().SelectMany(r => r!.AsArray()).Select(b => b!["text"]!.GetValue<string>());
        Assert.Contains("المزيد", labels);
    }
}
