using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BriefingBot.Discord.Client.Models;

namespace BriefingBot.Discord.Client;

/// <summary>The one serializer configuration used for REST bodies and gateway payloads.</summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { SuppressMentionsByDefault } },
        };
        options.MakeReadOnly();
        return options;
    }

    // A bot that echoes user text must never ping @everyone by accident; filling the
    // field at serialization time means no call site can forget it.
    private static void SuppressMentionsByDefault(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(AllowedMentions) || property.Get is not { } getter)
            {
                continue;
            }

            property.Get = owner => getter(owner) ?? AllowedMentions.None;
            property.ShouldSerialize = null;
        }
    }
}
