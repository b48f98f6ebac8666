using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// The checks generated code makes on the value a reader is on, for the keywords that take more than a line of code:
/// here on a <see cref="Utf8JsonReader"/> (the one-pass readers, which build models with the converters), and in
/// <c>JsonValidation.Scanner.cs</c> on a <see cref="JsonScanner"/> (the validators). None allocates for a valid
/// value of ordinary size.
/// </summary>
public static partial class JsonValidation
{
    private const int StackLimit = 256;

    /// <summary>
    /// The length in UTF-8 bytes of the property name the reader is on, unescaped. Generated validators switch on it
    /// before comparing names, so a member is compared only with the listed names of its length. -1 for a name that
    /// is no text (an escaped lone surrogate, <c>"\uD800"</c>): it equals no listed name.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NameLength(ref Utf8JsonReader reader)
        => reader.ValueIsEscaped || reader.HasValueSequence ? UnescapedLength(ref reader) : reader.ValueSpan.Length;

    /// <summary>
    /// The string or property name the reader is on is <paramref name="utf8"/>: what
    /// <see cref="Utf8JsonReader.ValueTextEquals(ReadOnlySpan{byte})"/> answers, with the common case (no escapes)
    /// inlined into the generated code as a comparison of bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TextEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
        // The constant on the left: its length is then known to the JIT, which unrolls the comparison.
        => reader.ValueIsEscaped || reader.HasValueSequence ? reader.ValueTextEquals(utf8) : utf8.SequenceEqual(reader.ValueSpan);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UnescapedLength(ref Utf8JsonReader reader)
    {
        byte[]? rented = null;
        var length = RawLength(ref reader);
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            return reader.CopyString(buffer);
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>A JSON number with no fractional part (JSON Schema: <c>1.0</c> is an integer too).</summary>
    public static bool IsInteger(ref Utf8JsonReader reader)
    {
        var span = reader.ValueSpan;
        if (span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return true;
        }
        if (reader.TryGetDecimal(out var value))
        {
            return decimal.Truncate(value) == value;
        }
        var number = reader.GetDouble();
        return double.IsFinite(number) && Math.Floor(number) == number;
    }

    /// <summary>The integer fits <c>format: int32</c>.</summary>
    public static bool FitsInt32(ref Utf8JsonReader reader)
        => reader.TryGetInt32(out _) || (reader.TryGetDecimal(out var value) && decimal.Truncate(value) == value && value is >= int.MinValue and <= int.MaxValue);

    /// <summary>The integer fits <c>format: int64</c>.</summary>
    public static bool FitsInt64(ref Utf8JsonReader reader)
        => reader.TryGetInt64(out _) || (reader.TryGetDecimal(out var value) && decimal.Truncate(value) == value && value is >= long.MinValue and <= long.MaxValue);

    /// <summary>Compares the number with <paramref name="bound"/>: negative, zero or positive.</summary>
    public static int CompareNumber(ref Utf8JsonReader reader, decimal bound)
        => reader.TryGetDecimal(out var value) ? value.CompareTo(bound) : reader.GetDouble().CompareTo((double)bound);

    /// <summary>The number divided by <paramref name="divisor"/> is an integer.</summary>
    public static bool IsMultipleOf(ref Utf8JsonReader reader, decimal divisor)
    {
        if (reader.TryGetDecimal(out var value))
        {
            try
            {
                return value % divisor == 0;
            }
            catch (OverflowException)
            {
                // Falls through to the double check.
            }
        }
        var quotient = reader.GetDouble() / (double)divisor;
        return double.IsFinite(quotient) && Math.Abs(quotient - Math.Round(quotient)) <= 1e-9 * Math.Max(1, Math.Abs(quotient));
    }

    /// <summary>
    /// The string's length in code points is surely from <paramref name="minLength"/> to <paramref name="maxLength"/>,
    /// judged from its length in UTF-8 bytes alone (a code point takes one to four); false when only counting can
    /// tell. Generated code asks this first and counts (<see cref="StringLength(ref Utf8JsonReader)"/>) only when it is false.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LengthIsWithin(ref Utf8JsonReader reader, int minLength, int maxLength)
        => !reader.ValueIsEscaped && !reader.HasValueSequence
           && reader.ValueSpan.Length <= maxLength && reader.ValueSpan.Length >= 4L * minLength;

    /// <summary>The string's length in Unicode code points, as JSON Schema counts it (an emoji counts 1).</summary>
    public static int StringLength(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return CountCodePoints(reader.ValueSpan);
        }
        return EscapedStringLength(ref reader);
    }

    private static int EscapedStringLength(ref Utf8JsonReader reader)
    {
        byte[]? rented = null;
        var length = RawLength(ref reader);
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var count = CountCodePoints(buffer[..reader.CopyString(buffer)]);
        Return(rented);
        return count;
    }

