using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Conformance.Generation.Patterns;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>Values that break one keyword for certain: each choice is justified by the text it breaks.</summary>
internal static class BadValues
{
    /// <summary>
    /// A string breaking each format the validators check, and the rule it breaks: RFC 3339 §5.6 requires the
    /// offset in a date-time and a day that exists in a date, an hour below 24 in a time; RFC 9562 UUIDs are hex;
    /// an RFC 5321 mailbox has an '@'; an IPv4 octet is at most 255; RFC 4291 allows one "::"; RFC 3986 has no
    /// spaces; a hostname label has no '_' (RFC 1123); ISO 8601 durations start with 'P' and have a unit;
    /// RFC 6901 pointers start with '/'.
    /// </summary>
    public static string? BreakingFormat(string? format) => format switch
    {
        "date-time" => "2024-01-01T10:00:00",
        "date" => "2024-02-30",
        "time" => "25:00:00Z",
        "uuid" => "123e4567-e89b-12d3-a456-42661417400g",
        "email" => "guest.example.com",
        "ipv4" => "256.1.1.1",
        "ipv6" => "2001:db8:::1",
        "uri" => "https://example.com/a b",
        "uri-reference" => "/a b",
        "hostname" => "bad_host.example.com",
        "duration" => "P",
        "json-pointer" => "no-leading-slash",
        _ => null,
    };

    /// <summary>Values of JSON types the schema's <c>type</c> does not allow (null only where it is not nullable).</summary>
    public static List<JsonNode?> WrongTypes(IOpenApiSchema schema, bool nullAllowed)
    {
        var type = schema.Type ?? 0;
        var wrong = new List<JsonNode?>();
        if ((type & JsonSchemaType.String) == 0) wrong.Add(JsonValue.Create("wrong type"));
        if ((type & JsonSchemaType.Number) == 0) wrong.Add((type & JsonSchemaType.Integer) == 0 ? JsonValue.Create(42) : JsonValue.Create(42.5m));
        if ((type & JsonSchemaType.Boolean) == 0) wrong.Add(JsonValue.Create(true));
        if ((type & JsonSchemaType.Object) == 0) wrong.Add(new JsonObject { ["wrong"] = "type" });
        if ((type & JsonSchemaType.Array) == 0) wrong.Add(new JsonArray(JsonValue.Create("wrong type")));
        if (!nullAllowed) wrong.Add(null);
        return wrong;
    }

    /// <summary>A value the enum does not list, of the JSON type of its values.</summary>
    public static JsonNode? NotIn(IList<JsonNode> values)
    {
        var listed = values.Where(v => v is not null).ToList();
        if (listed.Count > 0 && listed.All(v => v.GetValueKind() == JsonValueKind.Number))
        {
            var n = 987_654_321m;
            while (listed.Any(v => Rejection.SameValue(v, JsonValue.Create(n))))
            {
                n++;
            }
            return JsonValue.Create(n);
        }
        var text = "NOT_LISTED";
        while (listed.Any(v => v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == text))
        {
            text += "_";
        }
        return JsonValue.Create(text);
    }

    /// <summary>
    /// Strings the pattern does not match, checked as ECMA-262 reads it (the valid value with a final newline fails
    /// an anchored <c>$</c>); empty when none of the tries is certain.
    /// </summary>
    public static List<string> NotMatching(string pattern, string valid)
    {
        string[] tries = [valid + "\n", "", "!", " " + valid, valid + " ", "~~~", "0", "a", "A b c", "\u00e9"];
        return tries.Distinct().Where(t => EcmaRegex.IsMatch(pattern, t) == false).ToList();
    }
}
