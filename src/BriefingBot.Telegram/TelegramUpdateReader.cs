using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace BriefingBot.Telegram;

/// <summary>
/// Reads updates one by one from raw JSON, for when a whole batch (or a webhook body) fails to deserialise: an
/// update the bot cannot read (a lone surrogate in a string, say) is skipped and logged by its id, so one poison
/// update never keeps the others from being answered nor the offset from moving past it.
/// </summary>
internal sealed partial class TelegramUpdateReader(TelegramApiConnection connection, ILogger<TelegramUpdateReader> logger)
{
    /// <summary>True when an exception says a response could not be deserialised (rather than a failed request).</summary>
    public static bool IsUnreadable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is JsonException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fetches the batch at <paramref name="offset"/> again without waiting (timeout 0) and reads it update by update.
    /// Returns the updates that could be read and the highest id seen, unreadable ones included.
    /// </summary>
    public async Task<UpdateBatch> FetchOneByOneAsync(int? offset, int limit, IEnumerable<string> allowedUpdates, CancellationToken cancellationToken)
    {
        var request = new Dictionary<string, object?> { ["limit"] = limit, ["timeout"] = 0, ["allowed_updates"] = allowedUpdates.ToArray() };
        if (offset is { } value)
        {
            request["offset"] = value;
        }

        using var response = await connection.Http.PostAsJsonAsync(connection.MethodUrl("getUpdates"), request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True
            || !root.TryGetProperty("result", out var result) || result.ValueKind != JsonValueKind.Array)
        {
            throw new RequestException($"getUpdates answered {(int)response.StatusCode} without a list of updates");
        }

        var updates = new List<Update>();
        int? highest = null;
        foreach (var element in result.EnumerateArray())
        {
            var id = IdOf(element);
            if (id is { } known)
            {
                highest = Math.Max(highest ?? known, known);
            }

            if (Read(element, id) is { } update)
            {
                updates.Add(update);
            }
        }

        return new UpdateBatch([.. updates], highest);
    }

    /// <summary>Reads one update posted to the webhook; null when it is unreadable (logged) or not an update at all.</summary>
    public Update? ReadOne(ReadOnlyMemory<byte> body, out bool isUpdate)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var id = IdOf(document.RootElement);
            isUpdate = id is not null;
            return isUpdate ? Read(document.RootElement, id) : null;
        }
        catch (JsonException)
        {
            isUpdate = false;
            return null;
        }
    }

    private Update? Read(JsonElement element, int? id)
    {
        try
        {
            return element.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            LogSkipped(id, ex.Message);
            return null;
        }
    }

    private static int? IdOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("update_id", out var id) && id.TryGetInt32(out var value) ? value : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram: update {UpdateId} could not be read and is skipped; the others are answered: {Error}")]
    private partial void LogSkipped(int? updateId, string error);
}

/// <summary>Updates read one by one, and the highest update id seen (skipped ones included), to move the offset past.</summary>
internal sealed record UpdateBatch(Update[] Updates, int? HighestId);
