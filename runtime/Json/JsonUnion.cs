using System.Text.Json;

namespace ContractKit.Runtime.Json;

/// <summary>The JSON shapes a union alternative accepts, for choosing an alternative without trial and error.</summary>
public enum JsonShape
{
    /// <summary>Any JSON value.</summary>
    Any,
    /// <summary>Any string.</summary>
    String,
    /// <summary>A string holding an RFC 3339 date-time.</summary>
    DateTime,
    /// <summary>A string holding a full-date.</summary>
    Date,
    /// <summary>A string holding a UUID.</summary>
    Uuid,
    /// <summary>A string holding base64 data.</summary>
    Base64,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>A number without a fraction.</summary>
    Integer,
    /// <summary>Any number.</summary>
    Number,
    /// <summary>An object.</summary>
    Object,
    /// <summary>An array.</summary>
    Array,
}

/// <summary>Helpers for generated union converters.</summary>
public static class JsonUnion
{
    /// <summary>
    /// The value of the discriminator property of the object at the reader, read from a copy of the reader so the
    /// caller's position is unchanged; null when the object has none.
    /// </summary>
    public static string? PeekDiscriminator(Utf8JsonReader reader, ReadOnlySpan<byte> propertyName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == depth + 1)
            {
                var matches = reader.ValueTextEquals(propertyName);
                reader.Read();
                if (matches)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
                reader.Skip();
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="element"/> has the shape and, for objects, every listed property.</summary>
    public static bool Fits(JsonElement element, JsonShape shape, params string[] requiredProperties)
    {
        switch (shape)
        {
            case JsonShape.Any:
                return true;
            case JsonShape.String:
                return element.ValueKind == JsonValueKind.String;
            case JsonShape.DateTime:
                return element.ValueKind == JsonValueKind.String && element.TryGetDateTimeOffset(out _);
            case JsonShape.Date:
                return element.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", out _);
            case JsonShape.Uuid:
                return element.ValueKind == JsonValueKind.String && element.TryGetGuid(out _);
            case JsonShape.Base64:
                return element.ValueKind == JsonValueKind.String && element.TryGetBytesFromBase64(out _);
            case JsonShape.Boolean:
                return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
            case JsonShape.Integer:
                return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out _);
            case JsonShape.Number:
                return element.ValueKind == JsonValueKind.Number;
            case JsonShape.Array:
                return element.ValueKind == JsonValueKind.Array;
            case JsonShape.Object:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return false;
                }
                foreach (var name in requiredProperties)
                {
                    if (!element.TryGetProperty(name, out _))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>How many members of the object <paramref name="element"/> are among <paramref name="knownProperties"/>:
    /// among alternatives that would all read it, the one that knows most of its members is the one it was written as.</summary>
    public static int KnownMembers(JsonElement element, string[] knownProperties)
    {
        var count = 0;
        foreach (var member in element.EnumerateObject())
        {
            if (Array.IndexOf(knownProperties, member.Name) >= 0)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Reads an already-parsed element with a generated reader.</summary>
    public static T Read<T>(JsonElement element, JsonSerializerOptions options, JsonValueReader<T> read)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        reader.Read();
        return read(ref reader, options);
    }

    /// <summary>
    /// Reads an element as one alternative when it can be read as that alternative; false when it cannot (a
    /// nested value of another type). For unions without a discriminator, whose alternatives may share a shape.
    /// </summary>
    public static bool TryRead<T>(JsonElement element, JsonSerializerOptions options, JsonValueReader<T> read, out T value)
    {
        try
        {
            value = Read(element, options, read);
            return true;
        }
        catch (JsonException)
        {
            value = default!;
            return false;
        }
    }

    /// <summary>The error when a value fits none of a union's alternatives.</summary>
    public static JsonException NoAlternativeFits(string typeName, JsonElement element)
        => new($"The JSON {element.ValueKind.ToString().ToLowerInvariant()} fits none of the alternatives of {typeName}.");
}
