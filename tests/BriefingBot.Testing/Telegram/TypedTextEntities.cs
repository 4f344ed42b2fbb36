using System.Text.Json.Nodes;

namespace BriefingBot.Testing.Telegram;

/// <summary>The entities Telegram attaches to a text a user types: a leading /command and @mentions (UTF-16 offsets).</summary>
internal static class TypedTextEntities
{
    public static JsonArray Of(string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            entities.Add(Entity("bot_command", 0, end < 0 ? text.Length : end));
        }

        for (var i = text.IndexOf('@', StringComparison.Ordinal); i >= 0; i = text.IndexOf('@', i + 1))
        {
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end - i > 1)
            {
                entities.Add(Entity("mention", i, end - i));
            }
        }

        return entities;
    }

    public static JsonArray ToJson(IReadOnlyList<FakeEntity> entities) => [.. entities.Select(e => (JsonNode)Entity(e.Type, e.Offset, e.Length))];

    private static JsonObject Entity(string type, int offset, int length) => new() { ["type"] = type, ["offset"] = offset, ["length"] = length };
}
