using System.Globalization;
using BriefingBot.Core.Chat;

namespace BriefingBot.Telegram.Tests;

/// <summary>
/// A burst of questions in one forum topic, through the real adapter: while the group's send limits hold answers back,
/// "typing…" stays on in that topic (not once per waiting answer) and the group hears once that the answers are queued.
/// </summary>
public sealed class TelegramBusyGroupTests : FakeBotApiTest
{
    private static readonly FakeChat Forum = FakeChat.Forum(-100777001);

    [Fact]
    public async Task A_burst_over_the_limit_keeps_typing_alive_in_its_topic_and_says_queued_once_before_the_last_answer()
    {
        // One message every 2 s to the group; typing is due every 0.3 s while an answer waits; the note after 1 s of waiting.
        await using var bot = await TelegramBotHarness.StartAsync(Api, Workspace, new Dictionary<string, string?>
        {
            ["Telegram:Limits:PerChatPerSecond"] = "0.5",
            ["Telegram:Limits:HeldBackTypingInterval"] = "00:00:00.300",
            ["Telegram:Limits:QueuedNoteAfter"] = "00:00:01",
        });
        var askers = Enumerable.Range(1, 4).Select(i => new FakeUser(987770000 + i, "قارئ " + i, "reader" + i)).ToList();
        var topic = Api.CreateTopic(Forum, askers[0], "أسئلة");
        var started = DateTimeOffset.UtcNow;

        var questions = askers.Select(asker => Api.SendTextInTopic(Forum, topic, asker, "/ask ماذا قال بولياكوف؟")).ToList();
        var answers = new List<SentMessage>();
        foreach (var question in questions)
        {
            answers.Add(await Api.WaitForMessageAsync(m => m.ReplyToMessageId == question));
        }

        var finished = DateTimeOffset.UtcNow;
        var queuedText = ChatTexts.For(ChatLanguage.Arabic).AnswersQueued;
        var note = Assert.Single(Api.Sent, m => m.ChatId == Forum.Id && m.Text == queuedText);
        Assert.Equal(topic, note.MessageThreadId);
        Assert.True(note.MessageId < answers.Max(a => a.MessageId), "the note comes before the last answer");
        Assert.All(answers, a => Assert.Equal(topic, a.MessageThreadId));

        // Kept alive: more than the one "typing…" each question starts with; no storm: at most one per interval in the topic.
        var typing = Api.CallsTo("sendChatAction");
        Assert.All(typing, c => Assert.Equal(topic.ToString(CultureInfo.InvariantCulture), c.Get("message_thread_id")));
        var heldBack = typing.Count - questions.Count;
        Assert.True(heldBack >= 2, $"typing was shown only {heldBack} times while answers waited");
        var bound = (finished - started).TotalSeconds / 0.27 + 2;
        Assert.True(heldBack <= bound, $"{heldBack} typing calls in {(finished - started).TotalSeconds:F1} s");
    }
}
