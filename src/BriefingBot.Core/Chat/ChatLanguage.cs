namespace BriefingBot.Core.Chat;

/// <summary>The language the bot replies in: Arabic by default, English for users whose client says English.</summary>
public enum ChatLanguage
{
    Arabic,
    English,
}

public static class ChatLanguages
{
    /// <summary>Maps a client's language code (IETF tag such as <c>en-GB</c>) to the reply language.</summary>
    public static ChatLanguage FromCode(string? languageCode) =>
        languageCode is not null && languageCode.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? ChatLanguage.English
            : ChatLanguage.Arabic;
}
