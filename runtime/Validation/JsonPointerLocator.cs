using System.Text;
using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// Turns the byte offsets a validation recorded into RFC 6901 pointers, by walking the document once more with the
/// path in hand. Only a document that failed pays for this walk; the validation itself keeps no path.
/// </summary>
internal static class JsonPointerLocator
{
    /// <summary>One open object or array on the way from the root to the token being read.</summary>
    private struct Frame
    {
        public bool IsArray;

        /// <summary>The index of the array item being read; -1 before the first.</summary>
        public int Index;

        /// <summary>The property name token (quotes included) of the member being read, kept as bytes: only a
        /// pointer that needs it decodes it.</summary>
        public int NameStart;
        public int NameLength;
    }

    /// <returns>The errors in the order given, each with the pointer its offset names.</returns>
    public static List<ValidationError> Locate(ReadOnlySpan<byte> json, int maxDepth, List<LocatedError> errors)
    {
        var pointers = new string?[errors.Count];
        // A stable sort: the walk meets the offsets in document order. (Errors found on copies of the reader, in the
        // members of an allOf, are recorded out of that order.)
        var pending = Enumerable.Range(0, errors.Count)
            .Where(i => errors[i].Offset != LocatedError.Root)
            .OrderBy(i => errors[i].Offset)
            .ToArray();
        var frames = new List<Frame>();
        var afterName = false;
        var next = 0;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (next < pending.Length && reader.Read())
            {
                string? pointer = null;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var top = frames[^1];
                        top.NameStart = (int)reader.TokenStartIndex;
                        top.NameLength = reader.ValueSpan.Length + 2;
                        frames[^1] = top;
                        afterName = true;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        afterName = false;
                        break;
                    default:
                        if (frames.Count > 0 && frames[^1].IsArray)
                        {
                            var array = frames[^1];
                            array.Index++;
                            frames[^1] = array;
                        }
                        afterName = false;
                        break;
                }
                // Every frame now leads to the token just read: a value, a name, or the end of the container that was
                // just closed. A container's own frame is pushed after its start token is located.
                while (next < pending.Length && errors[pending[next]].Offset < reader.BytesConsumed)
                {
                    pointers[pending[next++]] = pointer ??= PathOf(json, frames, frames.Count);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add(new Frame { IsArray = reader.TokenType == JsonTokenType.StartArray, Index = -1 });
                }
            }
        }
        catch (JsonException)
        {
            // The text breaks here: what is left (the break itself) is located where it breaks.
        }
        if (next < pending.Length)
        {
            var atBreak = BreakPath(json, frames, afterName);
            while (next < pending.Length)
            {
                pointers[pending[next++]] = atBreak;
            }
        }
        var located = new List<ValidationError>(errors.Count);
        for (var i = 0; i < errors.Count; i++)
        {
            var error = errors[i];
            var pointer = pointers[i] ?? "";
            if (error.Member is { } member)
            {
                pointer += "/" + Escape(member);
            }
            else if (error.Item >= 0)
            {
                pointer += "/" + error.Item.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            located.Add(new ValidationError(pointer, error.Keyword, error.Message));
        }
        return located;
    }

    /// <summary>Where the text stops being JSON: inside every open container, and inside the innermost one's member
    /// only when its name was read (between two items or members, the pointer is the container's).</summary>
    private static string BreakPath(ReadOnlySpan<byte> json, List<Frame> frames, bool afterName)
    {
        if (frames.Count == 0)
        {
            return "";
        }
        var top = frames[^1];
        var path = PathOf(json, frames, frames.Count - 1);
        return !top.IsArray && afterName ? path + "/" + Escape(DecodeName(json, top)) : path;
    }

    /// <summary>The pointer through the first <paramref name="count"/> frames.</summary>
    private static string PathOf(ReadOnlySpan<byte> json, List<Frame> frames, int count)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            builder.Append('/');
            var frame = frames[i];
            if (frame.IsArray)
            {
                builder.Append(frame.Index);
            }
            else
            {
                builder.Append(Escape(DecodeName(json, frame)));
            }
        }
        return builder.ToString();
    }

    private static string DecodeName(ReadOnlySpan<byte> json, Frame frame)
    {
        var reader = new Utf8JsonReader(json.Slice(frame.NameStart, frame.NameLength));
        reader.Read();
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate (\uD800) names no string; the pointer shows the name as written.
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string Escape(string name) => name.Replace("~", "~0").Replace("/", "~1");
}