    private static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Ascii.IsValid(utf8))
        {
            return utf8.Length; // the common case, checked a vector at a time
        }
        // Every code point has exactly one byte that is not a continuation byte (10xxxxxx).
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The pattern (an ECMA-262 regex, made by <see cref="EcmaPattern"/>) matches somewhere in the string. A pattern on
    /// the backtracking engine that runs out of <see cref="EcmaPattern.BacktrackingTimeout"/> does not match.
    /// </summary>
    public static bool MatchesPattern(ref Utf8JsonReader reader, Regex regex)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = length <= StackLimit ? stackalloc char[StackLimit] : (rented = ArrayPool<char>.Shared.Rent(length));
        bool matches;
        try
        {
            matches = regex.IsMatch(buffer[..reader.CopyString(buffer)]);
        }
        catch (RegexMatchTimeoutException)
        {
            matches = false;
        }
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return matches;
    }

    /// <summary>The simple anchored pattern matches the string, compared on its UTF-8 bytes.</summary>
    public static bool MatchesPattern(ref Utf8JsonReader reader, AsciiPattern pattern)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return pattern.IsMatch(reader.ValueSpan);
        }
        return !reader.HasValueSequence && pattern.TryMatchEscaped(reader.ValueSpan, out var matches)
            ? matches
            : MatchesEscaped(ref reader, pattern);
    }

    private static bool MatchesEscaped(ref Utf8JsonReader reader, AsciiPattern pattern)
    {
        byte[]? rented = null;
        var length = RawLength(ref reader);
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var matches = pattern.IsMatch(buffer[..reader.CopyString(buffer)]);
        Return(rented);
        return matches;
    }

    /// <summary>The string is valid for <paramref name="format"/> (see <see cref="JsonFormats"/>).</summary>
    public static bool HasFormat(ref Utf8JsonReader reader, string format)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return JsonFormats.Check(format, reader.ValueSpan);
        }
        return HasFormatEscaped(ref reader, format);
    }

    private static bool HasFormatEscaped(ref Utf8JsonReader reader, string format)
    {
        byte[]? rented = null;
        var length = RawLength(ref reader);
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var valid = JsonFormats.Check(format, buffer[..reader.CopyString(buffer)]);
        Return(rented);
        return valid;
    }

    /// <summary>
    /// For <c>x-contractkit-not-future</c>: the date-time is not later than <paramref name="now"/> plus the
    /// allowed skew. A string that is not a date-time passes here; <c>format</c> reports it.
    /// </summary>
    public static bool IsNotInFuture(ref Utf8JsonReader reader, DateTimeOffset now, TimeSpan allowedSkew)
        => CheckNotFutureDateTime(ref reader, now, allowedSkew) != DateTimeVerdict.InFuture;

    /// <summary>
    /// A <c>date-time</c> with <c>x-contractkit-not-future</c>: both checks from one parse. A valid date-time beyond
    /// what <see cref="DateTimeOffset"/> holds (year 0000) cannot be compared and passes the clock check.
    /// </summary>
    public static DateTimeVerdict CheckNotFutureDateTime(ref Utf8JsonReader reader, DateTimeOffset now, TimeSpan allowedSkew)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            return DateTimeVerdictOf(reader.ValueSpan, now, allowedSkew);
        }
        byte[]? rented = null;
        var length = RawLength(ref reader);
        var buffer = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        var verdict = DateTimeVerdictOf(buffer[..reader.CopyString(buffer)], now, allowedSkew);
        Return(rented);
        return verdict;
    }

    /// <summary>Compared in UTC ticks: the same order as <see cref="DateTimeOffset"/>'s, without building one.</summary>
    private static DateTimeVerdict DateTimeVerdictOf(ReadOnlySpan<byte> text, DateTimeOffset now, TimeSpan allowedSkew)
    {
        if (!JsonFormats.TryReadInstant(text, out var utcTicks, out var comparable))
        {
            return DateTimeVerdict.NotDateTime;
        }
        return comparable && utcTicks > now.UtcTicks + allowedSkew.Ticks ? DateTimeVerdict.InFuture : DateTimeVerdict.Valid;
    }

    /// <summary>The value equals one of <paramref name="jsonValues"/> (JSON texts), as JSON Schema compares: numbers
    /// by value, objects regardless of member order. Used for enums and consts that are not all strings.</summary>
    public static bool EqualsAny(ref Utf8JsonReader reader, string[] jsonValues)
    {
        var copy = reader;
        using var value = JsonDocument.ParseValue(ref copy);
        foreach (var json in jsonValues)
        {
            using var candidate = JsonDocument.Parse(json);
            if (JsonEquality.AreEqual(value.RootElement, candidate.RootElement))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>For <c>uniqueItems</c>: the index of the first item equal to an earlier one, or -1. The reader is on
    /// the array's start and is not moved.</summary>
    public static int FirstDuplicateItem(ref Utf8JsonReader reader)
    {
        var copy = reader;
        using var array = JsonDocument.ParseValue(ref copy);
        var seen = new Dictionary<int, List<JsonElement>>();
        var index = 0;
        foreach (var item in array.RootElement.EnumerateArray())
        {
            var hash = JsonEquality.Hash(item);
            if (seen.TryGetValue(hash, out var same))
            {
                foreach (var earlier in same)
                {
                    if (JsonEquality.AreEqual(earlier, item))
                    {
                        return index;
                    }
                }
                same.Add(item);
            }
            else
            {
                seen[hash] = [item];
            }
            index++;
        }
        return -1;
    }

    /// <summary>
    /// For discriminators: moves a copy of the reader, on an object's start, to the value of the member
    /// <paramref name="name"/>; true when that member exists and holds a string.
    /// </summary>
    public static bool FindStringMember(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }
            var isName = reader.ValueTextEquals(name);
            reader.Read();
            if (isName)
            {
                return reader.TokenType == JsonTokenType.String;
            }
            reader.Skip();
        }
        return false;
    }

    // A string with escapes is unescaped into a buffer first: on the stack when it is short (almost always),
    // otherwise rented from the pool and handed back with Return.

    /// <summary>The length of the string's text as written, escapes included: enough to hold it unescaped.</summary>
    private static int RawLength(ref Utf8JsonReader reader)
        => reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}

/// <summary>What <c>JsonValidation.CheckNotFutureDateTime</c> found.</summary>
public enum DateTimeVerdict
{
    /// <summary>An RFC 3339 date-time, not later than allowed.</summary>
    Valid,

    /// <summary>Not an RFC 3339 date-time.</summary>
    NotDateTime,

    /// <summary>A date-time later than the clock plus the allowed skew.</summary>
    InFuture,
}
