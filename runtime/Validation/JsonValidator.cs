using System.Buffers;
using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>A generated validator for one schema: the scanner is on the value's first token and is left on its last.</summary>
public delegate void JsonValueValidator(ref JsonScanner reader, ref JsonValidationState state);

/// <summary>
/// A generated reader that builds a model and checks the schema's rules as it goes (one pass): the reader is on the
/// value's first token and is left on its last. What it returns is meaningful only when the state saw no failure.
/// </summary>
public delegate T JsonCheckedReader<T>(ref Utf8JsonReader reader, ref JsonValidationState state, JsonSerializerOptions options);

/// <summary>Runs a generated validator over a whole UTF-8 JSON document.</summary>
public static class JsonValidator
{
    /// <summary>The deepest nesting a caller may allow.</summary>
    private const int MaxDepth = 1024;

    /// <summary>Bytes that walks on copies of the reader may read again (<see cref="JsonValidationState.Walked"/>),
    /// per input byte, on top of a fixed allowance: linear in the input, so any document, however hostile, is
    /// validated in bounded time; real documents use a small fraction of it.</summary>
    private const long BudgetPerByte = 64;
    private const long BaseBudget = 1_000_000;

    /// <summary>Validates <paramref name="utf8Json"/> with <paramref name="validator"/>; never throws for bad input.</summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="validator">The generated check of the document's root.</param>
    /// <param name="options">Clock and limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="maxBytes">The largest document allowed (<c>x-contractkit-max-request-bytes</c>); a larger one
    /// is refused without being read.</param>
    public static ValidationResult Validate(ReadOnlySpan<byte> utf8Json, JsonValueValidator validator, ValidationOptions? options = null, long maxBytes = long.MaxValue)
    {
        options ??= ValidationOptions.Default;
        if (utf8Json.Length > maxBytes)
        {
            var error = new ValidationError("", "x-contractkit-max-request-bytes", $"The document is {utf8Json.Length} bytes; at most {maxBytes} are allowed.");
            return new ValidationResult([error], isTruncated: true);
        }
        // JSON text is UTF-8 (RFC 8259 §8.1). The reader checks the bytes of a string only when one is decoded, so
        // the whole input is checked here, at vector speed, before anything else.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            var error = new ValidationError("", "json", $"The document is not valid UTF-8 (byte {FirstInvalidByte(utf8Json)}); JSON text is UTF-8.");
            return new ValidationResult([error], isTruncated: false);
        }
        var depth = Math.Clamp(options.MaxDepth, 1, MaxDepth);
        var state = new JsonValidationState(utf8Json, options, depth, BaseBudget + BudgetPerByte * utf8Json.Length);
        var scanner = new JsonScanner(utf8Json, depth);
        try
        {
            // An empty document throws here, as text after the value does below: the reader says what is wrong.
            scanner.Read();
            validator(ref scanner, ref state);
            scanner.Read();
        }
        catch (JsonException exception)
        {
            state.Malformed(ReaderBreak(utf8Json, depth) ?? exception);
        }
        catch (InvalidOperationException) when (LoneSurrogateEscape(utf8Json) is var at && at >= 0)
        {
            // Decoding such a string throws wherever a check reads it as text (an enum, a pattern, a format, the
            // discriminator); checked here, on the failure path only, so a valid body pays nothing for it.
            state.Undecodable(at);
        }
        catch (StopValidation)
        {
            // The error limit or the budget was reached; the result says it is truncated.
        }
        return state.LocateErrors() is { } errors ? new ValidationResult(errors, state.IsTruncated) : ValidationResult.Valid;
    }

    /// <summary>
    /// Reads <paramref name="utf8Json"/> into a model and validates it in one pass over the bytes. A valid document
    /// is read once, by <paramref name="read"/>, which checks each value as it builds the model and records nothing.
    /// Anything wrong sends the document to <paramref name="validator"/>, which walks it again and reports every
    /// violation by pointer, so the result is always exactly what <see cref="Validate"/> answers.
    /// </summary>
    /// <param name="utf8Json">The whole document.</param>
    /// <param name="read">The generated one-pass reader of the document's root.</param>
    /// <param name="validator">The generated check of the document's root, for the errors of a document that fails.</param>
    /// <param name="serializerOptions">The options the generated converters read with.</param>
    /// <param name="value">The model when the result is valid; default otherwise.</param>
    /// <param name="options">Clock and limits; <see cref="ValidationOptions.Default"/> when null.</param>
    /// <param name="maxBytes">The largest document allowed, as for <see cref="Validate"/>.</param>
    /// <returns>The violations; valid only when <paramref name="value"/> holds the document.</returns>
    public static ValidationResult ReadValidated<T>(ReadOnlySpan<byte> utf8Json, JsonCheckedReader<T> read, JsonValueValidator validator, JsonSerializerOptions serializerOptions, out T? value, ValidationOptions? options = null, long maxBytes = long.MaxValue)
    {
        options ??= ValidationOptions.Default;
        value = default;
        if (utf8Json.Length <= maxBytes && System.Text.Unicode.Utf8.IsValid(utf8Json) && TryReadValid(utf8Json, read, serializerOptions, options, out var model))
        {
            value = model;
            return ValidationResult.Valid;
        }
        var result = Validate(utf8Json, validator, options, maxBytes);
        if (result.IsValid && IsNull(utf8Json))
        {
            // A schema that allows null at the root: the model is null, as JsonSerializer reads it.
            return result;
        }
        if (result.IsValid)
        {
            // The schema allows the document, but the model cannot hold it (a number beyond its C# type, say): say so
            // rather than hand back a valid result without a value.
            var error = new ValidationError("", "model", "The document is valid, but the generated model cannot hold it (a value beyond the range of its C# type?).");
            return new ValidationResult([error], isTruncated: false);
        }
        return result;
    }

    /// <summary>What the reader throws where <paramref name="utf8Json"/> stops being JSON: its message and position are
    /// the ones reported, whichever walk found the break first. Null when the reader reads it all.</summary>
    private static JsonException? ReaderBreak(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
            }
            return null;
        }
        catch (JsonException exception)
        {
            return exception;
        }
    }

    private static bool IsNull(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        return reader.Read() && reader.TokenType == JsonTokenType.Null;
    }

    /// <summary>The fast path of <see cref="ReadValidated"/>: true with the model when no check failed and the
    /// converters read everything; false at the first sign of trouble, with nothing recorded.</summary>
    private static bool TryReadValid<T>(ReadOnlySpan<byte> utf8Json, JsonCheckedReader<T> read, JsonSerializerOptions serializerOptions, ValidationOptions options, out T? value)
    {
        value = default;
        var depth = Math.Clamp(options.MaxDepth, 1, MaxDepth);
        var state = new JsonValidationState(utf8Json, options, depth, BaseBudget + BudgetPerByte * utf8Json.Length);
        var mark = state.BeginProbe();
        state.StopAtFirstFailure();
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = depth });
        try
        {
            if (!reader.Read())
            {
                return false;
            }
            var model = read(ref reader, ref state, serializerOptions);
            if (reader.Read() || !state.EndProbe(mark))
            {
                return false;
            }
            value = model;
            return true;
        }
        // What a converter throws when the JSON is not what the schema says (a wrong token, a number too large, text
        // that cannot be decoded), and the budget's stop: the validator will say what and where.
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
        catch (StopValidation)
        {
            return false;
        }
    }

    /// <summary>
    /// The byte offset of the first <c>\uXXXX</c> escape of a surrogate that has no partner (a high one not followed
    /// by an escaped low one, or a low one alone), or -1. A backslash escapes the next character only when the run of
    /// backslashes before it has odd length (<c>"\\uD800"</c> is a backslash and the text uD800).
    /// </summary>
    internal static int LoneSurrogateEscape(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length)
        {
            var next = utf8[index..].IndexOf((byte)'\\');
            if (next < 0)
            {
                return -1;
            }
            var start = index + next;
            var end = start;
            while (end < utf8.Length && utf8[end] == '\\')
            {
                end++;
            }
            index = end;
            if ((end - start) % 2 == 0 || Escaped(utf8, end - 1) is not { } unit || unit < 0xD800 || unit > 0xDFFF)
            {
                continue;
            }
            if (unit <= 0xDBFF && Escaped(utf8, end + 5) is >= 0xDC00 and <= 0xDFFF)
            {
                index = end + 11; // the pair: \uD83D\uDE00
                continue;
            }
            return end - 1;
        }
        return -1;
    }

    /// <summary>The code unit of the <c>\uXXXX</c> escape whose backslash is at <paramref name="at"/>, or null.</summary>
    private static int? Escaped(ReadOnlySpan<byte> utf8, int at)
    {
        if (at < 0 || at + 6 > utf8.Length || utf8[at] != '\\' || utf8[at + 1] != 'u')
        {
            return null;
        }
        var unit = 0;
        for (var i = at + 2; i < at + 6; i++)
        {
            var digit = HexDigit(utf8[i]);
            if (digit < 0)
            {
                return null;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        var index = 0;
        while (index < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }
        return index;
    }
}
