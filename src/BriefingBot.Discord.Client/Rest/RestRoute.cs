namespace BriefingBot.Discord.Client.Rest;

/// <summary>
/// One request target. <see cref="Template"/> (never the concrete path) is what appears in logs
/// and exceptions, because concrete paths can carry interaction tokens.
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Template, string Path, string MajorParameter, bool UsesBotToken = true)
{
    /// <summary>Routes sharing a learned bucket hash still get separate buckets per major parameter.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;

    /// <summary>The initial response to an interaction: Discord accepts only one, within 3 s.</summary>
    public bool IsInteractionCallback => Template.EndsWith("/callback", StringComparison.Ordinal);

    public static RestRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", "gateway/bot", "");

    public static RestRoute CurrentUser() => new(HttpMethod.Get, "users/@me", "users/@me", "");

    public static RestRoute CurrentApplication() => new(HttpMethod.Get, "applications/@me", "applications/@me", "");

    public static RestRoute CreateDm() => new(HttpMethod.Post, "users/@me/channels", "users/@me/channels", "");

    public static RestRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/messages", $"channels/{E(channelId)}/messages", channelId);

    public static RestRoute GetChannel(string channelId) =>
        new(HttpMethod.Get, "channels/{channel_id}", $"channels/{E(channelId)}", channelId);

    public static RestRoute TriggerTyping(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/typing", $"channels/{E(channelId)}/typing", channelId);

    public static RestRoute EditMessage(string channelId, string messageId) =>
        new(HttpMethod.Patch, "channels/{channel_id}/messages/{message_id}", $"channels/{E(channelId)}/messages/{E(messageId)}", channelId);

    public static RestRoute DeleteMessage(string channelId, string messageId) =>
        new(HttpMethod.Delete, "channels/{channel_id}/messages/{message_id}", $"channels/{E(channelId)}/messages/{E(messageId)}", channelId);

    public static RestRoute GuildMember(string guildId, string userId) =>
        new(HttpMethod.Get, "guilds/{guild_id}/members/{user_id}", $"guilds/{E(guildId)}/members/{E(userId)}", guildId);

    public static RestRoute GlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "applications/{application_id}/commands", $"applications/{E(applicationId)}/commands", "");

    public static RestRoute GuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands",
            $"applications/{E(applicationId)}/guilds/{E(guildId)}/commands", guildId);

    // Interaction callbacks and the interaction webhook are authorized by the interaction token in the path.
    public static RestRoute InteractionCallback(string interactionId, string interactionToken) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{interaction_token}/callback",
            $"interactions/{E(interactionId)}/{E(interactionToken)}/callback", interactionId, UsesBotToken: false);

    public static RestRoute EditOriginalResponse(string applicationId, string interactionToken) =>
        new(HttpMethod.Patch, "webhooks/{application_id}/{interaction_token}/messages/@original",
            $"webhooks/{E(applicationId)}/{E(interactionToken)}/messages/@original", applicationId + "/" + interactionToken, UsesBotToken: false);

    public static RestRoute CreateFollowup(string applicationId, string interactionToken) =>
        new(HttpMethod.Post, "webhooks/{application_id}/{interaction_token}",
            $"webhooks/{E(applicationId)}/{E(interactionToken)}", applicationId + "/" + interactionToken, UsesBotToken: false);

    private static string E(string segment) => Uri.EscapeDataString(segment);
}
