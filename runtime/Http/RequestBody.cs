namespace ContractKit.Runtime.Http;

/// <summary>Reading a request body within a byte limit, and checking its media type.</summary>
public static class RequestBody
{
    /// <summary>
    /// The whole body, or null when it is longer than <paramref name="limit"/>: bytes are counted while reading and
    /// reading stops one byte past the limit, so a hostile client cannot make the server buffer more.
    /// </summary>
    public static async ValueTask<byte[]?> ReadAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var room = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var read = await body.ReadAsync(chunk.AsMemory(0, room), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }
    }

    /// <summary>
    /// Whether a <c>Content-Type</c> header is the media type the spec declares (parameters such as <c>charset</c>
    /// aside, case-insensitive). For a JSON media type, any JSON one (<c>application/json</c>, <c>…+json</c>) will do.
    /// </summary>
    public static bool IsMediaType(string? contentType, string expected)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }
        var actual = Essence(contentType);
        var wanted = Essence(expected);
        if (string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase) || wanted == "*/*")
        {
            return true;
        }
        // A range the spec declares (image/*) takes any subtype of its type.
        if (wanted.EndsWith("/*", StringComparison.Ordinal))
        {
            return actual.StartsWith(wanted.Substring(0, wanted.Length - 1), StringComparison.OrdinalIgnoreCase);
        }
        return IsJson(wanted) && IsJson(actual);
    }

    /// <summary>A media type without its parameters (<c>; charset=utf-8</c>) or surrounding space.</summary>
    private static string Essence(string mediaType)
    {
        var semicolon = mediaType.IndexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.Substring(0, semicolon)).Trim();
    }

    private static bool IsJson(string mediaType)
        => string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
}
