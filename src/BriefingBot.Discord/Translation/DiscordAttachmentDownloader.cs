using BriefingBot.Core.Chat;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Translation;

/// <summary>Fetches attachment content from Discord's CDN on demand; most messages never need it.</summary>
public sealed class DiscordAttachmentDownloader(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "DiscordAttachments";

    public ChatAttachment ToChatAttachment(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new ChatAttachment(attachment.Filename, attachment.ContentType, attachment.Size, ct => OpenAsync(attachment.Url, ct));
    }

    private async Task<Stream> OpenAsync(string url, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        var response = await http.GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        try
        {
            response.EnsureSuccessStatusCode();
            return new ResponseStream(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false), response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Keeps the response alive as long as its body is read, and disposes both together.</summary>
    private sealed class ResponseStream(Stream inner, HttpResponseMessage response) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
                response.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
