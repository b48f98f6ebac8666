using System.Buffers;
using System.Text;
using System.Text.Json;
using ContractKit.Runtime.Json;

namespace ContractKit.Runtime.Http;

/// <summary>What JSON value a parameter's text stands for, so it can be validated like a body.</summary>
public enum ParameterJsonKind
{
    /// <summary>Any text; written as a JSON string.</summary>
    String,

    /// <summary>A JSON number; other text is a <c>type</c> violation.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>JSON text when it is JSON (objects, nested arrays), else a JSON string.</summary>
    Json,
}

/// <summary>
/// Turns the text of a path, query, header or cookie parameter into JSON, so the generated validator checks it
/// with the same keywords and messages as a body, and the generated converters read it without reflection.
/// </summary>
public static class ParameterReader
{
    /// <summary>The JSON of one value, or null when the text cannot be that kind (a <c>type</c> violation).</summary>
    public static byte[]? ToJson(string text, ParameterJsonKind kind)
    {
        var buffer = new ArrayBufferWriter<byte>(text.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (!TryWrite(writer, text, kind))
            {
                return null;
            }
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The JSON array of the items, or null when one of them cannot be that kind.</summary>
    public static byte[]? ToJsonArray(IReadOnlyList<string> items, ParameterJsonKind kind)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items)
            {
                if (!TryWrite(writer, item, kind))
                {
                    return null;
                }
            }
            writer.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The items of an array parameter. Exploded form values arrive as repeated parameters (<paramref name="values"/>
    /// as they are); otherwise one value holds them all, split at <paramref name="delimiter"/> (<c>,</c> for form and
    /// simple, <c> </c> for spaceDelimited, <c>|</c> for pipeDelimited). An empty value is an empty array.
    /// </summary>
    public static IReadOnlyList<string> Items(IReadOnlyList<string> values, char delimiter, bool repeated)
    {
        if (repeated)
        {
            return values;
        }
        if (values.Count == 0 || values[0].Length == 0)
        {
            return [];
        }
        return values[0].Split(delimiter);
    }

    /// <summary>Repeated values as they arrived (ASP.NET Core's <c>StringValues</c> is a list of nullable strings).</summary>
    public static IReadOnlyList<string> Values(IReadOnlyList<string?> values)
    {
        var copy = new string[values.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = values[i] ?? "";
        }
        return copy;
    }

    /// <summary>A label-style path value (<c>.a.b</c>) without its leading dot; array items are then split at dots.</summary>
    public static string WithoutLabel(string text) => text.StartsWith('.') ? text.Substring(1) : text;

    /// <summary>A matrix-style path value (<c>;id=5</c>) without its <c>;name=</c> prefix.</summary>
    public static string WithoutMatrix(string text, string name)
    {
        var prefix = ";" + name + "=";
        if (text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return text.Substring(prefix.Length);
        }
        return text == ";" + name ? "" : text;
    }

    /// <summary>Reads the JSON a parameter or body became; false when the value does not fit the C# type (an
    /// integer beyond <c>int</c>, say), which the caller reports as a <c>type</c> violation.</summary>
    public static bool TryRead<T>(byte[] utf8Json, JsonValueReader<T> read, JsonSerializerOptions options, out T value)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            reader.Read();
            value = read(ref reader, options);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or OverflowException or InvalidOperationException or ArgumentException)
        {
            value = default!;
            return false;
        }
    }

    private static bool TryWrite(Utf8JsonWriter writer, string text, ParameterJsonKind kind)
    {
        switch (kind)
        {
            case ParameterJsonKind.Boolean:
                if (text is not ("true" or "false"))
                {
                    return false;
                }
                writer.WriteBooleanValue(text == "true");
                return true;
            case ParameterJsonKind.Number:
                if (!IsJson(text, number: true))
                {
                    return false;
                }
                writer.WriteRawValue(text, skipInputValidation: true);
                return true;
            case ParameterJsonKind.Json when IsJson(text, number: false):
                writer.WriteRawValue(text, skipInputValidation: true);
                return true;
            default:
                writer.WriteStringValue(text);
                return true;
        }
    }

    /// <summary>One complete JSON value (a number when <paramref name="number"/>), nothing before or after it.</summary>
    private static bool IsJson(string text, bool number)
    {
        // JSON allows whitespace around a value; a parameter's text does not (" 1" is not the integer 1).
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))
        {
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            if (!reader.Read() || (number && reader.TokenType != JsonTokenType.Number))
            {
                return false;
            }
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
