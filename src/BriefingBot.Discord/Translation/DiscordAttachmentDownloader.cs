using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Translation;

/// <summary>Fetches attachment content from Discord's CDN on demand; most messages never need it.</summary>
internal sealed class DiscordAttachmentDownloader(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "DiscordAttachments";

    public ChatAttachment ToChatAttachment(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        // GetStreamAsync streams the body and fails on a non-success status; disposing the stream ends the response.
        return new ChatAttachment(attachment.Filename, attachment.ContentType, attachment.Size, ct =>
            httpClientFactory.CreateClient(HttpClientName).GetStreamAsync(new Uri(attachment.Url), ct));
    }
}
