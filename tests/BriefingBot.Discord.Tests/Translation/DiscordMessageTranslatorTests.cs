using System.Text.Json;
using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client;
using BriefingBot.Discord.Client.Interactions;
using BriefingBot.Discord.Client.Models;
using BriefingBot.Discord.Translation;
using Microsoft.Extensions.Options;

namespace BriefingBot.Discord.Tests.Translation;

public sealed class DiscordMessageTranslatorTests
{
    private const string BotId = "42";
    private readonly DiscordMessageTranslator _translator;

    public DiscordMessageTranslatorTests()
    {
        var identity = new DiscordBotIdentity();
        identity.Set(BotId);
        var roles = new DiscordSenderRoles(Options.Create(new DiscordAdapterOptions { ModeratorRoleIds = ["777"] }));
        _translator = new DiscordMessageTranslator(identity, roles, new DiscordAttachmentDownloader(new NoHttp()));
    }

    [Theory]
    [InlineData("<@42> ماذا قال بولياكوف؟")]
    [InlineData("ماذا قال <@!42> بولياكوف؟")]
    public void A_guild_message_mentioning_the_bot_is_for_it_with_the_mention_removed(string content)
    {
        var incoming = _translator.FromMessage(GuildMessage(content, mentionsBot: true));

        Assert.NotNull(incoming);
        Assert.Equal("ماذا قال بولياكوف؟", incoming.Text);
        Assert.Equal(ChatKind.Group, incoming.ChatKind);
        Assert.True(incoming.AddressedToBot);
        Assert.Equal(("discord", "100", "7", "m1"), (incoming.Platform, incoming.ChatId, incoming.UserId, incoming.MessageId));
        Assert.Equal(ChatLanguage.Arabic, incoming.Language);
    }

    [Fact]
    public void A_guild_message_neither_mentioning_nor_replying_to_the_bot_is_translated_as_not_addressed_and_the_core_leaves_it()
    {
        var incoming = _translator.FromMessage(GuildMessage("ماذا قال بولياكوف؟", mentionsBot: false));

        Assert.NotNull(incoming);
        Assert.False(incoming.AddressedToBot);
        Assert.False(incoming.ReplyToBot);
        Assert.Equal(ChatCommandKind.None, new ChatCommandParser([]).Parse(incoming).Kind);
    }

    [Fact]
    public void A_reply_to_one_of_the_bot_messages_is_for_it()
    {
        var message = GuildMessage("والمزيد؟", mentionsBot: false) with
        {
            ReferencedMessage = new Message { Id = "m0", ChannelId = "100", Author = new User { Id = BotId, Bot = true } },
        };

        var incoming = _translator.FromMessage(message);

        Assert.NotNull(incoming);
        Assert.True(incoming.ReplyToBot);
    }

    [Fact]
    public void A_direct_message_is_private_and_needs_no_mention()
    {
        var incoming = _translator.FromMessage(GuildMessage("ماذا قال بولياكوف؟", mentionsBot: false) with { GuildId = null });

        Assert.NotNull(incoming);
        Assert.Equal(ChatKind.Private, incoming.ChatKind);
    }

    [Fact]
    public void Messages_from_bots_including_this_one_are_ignored()
    {
        Assert.Null(_translator.FromMessage(GuildMessage("<@42> hi", mentionsBot: true) with { Author = new User { Id = "9", Bot = true } }));
        Assert.Null(_translator.FromMessage(GuildMessage("hi", mentionsBot: false) with { GuildId = null, Author = new User { Id = BotId } }));
    }

