using System.Globalization;
using System.Text.Json;

namespace ContractKit.Runtime.Json;

/// <summary>
/// Readers for the JSON values OpenAPI schemas describe. Each one checks the token kind first, so a wrong type
/// becomes a <see cref="JsonException"/> that names what was expected, never an InvalidOperationException.
/// </summary>
public static class JsonRead
{
    /// <summary>Reads a JSON string.</summary>
    public static string String(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.String, "a string");
        return reader.GetString()!;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public static bool Boolean(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
        {
            throw Unexpected(ref reader, "true or false");
        }
        return reader.GetBoolean();
    }

    /// <summary>Reads a number that fits a 32-bit integer.</summary>
    public static int Int32(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.Number, "an int32 number");
        return reader.TryGetInt32(out var value) ? value
            : Integral(ref reader) is { } integral && integral >= int.MinValue && integral <= int.MaxValue ? (int)integral
            : throw Unexpected(ref reader, "an int32 number");
    }

    /// <summary>Reads a number that fits a 64-bit integer.</summary>
    public static long Int64(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.Number, "an int64 number");
        return reader.TryGetInt64(out var value) ? value
            : Integral(ref reader) is { } integral && integral >= long.MinValue && integral <= long.MaxValue ? (long)integral
            : throw Unexpected(ref reader, "an int64 number");
    }

    /// <summary>
    /// A number written with a fraction or an exponent that is still a whole number (<c>1.0</c>, <c>2e1</c>): JSON
    /// Schema counts it as an integer, so the model reads it as one. Null when it is not whole or not a decimal.
    /// </summary>
    private static decimal? Integral(ref Utf8JsonReader reader)
        => reader.TryGetDecimal(out var number) && decimal.Truncate(number) == number ? number : null;

    /// <summary>Reads a number as a double.</summary>
    public static double Double(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.Number, "a number");
        return reader.GetDouble();
    }

    /// <summary>Reads a number as a float.</summary>
    public static float Single(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.Number, "a number");
        return reader.GetSingle();
    }

    /// <summary>Reads a number as a decimal (used where no format says otherwise, so no digit is lost).</summary>
    public static decimal Decimal(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.Number, "a number");
        return reader.TryGetDecimal(out var value) ? value : throw Unexpected(ref reader, "a number within decimal range");
    }

    /// <summary>Reads an RFC 3339 date-time; an offset is required.</summary>
    public static DateTimeOffset DateTimeOffset(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.String, "a date-time string");
        return reader.TryGetDateTimeOffset(out var value) ? value : throw Unexpected(ref reader, "an RFC 3339 date-time");
    }

    /// <summary>Reads an RFC 3339 full-date (<c>yyyy-MM-dd</c>).</summary>
    public static DateOnly DateOnly(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var text = String(ref reader, options);
        return System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new JsonException($"Expected a date (yyyy-MM-dd) but found \"{text}\".");
    }

    /// <summary>Reads a UUID.</summary>
    public static Guid Guid(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.String, "a uuid string");
        return reader.TryGetGuid(out var value) ? value : throw Unexpected(ref reader, "a uuid");
    }

    /// <summary>Reads a URI, absolute or relative.</summary>
    public static Uri Uri(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        var text = String(ref reader, options);
        return System.Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var value)
            ? value
            : throw new JsonException($"Expected a URI but found \"{text}\".");
    }

    /// <summary>Reads base64-encoded bytes.</summary>
    public static byte[] Bytes(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        Expect(ref reader, JsonTokenType.String, "a base64 string");
        return reader.TryGetBytesFromBase64(out var value) ? value : throw Unexpected(ref reader, "base64 data");
    }

    /// <summary>Reads any JSON value as it is, for schemas that allow anything.</summary>
    public static JsonElement Any(ref Utf8JsonReader reader, JsonSerializerOptions options)
        => JsonElement.ParseValue(ref reader);

    /// <summary>Reads <c>null</c> as null and anything else with <paramref name="read"/>.</summary>
    public static T? NullableReference<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, JsonValueReader<T> read)
        where T : class
        => reader.TokenType == JsonTokenType.Null ? null : read(ref reader, options);

    /// <summary>Reads <c>null</c> as null and anything else with <paramref name="read"/>.</summary>
    public static T? NullableValue<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, JsonValueReader<T> read)
        where T : struct
        => reader.TokenType == JsonTokenType.Null ? null : read(ref reader, options);

    /// <summary>Reads a JSON array, each item with <paramref name="readItem"/>.</summary>
    public static IReadOnlyList<T> List<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, JsonValueReader<T> readItem)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array");
        var items = new List<T>();
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            items.Add(readItem(ref reader, options));
        }
        return items;
    }

    /// <summary>Reads a JSON object as a dictionary, each value with <paramref name="readValue"/>.</summary>
    public static IReadOnlyDictionary<string, T> Dictionary<T>(ref Utf8JsonReader reader, JsonSerializerOptions options, JsonValueReader<T> readValue)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object");
        var entries = new Dictionary<string, T>(StringComparer.Ordinal);
        while (Next(ref reader) != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            Next(ref reader);
            entries[name] = readValue(ref reader, options);
        }
        return entries;
    }

    /// <summary>Advances to the next token; running out of input is a <see cref="JsonException"/>.</summary>
    public static JsonTokenType Next(ref Utf8JsonReader reader)
        => reader.Read() ? reader.TokenType : throw new JsonException("The JSON ended early.");

    /// <summary>Throws unless the current token is <paramref name="expected"/>.</summary>
    public static void Expect(ref Utf8JsonReader reader, JsonTokenType expected, string description)
    {
        if (reader.TokenType != expected)
        {
            throw Unexpected(ref reader, description);
        }
    }

    /// <summary>The error for a value of the wrong kind, naming what was expected and what was found.</summary>
    public static JsonException Unexpected(ref Utf8JsonReader reader, string expected)
        => new($"Expected {expected} but found {Describe(reader.TokenType)}.");

    /// <summary>The error for a required property that the JSON object lacks.</summary>
    public static JsonException MissingProperty(string typeName, string propertyName)
        => new($"The JSON object for {typeName} lacks the required property \"{propertyName}\".");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
