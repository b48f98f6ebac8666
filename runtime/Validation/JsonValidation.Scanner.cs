using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ContractKit.Runtime.Validation;

// The checks on a JsonScanner, which the validators walk documents with. The common case (a string without escapes)
// is checked on the scanner's bytes; anything else goes to the reader's version of the check, on a reader made for
// that one token (JsonScanner.ToReader), so both versions always answer alike.
public static partial class JsonValidation
{
    /// <summary>A schema that accepts any value: steps over it.</summary>
    public static void AnyValue(ref JsonScanner reader, ref JsonValidationState state) => reader.Skip();

    /// <inheritdoc cref="NameLength(ref Utf8JsonReader)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int NameLength(ref JsonScanner reader)
        => reader.ValueIsEscaped ? UnescapedLength(ref reader) : reader.ValueSpan.Length;

    /// <inheritdoc cref="TextEquals(ref Utf8JsonReader, ReadOnlySpan{byte})"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TextEquals(ref JsonScanner reader, ReadOnlySpan<byte> utf8)
        // The constant on the left: its length is then known to the JIT, which unrolls the comparison.
        => reader.ValueIsEscaped ? reader.ValueTextEquals(utf8) : utf8.SequenceEqual(reader.ValueSpan);

    /// <inheritdoc cref="IsInteger(ref Utf8JsonReader)"/>
    public static bool IsInteger(ref JsonScanner reader)
    {
        if (reader.ValueSpan.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return true;
        }
        var token = reader.ToReader();
        return IsInteger(ref token);
    }

    /// <inheritdoc cref="FitsInt32(ref Utf8JsonReader)"/>
    public static bool FitsInt32(ref JsonScanner reader)
    {
        var token = reader.ToReader();
        return FitsInt32(ref token);
    }

    /// <inheritdoc cref="FitsInt64(ref Utf8JsonReader)"/>
    public static bool FitsInt64(ref JsonScanner reader)
    {
        var token = reader.ToReader();
        return FitsInt64(ref token);
    }

    /// <inheritdoc cref="CompareNumber(ref Utf8JsonReader, decimal)"/>
    public static int CompareNumber(ref JsonScanner reader, decimal bound)
    {
        var token = reader.ToReader();
        return CompareNumber(ref token, bound);
    }

    /// <inheritdoc cref="IsMultipleOf(ref Utf8JsonReader, decimal)"/>
    public static bool IsMultipleOf(ref JsonScanner reader, decimal divisor)
    {
        var token = reader.ToReader();
        return IsMultipleOf(ref token, divisor);
    }

    /// <inheritdoc cref="LengthIsWithin(ref Utf8JsonReader, int, int)"/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool LengthIsWithin(ref JsonScanner reader, int minLength, int maxLength)
        => !reader.ValueIsEscaped && reader.ValueSpan.Length <= maxLength && reader.ValueSpan.Length >= 4L * minLength;

    /// <inheritdoc cref="StringLength(ref Utf8JsonReader)"/>
    public static int StringLength(ref JsonScanner reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return CountCodePoints(reader.ValueSpan);
        }
        var token = reader.ToReader();
        return EscapedStringLength(ref token);
    }

    /// <inheritdoc cref="MatchesPattern(ref Utf8JsonReader, Regex)"/>
    public static bool MatchesPattern(ref JsonScanner reader, Regex regex)
    {
        var token = reader.ToReader();
        return MatchesPattern(ref token, regex);
    }

    /// <inheritdoc cref="MatchesPattern(ref Utf8JsonReader, AsciiPattern)"/>
    public static bool MatchesPattern(ref JsonScanner reader, AsciiPattern pattern)
    {
        if (!reader.ValueIsEscaped)
        {
            return pattern.IsMatch(reader.ValueSpan);
        }
        if (pattern.TryMatchEscaped(reader.ValueSpan, out var matches))
        {
            return matches;
        }
        var token = reader.ToReader();
        return MatchesEscaped(ref token, pattern);
    }

    /// <inheritdoc cref="HasFormat(ref Utf8JsonReader, string)"/>
    public static bool HasFormat(ref JsonScanner reader, string format)
    {
        if (!reader.ValueIsEscaped)
        {
            return JsonFormats.Check(format, reader.ValueSpan);
        }
        var token = reader.ToReader();
        return HasFormatEscaped(ref token, format);
    }

    /// <inheritdoc cref="IsNotInFuture(ref Utf8JsonReader, DateTimeOffset, TimeSpan)"/>
    public static bool IsNotInFuture(ref JsonScanner reader, DateTimeOffset now, TimeSpan allowedSkew)
        => CheckNotFutureDateTime(ref reader, now, allowedSkew) != DateTimeVerdict.InFuture;

    /// <inheritdoc cref="CheckNotFutureDateTime(ref Utf8JsonReader, DateTimeOffset, TimeSpan)"/>
    public static DateTimeVerdict CheckNotFutureDateTime(ref JsonScanner reader, DateTimeOffset now, TimeSpan allowedSkew)
    {
        if (!reader.ValueIsEscaped)
        {
            return DateTimeVerdictOf(reader.ValueSpan, now, allowedSkew);
        }
        var token = reader.ToReader();
        return CheckNotFutureDateTime(ref token, now, allowedSkew);
    }

    /// <inheritdoc cref="EqualsAny(ref Utf8JsonReader, string[])"/>
    public static bool EqualsAny(ref JsonScanner reader, string[] jsonValues)
    {
        var token = reader.ToReader();
        return EqualsAny(ref token, jsonValues);
    }

    /// <inheritdoc cref="FirstDuplicateItem(ref Utf8JsonReader)"/>
    public static int FirstDuplicateItem(ref JsonScanner reader)
    {
        var token = reader.ToReader();
        return FirstDuplicateItem(ref token);
    }

    /// <inheritdoc cref="FindStringMember(ref Utf8JsonReader, ReadOnlySpan{byte})"/>
    public static bool FindStringMember(ref JsonScanner reader, ReadOnlySpan<byte> name)
    {
        var token = reader.ToReader();
        return FindStringMember(ref token, name);
    }

    // Out of line: the reader it makes would otherwise widen the frame of every generated method the check is
    // inlined into.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int UnescapedLength(ref JsonScanner reader)
    {
        var token = reader.ToReader();
        return UnescapedLength(ref token);
    }
}
