using BriefingBot.Core.Chat;

namespace BriefingBot.Core.Tests.Chat;

public sealed class ChatCommandParserTests : IDisposable
{
    private readonly ChatTestServices _services = ChatTestServices.CreateWithoutBriefings();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void Any_text_in_a_private_chat_is_a_question()
    {
        var command = Parse(Message(ChatKind.Private, "ماذا قال بولياكوف؟"));

        Assert.Equal(new ChatCommand(ChatCommandKind.Ask, "ماذا قال بولياكوف؟"), command);
    }

    [Fact]
    public void Group_chatter_not_addressed_to_the_bot_is_ignored()
    {
        Assert.Equal(ChatCommandKind.None, Parse(Message(ChatKind.Group, "ماذا قال بولياكوف؟")).Kind);
        Assert.Equal(ChatCommandKind.None, Parse(Message(ChatKind.Group, "/weather cairo")).Kind);
    }

    [Fact]
    public void In_a_group_a_mention_a_reply_to_the_bot_or_ask_makes_a_question()
    {
        Assert.Equal(new ChatCommand(ChatCommandKind.Ask, "ما رأي وود؟"), Parse(Message(ChatKind.Group, "ما رأي وود؟", addressed: true)));
        Assert.Equal(new ChatCommand(ChatCommandKind.Ask, "ما رأي وود؟"), Parse(Message(ChatKind.Group, "ما رأي وود؟", replyToBot: true)));
        Assert.Equal(new ChatCommand(ChatCommandKind.Ask, "ما رأي وود؟"), Parse(Message(ChatKind.Group, "/ask   ما رأي وود؟")));
    }

    [Theory]
    [InlineData("/start", ChatCommandKind.Start)]
    [InlineData("/help", ChatCommandKind.Help)]
    [InlineData("/HELP", ChatCommandKind.Help)]
    [InlineData("/مساعدة", ChatCommandKind.Help)]
    [InlineData("/briefings", ChatCommandKind.Briefings)]
    [InlineData("/الموجزات", ChatCommandKind.Briefings)]
    [InlineData("/today", ChatCommandKind.Today)]
    [InlineData("/اليوم", ChatCommandKind.Today)]
    [InlineData("/اسأل سؤال", ChatCommandKind.Ask)]
    [InlineData("/nonsense", ChatCommandKind.Unknown)]
    public void Command_words_in_English_and_Arabic_map_to_their_commands(string text, ChatCommandKind expected) =>
        Assert.Equal(expected, Parse(Message(ChatKind.Private, text)).Kind);

    [Fact]
    public void A_button_payload_becomes_its_command_with_the_argument()
    {
        var press = Message(ChatKind.Group, null) with { Action = "more:AbCdEf12:3" };

        Assert.Equal(new ChatCommand(ChatCommandKind.More, "AbCdEf12:3"), Parse(press));
        Assert.Equal(ChatCommandKind.Unknown, Parse(press with { Action = "bookmark:1" }).Kind);
    }

    [Fact]
    public void An_empty_message_without_attachments_is_not_for_the_bot() =>
        Assert.Equal(ChatCommandKind.None, Parse(Message(ChatKind.Private, "   ")).Kind);

    private ChatCommand Parse(IncomingMessage message) => _services.Engine.Parse(message);

    private static IncomingMessage Message(ChatKind kind, string? text, bool addressed = false, bool replyToBot = false) =>
        new("test", "c1", "u1", "user", kind, addressed, replyToBot, text);
}
