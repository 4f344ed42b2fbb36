namespace BriefingBot.Telegram.Tests;

/// <summary>Forum supergroups through the real adapter: answers, "typing…" and "more" pages stay in the question's topic.</summary>
public sealed class TelegramForumTopicTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(987660001, "ليلى", "layla");
    private static readonly FakeChat Forum = FakeChat.Forum(-100666001);

    [Fact]
    public async Task A_question_in_a_topic_is_answered_there_with_typing_there_and_its_more_page_there_too()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var topic = Api.CreateTopic(Forum, Member, "كوريا");

        var asked = Api.SendTextInTopic(Forum, topic, Member, "/ask كوريا الشمالية");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);
        Api.PressButton(Member, answer, Assert.Single(answer.CallbackData, d => d.StartsWith("more:", StringComparison.Ordinal)));
        var page = await Api.WaitForMessageAsync(m => m.ChatId == Forum.Id && m.MessageId > answer.MessageId && m.ReplyToMessageId != asked);

        Assert.Equal(topic, answer.MessageThreadId);
        Assert.Equal(topic, page.MessageThreadId);
        Assert.All(Api.CallsTo("sendChatAction"), c => Assert.Equal(topic.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Get("message_thread_id")));
    }

    [Fact]
    public async Task The_answer_to_a_question_deleted_meanwhile_still_goes_to_its_topic_not_to_General()
    {
        var topic = Api.CreateTopic(Forum, Member, "بولياكوف");

        // Asked, then deleted before the bot reads it: the reply cannot point at the question any more.
        var asked = Api.SendTextInTopic(Forum, topic, Member, "/ask ماذا قال بولياكوف؟");
        Api.DeleteMessage(Forum, asked);
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var answer = await Api.WaitForMessageAsync(m => m.ChatId == Forum.Id && m.Text.StartsWith("ما قاله", StringComparison.Ordinal));

        Assert.Null(answer.ReplyToMessageId);
        Assert.Equal(topic, answer.MessageThreadId);
    }
}
