namespace BriefingBot.Telegram.Tests;

/// <summary>Follow-up questions through the real adapter and the fake Bot API: a reply to the bot's answer leans on it.</summary>
public sealed class TelegramFollowUpTests : FakeBotApiTest
{
    private static readonly FakeUser Member = new(987650001, "ليلى", "layla");
    private static readonly FakeUser OtherMember = new(987650002, "سامي", "sami");
    private static readonly FakeChat Group = FakeChat.Group(-100555001, "مجموعة المتابعة");

    [Fact]
    public async Task A_reply_to_the_bots_answer_about_a_person_is_answered_with_that_persons_passages_and_the_same_words_alone_are_not()
    {
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace);
        var asked = Api.SendText(Group, Member, "/ask ماذا قال بولياكوف؟");
        var answer = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == asked);

        // Any member may reply to the answer; the reply is for the bot without a mention or a command.
        var followUp = Api.SendText(Group, OtherMember, "ومتى قال ذلك؟", replyToMessageId: answer.MessageId);
        var followed = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == followUp);
        var alone = Api.SendText(Group, OtherMember, "/ask ومتى قال ذلك؟");
        var unanchored = await Api.WaitForMessageAsync(m => m.ReplyToMessageId == alone);

        Assert.StartsWith("ما قاله أندريه بولياكوف في الموجزات:", answer.Text, StringComparison.Ordinal);
        Assert.StartsWith("ما قاله أندريه بولياكوف في الموجزات:", followed.Text, StringComparison.Ordinal);
        Assert.Contains("2026-11-23", followed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("بولياكوف", unanchored.Text, StringComparison.Ordinal);
    }
}
