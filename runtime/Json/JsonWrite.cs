using System.Globalization;
using System.Text.Json;

namespace ContractKit.Runtime.Json;

/// <summary>Writers matching <see cref="JsonRead"/>: what one writes, the other reads back unchanged.</summary>
public static class JsonWrite
{
    /// <summary>Writes a string.</summary>
    public static void String(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Writes a boolean.</summary>
    public static void Boolean(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);

    /// <summary>Writes a 32-bit integer.</summary>
    public static void Int32(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Writes a 64-bit integer.</summary>
    public static void Int64(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Writes a double.</summary>
    public static void Double(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Writes a float.</summary>
    public static void Single(Utf8JsonWriter writer, float value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Writes a decimal.</summary>
    public static void Decimal(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);

    /// <summary>Writes an RFC 3339 date-time with its offset.</summary>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Writes an RFC 3339 full-date.</summary>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>Writes a UUID.</summary>
    public static void Guid(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    /// <summary>Writes a URI as it was given.</summary>
    public static void Uri(Utf8JsonWriter writer, Uri value, JsonSerializerOptions options) => writer.WriteStringValue(value.OriginalString);

    /// <summary>Writes bytes as base64.</summary>
    public static void Bytes(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options) => writer.WriteBase64StringValue(value);

    /// <summary>Writes any JSON value as it is.</summary>
    public static void Any(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) => value.WriteTo(writer);

    /// <summary>Writes null, or the value with <paramref name="write"/>.</summary>
    public static void NullableReference<T>(Utf8JsonWriter writer, T? value, JsonSerializerOptions options, JsonValueWriter<T> write)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            write(writer, value, options);
        }
    }

    /// <summary>Writes null, or the value with <paramref name="write"/>.</summary>
    public static void NullableValue<T>(Utf8JsonWriter writer, T? value, JsonSerializerOptions options, JsonValueWriter<T> write)
        where T : struct
    {
        if (value is { } present)
        {
            write(writer, present, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Writes a JSON array, each item with <paramref name="writeItem"/>.</summary>
    public static void List<T>(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options, JsonValueWriter<T> writeItem)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            writeItem(writer, value[i], options);
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a dictionary as a JSON object, each value with <paramref name="writeValue"/>.</summary>
    public static void Dictionary<T>(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options, JsonValueWriter<T> writeValue)
    {
        writer.WriteStartObject();
        foreach (var entry in value)
        {
            writer.WritePropertyName(entry.Key);
            writeValue(writer, entry.Value, options);
        }
        writer.WriteEndObject();
    }
}
