using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ContractKit.Runtime.Json;

/// <summary>Whole request and response bodies for the generated client, through the same delegates the generated
/// converters use: no reflection, and one code path for models, lists, maps and primitives alike.</summary>
public static class JsonBody
{
    /// <summary>Writes <paramref name="value"/> as UTF-8 JSON.</summary>
    public static byte[] Write<T>(T value, JsonValueWriter<T> write, JsonSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value, options);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads one JSON document; throws <see cref="JsonException"/> when it is not one value of the type.</summary>
    public static T Read<T>(byte[] utf8Json, JsonValueReader<T> read, JsonSerializerOptions options)
    {
        var reader = new Utf8JsonReader(utf8Json);
        if (!reader.Read())
        {
            throw new JsonException("The response has no JSON body.");
        }
        var value = read(ref reader, options);
        if (reader.Read())
        {
            throw new JsonException("The response body holds more than one JSON value.");
        }
        return value;
    }

    /// <summary>The bytes as request content of <paramref name="mediaType"/>.</summary>
    public static HttpContent Content(byte[] utf8Json, string mediaType)
    {
        var content = new ByteArrayContent(utf8Json);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return content;
    }
}
