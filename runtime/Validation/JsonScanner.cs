using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// The tokenizer generated validators walk a document with: the part of <see cref="Utf8JsonReader"/> they use
/// (<see cref="Read"/>, <see cref="TokenType"/>, <see cref="ValueSpan"/>, <see cref="Skip"/>, positions), over one
/// span of UTF-8 with default reader options, and nothing else. The reader serves every use (multi-segment input,
/// comments, line counting, options); this serves one, and takes about three fifths of its time
/// (docs/benchmarks.md §3, session 7).
/// </summary>
/// <remarks>
/// It returns the tokens the reader returns, at the same offsets, and fails at the same token
/// (<c>JsonScannerProperties</c> checks both against the reader on random and damaged JSON). A failure throws a
/// <see cref="JsonException"/> without a position: <see cref="JsonValidator"/> asks the reader where the text breaks,
/// so messages are the reader's. The input must be valid UTF-8, which <see cref="JsonValidator"/> checks first: the
/// scanner does not check it again inside strings.
/// </remarks>
public ref struct JsonScanner
{
    // Where a string's plain run ends: its closing quote, an escape, or a control character (an error).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(
        [(byte)'"', (byte)'\\', 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]);

    /// <summary>What may come at <see cref="at"/>.</summary>
    private enum Next : byte
    {
        /// <summary>A value: the document's, a member's (after the colon), or an item after a comma.</summary>
        Value,

        /// <summary>Right after <c>[</c>.</summary>
        ItemOrEnd,

        /// <summary>Right after <c>{</c>.</summary>
        NameOrEnd,

        /// <summary>After a value: a comma or the container's end; at the root, the end of the text.</summary>
        Separator,
    }

    private readonly ReadOnlySpan<byte> json;
    private readonly int maxDepth;
    private int at;
    private int tokenStart;
    private int valueStart;
    private int valueLength;
    private int depth;
    private JsonTokenType tokenType;
    private Next next;
    private bool valueIsEscaped;

    /// <summary>The innermost open container is an object: asked after every value, so kept rather than looked up.</summary>
    private bool inObject;

    /// <summary>One bit per open container, 1 for an object: levels 1–64 here, deeper ones in <see cref="deepObjects"/>
    /// (allocated only for such documents; copies share it, and a copy only writes levels deeper than the value it
    /// was taken on, which the original writes again before it reads them).</summary>
    private ulong objects;
    private ulong[]? deepObjects;

    /// <summary>A scanner before the first token of <paramref name="utf8Json"/>.</summary>
    /// <param name="utf8Json">The document: valid UTF-8.</param>
    /// <param name="maxDepth">The deepest nesting allowed, as <see cref="JsonReaderOptions.MaxDepth"/>.</param>
    public JsonScanner(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        json = utf8Json;
        this.maxDepth = maxDepth;
    }

    /// <summary>A scanner on the value that starts at <paramref name="tokenStart"/> (a value token a
    /// <see cref="Utf8JsonReader"/> is on, in the same document): it reads that value and stops after it.</summary>
    public static JsonScanner At(ReadOnlySpan<byte> utf8Json, int maxDepth, long tokenStart)
    {
        var scanner = new JsonScanner(utf8Json, maxDepth) { at = (int)tokenStart };
        scanner.Read();
        return scanner;
    }

    /// <summary>The kind of the token the scanner is on.</summary>
    public readonly JsonTokenType TokenType => tokenType;

    /// <summary>The token's text as written: a string or name without its quotes and still escaped, a number's or
    /// literal's bytes; empty for a structural token.</summary>
    public readonly ReadOnlySpan<byte> ValueSpan => json.Slice(valueStart, valueLength);

    /// <summary>True when the string or name has escapes, so <see cref="ValueSpan"/> is not its text.</summary>
    public readonly bool ValueIsEscaped => valueIsEscaped;

    /// <summary>The offset of the token's first byte (a string's opening quote).</summary>
    public readonly long TokenStartIndex => tokenStart;

    /// <summary>The offset just past what has been read.</summary>
    public readonly long BytesConsumed => at;

    /// <summary>Reads the next token; false at the end of the text after the document's value.</summary>
    /// <exception cref="JsonException">The text is not JSON here.</exception>
    public bool Read()
    {
        var i = SkipWhitespace(at);
        switch (next)
        {
            case Next.Value:
                if (i >= json.Length)
                {
                    throw Malformed();
                }
                ReadValue(i);
                return true;
            case Next.ItemOrEnd:
                if (i < json.Length && json[i] == ']')
                {
                    End(i, JsonTokenType.EndArray);
                    return true;
                }
                if (i >= json.Length)
                {
                    throw Malformed();
                }
                ReadValue(i);
                return true;
            case Next.NameOrEnd:
                if (i < json.Length && json[i] == '}')
                {
                    End(i, JsonTokenType.EndObject);
                    return true;
                }
                ReadName(i);
                return true;
            default:
                return ReadAfterValue(i);
        }
    }

    /// <summary>Steps over the value the scanner is on (for a name, over its member's value): the scanner ends on its
    /// last token.</summary>
    public void Skip()
    {
        if (tokenType == JsonTokenType.PropertyName)
        {
            Read();
        }
        if (tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            var outside = depth - 1;
            do
            {
                Read();
            }
            while (depth > outside);
        }
    }

    /// <summary>A <see cref="Utf8JsonReader"/> on the same token (a name reads as a string), for the checks that need
    /// what the reader computes: a number's value, an unescaped string, a whole value's tree. Not for an end token.</summary>
    public readonly Utf8JsonReader ToReader()
    {
        var reader = new Utf8JsonReader(json[tokenStart..], new JsonReaderOptions { MaxDepth = maxDepth });
        reader.Read();
        return reader;
    }

    /// <summary>The string or name the scanner is on, unescaped.</summary>
    /// <exception cref="InvalidOperationException">It escapes half of a surrogate pair alone, as the reader throws.</exception>
    public readonly string GetString()
    {
        if (!valueIsEscaped)
        {
            return Encoding.UTF8.GetString(ValueSpan);
        }
        // Only the string itself: a name would be followed by its colon, which the reader would refuse as a value.
        var reader = new Utf8JsonReader(json.Slice(valueStart - 1, valueLength + 2));
        reader.Read();
        return reader.GetString()!;
    }

    /// <summary>True when the string or name the scanner is on is <paramref name="utf8"/>, once unescaped.</summary>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8)
    {
        if (!valueIsEscaped)
        {
            return ValueSpan.SequenceEqual(utf8);
        }
        var reader = new Utf8JsonReader(json.Slice(valueStart - 1, valueLength + 2));
        reader.Read();
        return reader.ValueTextEquals(utf8);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipWhitespace(int i)
    {
        while ((uint)i < (uint)json.Length && json[i] <= ' ' && json[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
        }
        return i;
    }

    private bool ReadAfterValue(int i)
    {
        if (depth == 0)
        {
            if (i >= json.Length)
            {
                at = i;
                return false;
            }
            throw Malformed();
        }
        if (i >= json.Length)
        {
            throw Malformed();
        }
        var b = json[i];
        if (b == ',')
        {
            i = SkipWhitespace(i + 1);
            if (inObject)
            {
                ReadName(i);
            }
            else
            {
                if (i >= json.Length)
                {
                    throw Malformed();
                }
                ReadValue(i);
            }
            return true;
        }
        if (b == (inObject ? (byte)'}' : (byte)']'))
        {
            End(i, inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray);
            return true;
        }
        throw Malformed();
    }

    private void ReadValue(int i)
    {
        tokenStart = i;
        valueIsEscaped = false;
        switch (json[i])
        {
            case (byte)'{':
                Open(i, isObject: true);
                return;
            case (byte)'[':
                Open(i, isObject: false);
                return;
            case (byte)'"':
                var end = StringEnd(i + 1);
                valueStart = i + 1;
                valueLength = end - i - 1;
                at = end + 1;
                tokenType = JsonTokenType.String;
                next = Next.Separator;
                return;
            case (byte)'t':
                Literal(i, "true"u8, JsonTokenType.True);
                return;
            case (byte)'f':
                Literal(i, "false"u8, JsonTokenType.False);
                return;
            case (byte)'n':
                Literal(i, "null"u8, JsonTokenType.Null);
                return;
            default:
                Number(i);
                return;
        }
    }

    /// <summary>A member's name and the colon after it: the reader refuses a name without its colon.</summary>
    private void ReadName(int i)
    {
        if (i >= json.Length || json[i] != '"')
        {
            throw Malformed();
        }
        var end = StringEnd(i + 1);
        tokenStart = i;
        valueStart = i + 1;
        valueLength = end - i - 1;
        var colon = SkipWhitespace(end + 1);
        if (colon >= json.Length || json[colon] != ':')
        {
            throw Malformed();
        }
        at = colon + 1;
        tokenType = JsonTokenType.PropertyName;
        next = Next.Value;
    }

    private void Open(int i, bool isObject)
    {
        if (depth >= maxDepth)
        {
            throw Malformed();
        }
        depth++;
        SetObject(depth, isObject);
        inObject = isObject;
        valueStart = i;
        valueLength = 0;
        at = i + 1;
        tokenType = isObject ? JsonTokenType.StartObject : JsonTokenType.StartArray;
        next = isObject ? Next.NameOrEnd : Next.ItemOrEnd;
    }

    private void End(int i, JsonTokenType type)
    {
        depth--;
        inObject = depth > 0 && IsObject(depth);
        tokenStart = i;
        valueStart = i;
        valueLength = 0;
        valueIsEscaped = false;
        at = i + 1;
        tokenType = type;
        next = Next.Separator;
    }

    /// <summary>The offset of the quote that ends the string whose text starts at <paramref name="i"/>; checks its
    /// escapes and notes whether it has any.</summary>
    private int StringEnd(int i)
    {
        var escaped = false;
        while (true)
        {
            i = NextStop(i);
            if (i >= json.Length)
            {
                throw Malformed();
            }
            var b = json[i];
            if (b == '"')
            {
                valueIsEscaped = escaped;
                return i;
            }
            if (b != '\\')
            {
                throw Malformed();
            }
            escaped = true;
            i = EscapeEnd(i);
        }
    }

    /// <summary>
    /// The first quote, backslash or control byte at or after <paramref name="i"/>, or the length of the input. Names
    /// and values are mostly short: sixteen bytes are compared at once, without the set-up a general search
    /// (<see cref="SearchValues{T}"/>) pays on every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int NextStop(int i)
    {
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(json);
            var quote = Vector128.Create((byte)'"');
            var backslash = Vector128.Create((byte)'\\');
            var controlMask = Vector128.Create((byte)0xE0);
            for (; i <= json.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var bytes = Vector128.LoadUnsafe(ref start, (nuint)i);
                // A control byte (below 0x20) has its top three bits clear.
                var stops = Vector128.Equals(bytes, quote) | Vector128.Equals(bytes, backslash) | Vector128.Equals(bytes & controlMask, Vector128<byte>.Zero);
                if (stops != Vector128<byte>.Zero)
                {
                    return i + BitOperations.TrailingZeroCount(stops.ExtractMostSignificantBits());
                }
            }
        }
        var rest = i < json.Length ? json[i..].IndexOfAny(StringStops) : -1;
        return rest < 0 ? json.Length : i + rest;
    }

    private readonly int EscapeEnd(int i)
    {
        if (i + 1 >= json.Length)
        {
            throw Malformed();
        }
        switch (json[i + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return i + 2;
            case (byte)'u':
                if (i + 6 > json.Length)
                {
                    throw Malformed();
                }
                for (var h = i + 2; h < i + 6; h++)
                {
                    if (!char.IsAsciiHexDigit((char)json[h]))
                    {
                        throw Malformed();
                    }
                }
                return i + 6;
            default:
                throw Malformed();
        }
    }

    private void Literal(int i, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!json[i..].StartsWith(literal))
        {
            throw Malformed();
        }
        valueStart = i;
        valueLength = literal.Length;
        at = i + literal.Length;
        tokenType = type;
        next = Next.Separator;
    }

    /// <summary>RFC 8259 §6; as the reader does, the byte after the number must end it (inside a container, the text
    /// may not end there).</summary>
    private void Number(int i)
    {
        var start = i;
        if (json[i] == '-')
        {
            i++;
        }
        if (i >= json.Length || !IsDigit(json[i]))
        {
            throw Malformed();
        }
        if (json[i++] != '0')
        {
            i = Digits(i);
        }
        if (i < json.Length && json[i] == '.')
        {
            i = SomeDigits(i + 1);
        }
        if (i < json.Length && (json[i] | 0x20) == 'e')
        {
            i++;
            if (i < json.Length && json[i] is (byte)'+' or (byte)'-')
            {
                i++;
            }
            i = SomeDigits(i);
        }
        // The reader's delimiters include '/', which would start a comment were comments allowed: it refuses it next.
        if (i < json.Length ? json[i] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'/') : depth > 0)
        {
            throw Malformed();
        }
        valueStart = start;
        valueLength = i - start;
        at = i;
        tokenType = JsonTokenType.Number;
        next = Next.Separator;
    }

    private readonly int Digits(int i)
    {
        while (i < json.Length && IsDigit(json[i]))
        {
            i++;
        }
        return i;
    }

    private readonly int SomeDigits(int i)
    {
        var end = Digits(i);
        if (end == i)
        {
            throw Malformed();
        }
        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool IsObject(int level)
        => level <= 64
            ? (objects & (1UL << (level - 1))) != 0
            : (deepObjects![(level - 1) / 64] & (1UL << ((level - 1) % 64))) != 0;

    private void SetObject(int level, bool isObject)
    {
        if (level <= 64)
        {
            var bit = 1UL << (level - 1);
            objects = isObject ? objects | bit : objects & ~bit;
            return;
        }
        deepObjects ??= new ulong[(maxDepth + 63) / 64];
        var deepBit = 1UL << ((level - 1) % 64);
        ref var word = ref deepObjects[(level - 1) / 64];
        word = isObject ? word | deepBit : word & ~deepBit;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsonException Malformed() => new ScannedMalformed();
}

/// <summary>The scanner found the text is not JSON; <see cref="JsonValidator"/> asks the reader for what and where.</summary>
internal sealed class ScannedMalformed : JsonException
{
}
