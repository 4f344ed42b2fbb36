using System.Text.Json;
using System.Text.Json.Nodes;
using BriefingBot.Core.Chat;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram.Tests;

public sealed class TelegramMessageTranslatorTests
{
    private readonly TelegramMessageTranslator _translator;

    public TelegramMessageTranslatorTests()
    {
        var identity = new TelegramBotIdentity();
        identity.Set(new User { Id = FakeBotApi.BotId, IsBot = true, FirstName = "Bot", Username = FakeBotApi.BotUsername });
        _translator = new TelegramMessageTranslator(identity, new TelegramBotClient(FakeBotApi.Token));
    }

    [Fact]
    public void A_mention_of_the_bot_addresses_it_and_is_removed_from_the_question()
    {
        var message = Translate(Message("supergroup", $"@{FakeBotApi.BotUsername} ماذا قال وود؟", ("mention", 0, FakeBotApi.BotUsername.Length + 1)));

        Assert.NotNull(message);
        Assert.True(message.AddressedToBot);
        Assert.Equal("ماذا قال وود؟", message.Text);
        Assert.Equal(ChatKind.Group, message.ChatKind);
        Assert.Equal("ar", message.LanguageCode);
    }

    [Fact]
    public void A_command_for_this_bot_loses_its_suffix_and_one_for_another_bot_is_ignored()
    {
        var mine = Translate(Message("group", $"/ask@{FakeBotApi.BotUsername} سؤال", ("bot_command", 0, 5 + FakeBotApi.BotUsername.Length)));
        var theirs = Translate(Message("group", "/ask@other_bot سؤال", ("bot_command", 0, 14)));

        Assert.Equal("/ask سؤال", mine?.Text);
        Assert.Null(theirs);
    }

    [Fact]
    public void A_mention_of_someone_else_leaves_the_text_alone()
    {
        var message = Translate(Message("supergroup", "@sami ماذا قال وود؟", ("mention", 0, 5)));

        Assert.False(message!.AddressedToBot);
        Assert.Equal("@sami ماذا قال وود؟", message.Text);
    }

    [Fact]
    public void A_reply_to_the_bot_is_marked_as_such()
    {
        var json = Message("supergroup", "وماذا عن وود؟");
        json["message"]!["reply_to_message"] = new JsonObject { ["message_id"] = 3, ["date"] = 0, ["chat"] = json["message"]!["chat"]!.DeepClone(), ["from"] = FakeBotApi.BotUser };

        Assert.True(Translate(json)!.ReplyToBot);
    }

    [Fact]
    public void A_button_press_carries_its_payload_and_the_message_it_was_under()
    {
        var json = new JsonObject
        {
            ["update_id"] = 1,
            ["callback_query"] = new JsonObject
            {
                ["id"] = "q1",
                ["from"] = new FakeUser(7, "Ann", LanguageCode: "en").ToJson(),
                ["chat_instance"] = "1",
                ["data"] = "more:abc:3",
                ["message"] = new JsonObject { ["message_id"] = 9, ["date"] = 0, ["chat"] = new JsonObject { ["id"] = -5, ["type"] = "supergroup", ["title"] = "g" }, ["from"] = FakeBotApi.BotUser, ["text"] = "x" },
            },
        };

        var message = Translate(json)!;

        Assert.Equal("more:abc:3", message.Action);
        Assert.Equal("-5", message.ChatId);
        Assert.Equal("9", message.MessageId);
        Assert.Equal(ChatLanguage.English, message.Language);
    }

    [Fact]
    public void Messages_from_bots_and_channel_posts_are_not_for_the_chat_core()
    {
        var fromBot = Message("private", "hi");
        fromBot["message"]!["from"] = FakeBotApi.BotUser;

        Assert.Null(Translate(fromBot));
        Assert.Null(Translate(Message("channel", "hi")));
    }

    [Fact]
    public void A_document_becomes_an_attachment_with_its_caption_as_text()
    {
        var json = Message("private", null);
        var message = (JsonObject)json["message"]!;
        message.Remove("text");
        message["caption"] = "موجز اليوم";
        message["document"] = new JsonObject { ["file_id"] = "F1", ["file_unique_id"] = "U1", ["file_name"] = "brief.md", ["mime_type"] = "text/markdown", ["file_size"] = 10240 };

        var translated = Translate(json)!;

        Assert.Equal("موجز اليوم", translated.Text);
        var attachment = Assert.Single(translated.Attachments);
        Assert.Equal(("brief.md", "text/markdown", 10240L), (attachment.FileName, attachment.ContentType, attachment.Size!.Value));
    }

    private IncomingMessage? Translate(JsonObject json) =>
        _translator.Translate(JsonSerializer.Deserialize<Update>(json.ToJsonString(), JsonBotAPI.Options)!);

    private static JsonObject Message(string chatType, string? text, params (string Type, int Offset, int Length)[] entities)
    {
        var chat = chatType == "private"
            ? new JsonObject { ["id"] = 42, ["type"] = "private", ["first_name"] = "L" }
            : new JsonObject { ["id"] = -100, ["type"] = chatType, ["title"] = "g" };
        var message = new JsonObject
        {
            ["message_id"] = 10,
            ["date"] = 1_764_000_000,
            ["chat"] = chat,
            ["from"] = new FakeUser(42, "ليلى").ToJson(),
            ["text"] = text,
        };
        if (entities.Length > 0)
        {
            message["entities"] = new JsonArray([.. entities.Select(e => (JsonNode)new JsonObject { ["type"] = e.Type, ["offset"] = e.Offset, ["length"] = e.Length })]);
        }

        return new JsonObject { ["update_id"] = 1, ["message"] = message };
    }
}