    [Fact]
    public void A_slash_command_becomes_the_command_text_with_its_question_in_the_client_language()
    {
        var incoming = _translator.FromInteraction(Command("ask", "en-GB", permissions: "0", new InteractionDataOption
        {
            Name = "question",
            Type = ApplicationCommandOptionType.String,
            Value = JsonSerializer.SerializeToElement("what did Polyakov say?"),
        }));

        Assert.NotNull(incoming);
        Assert.Equal("/ask what did Polyakov say?", incoming.Text);
        Assert.Equal(ChatLanguage.English, incoming.Language);
        Assert.Equal("i1", incoming.MessageId);
        Assert.Equal(ChatKind.Group, incoming.ChatKind);
        Assert.Equal(SenderRole.Member, incoming.Role);
    }

    [Fact]
    public void A_button_press_carries_its_custom_id_as_the_action()
    {
        var interaction = Command("ask", "ar", "0") with
        {
            Type = InteractionType.MessageComponent,
            Data = new InteractionData { CustomId = "more:abc:3", ComponentType = 2 },
        };

        var incoming = _translator.FromInteraction(interaction);

        Assert.NotNull(incoming);
        Assert.Equal("more:abc:3", incoming.Action);
        Assert.Null(incoming.Text);
    }

    [Theory]
    [InlineData("8192", SenderRole.Moderator)]
    [InlineData("8", SenderRole.Moderator)]
    [InlineData("2147483656", SenderRole.Moderator)]
    [InlineData("1024", SenderRole.Member)]
    [InlineData(null, SenderRole.Member)]
    public void Manage_messages_or_administrator_makes_a_member_a_moderator(string? permissions, SenderRole expected)
    {
        Assert.Equal(expected, _translator.FromInteraction(Command("ask", "ar", permissions))!.Role);
    }

    [Fact]
    public void A_configured_moderator_role_makes_a_member_a_moderator()
    {
        var interaction = Command("ask", "ar", "0") with
        {
            Member = new GuildMember { User = new User { Id = "7" }, Permissions = "0", Roles = ["555", "777"] },
        };

        Assert.Equal(SenderRole.Moderator, _translator.FromInteraction(interaction)!.Role);
    }

    [Fact]
    public void An_attachment_option_becomes_a_chat_attachment_from_the_resolved_data()
    {
        var interaction = Command("brief", "ar", "8192", new InteractionDataOption
        {
            Name = "file",
            Type = ApplicationCommandOptionType.Attachment,
            Value = JsonSerializer.SerializeToElement("a1"),
        });
        interaction = interaction with
        {
            Data = interaction.Data! with
            {
                Resolved = new InteractionResolved
                {
                    Attachments = new Dictionary<string, Attachment> { ["a1"] = new() { Id = "a1", Filename = "brief.md", Size = 1234, Url = "https://cdn.example/brief.md", ContentType = "text/markdown" } },
                },
            },
        };

        var incoming = _translator.FromInteraction(interaction);

        Assert.NotNull(incoming);
        Assert.Equal("/brief", incoming.Text);
        Assert.Equal(SenderRole.Moderator, incoming.Role);
        var attachment = Assert.Single(incoming.Attachments);
        Assert.Equal(("brief.md", "text/markdown", 1234L), (attachment.FileName, attachment.ContentType, attachment.Size!.Value));
    }

    private static Message GuildMessage(string content, bool mentionsBot) => new()
    {
        Id = "m1",
        ChannelId = "100",
        GuildId = "200",
        Author = new User { Id = "7", Username = "reader" },
        Content = content,
        Mentions = mentionsBot ? [new User { Id = BotId, Bot = true }] : [],
    };

    private static Interaction Command(string name, string locale, string? permissions, params InteractionDataOption[] options) => new()
    {
        Id = "i1",
        ApplicationId = "4242",
        Type = InteractionType.ApplicationCommand,
        Token = "token",
        ChannelId = "100",
        GuildId = "200",
        Locale = locale,
        Member = new GuildMember { User = new User { Id = "7", Username = "reader" }, Permissions = permissions },
        Data = new InteractionData { Name = name, Options = options },
    };

    private sealed class NoHttp : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => throw new InvalidOperationException("No download expected.");
    }
}
