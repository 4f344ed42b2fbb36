namespace BriefingBot.Core.Chat;

/// <summary>The language the bot replies in: Arabic by default, English for users whose client says English.</summary>
public enum ChatLanguage
{
    Arabic,
    English,
}
