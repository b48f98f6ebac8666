using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// Finds which alternative of a discriminated union an object names, without moving the reader. Documents almost
/// always put the discriminator first (<c>{"type":"text",…}</c>), so its bytes are looked at directly, which costs
/// less than reading two tokens; anything else (another member first, an escape, odd bytes) is read with a reader,
/// so the answer, an exception included, is always the reader's.
/// </summary>
public static class JsonDiscriminator
{
    /// <summary>
    /// The index in <paramref name="cases"/> of the string value of member <paramref name="name"/> of the object the
    /// reader is on; -1 when the member is missing, is not a string, or names no case.
    /// </summary>
    public static int Find(ref Utf8JsonReader reader, ref JsonValidationState state, ReadOnlySpan<byte> name, byte[][] cases)
        => reader.TokenType == JsonTokenType.StartObject ? Find(state.Input, reader.TokenStartIndex, state.MaxDepth, name, cases) : -1;

    /// <inheritdoc cref="Find(ref Utf8JsonReader, ref JsonValidationState, ReadOnlySpan{byte}, byte[][])"/>
    public static int Find(ref JsonScanner reader, ref JsonValidationState state, ReadOnlySpan<byte> name, byte[][] cases)
        => reader.TokenType == JsonTokenType.StartObject ? Find(state.Input, reader.TokenStartIndex, state.MaxDepth, name, cases) : -1;

    private static int Find(ReadOnlySpan<byte> json, long objectStart, int maxDepth, ReadOnlySpan<byte> name, byte[][] cases)
    {
        if (FirstMemberValue(json, (int)objectStart + 1, name, out var value))
        {
            for (var i = 0; i < cases.Length; i++)
            {
                if (value.SequenceEqual(cases[i]))
                {
                    return i;
                }
            }
            return -1;
        }
        // A reader on the object alone (the text before it was read already): its answer, an exception included.
        var probe = new Utf8JsonReader(json[(int)objectStart..], new JsonReaderOptions { MaxDepth = maxDepth });
        probe.Read();
        if (!JsonValidation.FindStringMember(ref probe, name))
        {
            return -1;
        }
        for (var i = 0; i < cases.Length; i++)
        {
            if (probe.ValueTextEquals(cases[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>
    /// The raw text of the first member's value, when the object starting before <paramref name="at"/> begins with
    /// member <paramref name="name"/> holding a string, and both need no unescaping: then the raw text is the value,
    /// and the reader would read the same two tokens without error. False for anything else. Discriminator names
    /// and values are short: plain loops beat vectorized searches here.
    /// </summary>
    private static bool FirstMemberValue(ReadOnlySpan<byte> json, int at, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        at = SkipWhitespace(json, at);
        if (at >= json.Length || json[at] != '"')
        {
            return false;
        }
        var nameEnd = StringEnd(json, at + 1);
        if (nameEnd < 0 || !json[(at + 1)..nameEnd].SequenceEqual(name))
        {
            return false;
        }
        at = SkipWhitespace(json, nameEnd + 1);
        if (at >= json.Length || json[at] != ':')
        {
            return false;
        }
        at = SkipWhitespace(json, at + 1);
        if (at >= json.Length || json[at] != '"')
        {
            return false;
        }
        var valueEnd = StringEnd(json, at + 1);
        if (valueEnd < 0)
        {
            return false;
        }
        value = json[(at + 1)..valueEnd];
        return true;
    }

    /// <summary>The index of the quote that ends a string starting at <paramref name="at"/>; -1 when an escape or
    /// a control byte comes first (the reader's business), or the input ends.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int StringEnd(ReadOnlySpan<byte> json, int at)
    {
        for (; at < json.Length; at++)
        {
            var b = json[at];
            if (b == '"')
            {
                return at;
            }
            if (b == '\\' || b < 0x20)
            {
                return -1;
            }
        }
        return -1;
    }

    /// <summary>JSON's four whitespace bytes (RFC 8259 §2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipWhitespace(ReadOnlySpan<byte> json, int at)
    {
        while (at < json.Length && json[at] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            at++;
        }
        return at;
    }
}
