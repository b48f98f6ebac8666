using System.Text.Json.Nodes;

namespace ContractKit.Spec.Tests.Infrastructure;

/// <summary>RFC 6901 JSON Pointers, as the x-contractkit-* extensions use them.</summary>
internal static class JsonPointers
{
    /// <summary>The value <paramref name="pointer"/> points to in <paramref name="node"/>, or null when it points to nothing.</summary>
    public static JsonNode? Resolve(JsonNode? node, string pointer)
    {
        if (pointer.Length == 0)
        {
            return node;
        }

        foreach (var token in pointer[1..].Split('/').Select(t => t.Replace("~1", "/").Replace("~0", "~")))
        {
            node = node switch
            {
                JsonObject obj => obj[token],
                JsonArray array when int.TryParse(token, out var index) && index < array.Count => array[index],
                _ => null,
            };
        }

        return node;
    }
}
