using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// What generated validators carry while they walk one document: the errors found, the clock, and the work budget.
/// Generated code calls it; applications use the generated <c>Validate…</c> methods.
/// </summary>
/// <remarks>
/// A failure is recorded with the byte offset of the token the reader is on, not with a pointer: the walk keeps no
/// path, so a valid document pays nothing for pointers. <see cref="JsonPointerLocator"/> turns the offsets of a failed
/// document into pointers afterwards, in one more walk.
/// </remarks>
public ref struct JsonValidationState
{
    private readonly ReadOnlySpan<byte> input;
    private readonly ValidationOptions options;
    private List<LocatedError>? errors;
    private int probing;
    private int failures;
    private long budget;
    private bool stopsAtFirstFailure;

    internal JsonValidationState(ReadOnlySpan<byte> input, ValidationOptions options, int maxDepth, long budget)
    {
        this.input = input;
        this.options = options;
        this.budget = budget;
        MaxDepth = maxDepth;
        Now = options.TimeProvider.GetUtcNow();
    }

    /// <summary>The time validation started, from <see cref="ValidationOptions.TimeProvider"/>.</summary>
    public DateTimeOffset Now { get; }

    internal bool IsTruncated { get; private set; }

    /// <summary>The deepest nesting the document may have.</summary>
    internal int MaxDepth { get; }

    /// <summary>The whole document the reader reads, for checks that look ahead without moving it.</summary>
    internal readonly ReadOnlySpan<byte> Input => input;

    /// <summary>
    /// Charges the work budget for a walk over a copy of the reader (an alternative tried, an <c>allOf</c> member): one
    /// for the walk and one per byte it read. The main walk only moves forward, so it is linear in the input; walks
    /// on copies are what nesting can multiply, and they are all charged, so any input, however hostile, is validated
    /// in bounded time.
    /// </summary>
    /// <param name="from">Where the copy started: the value's first token (<c>TokenStartIndex</c>).</param>
    /// <param name="to">Where it stopped (its <c>BytesConsumed</c>).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Walked(long from, long to)
    {
        budget -= 1 + to - from;
        if (budget < 0)
        {
            OutOfBudget();
        }
    }

    /// <summary>A scanner on the value <paramref name="reader"/> is on, for a one-pass reader to check it with a
    /// validator's method, which walks a <see cref="JsonScanner"/>.</summary>
    public readonly JsonScanner ScannerAt(scoped ref Utf8JsonReader reader) => JsonScanner.At(input, MaxDepth, reader.TokenStartIndex);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OutOfBudget()
    {
        IsTruncated = true;
        RecordAlways(new LocatedError(LocatedError.Root, null, -1, "budget", "Validation stopped: the document needs more work than its size allows (deeply nested alternatives?)."));
        throw new StopValidation();
    }

    /// <summary>The value the reader is on breaks <paramref name="keyword"/>; so does the object or array the reader
    /// is on the end of.</summary>
    public void Fail(ref JsonScanner reader, string keyword, string message) => Fail(reader.TokenStartIndex, null, -1, keyword, message);

    /// <inheritdoc cref="Fail(ref JsonScanner, string, string)"/>
    public void Fail(ref Utf8JsonReader reader, string keyword, string message) => Fail(reader.TokenStartIndex, null, -1, keyword, message);

    /// <summary>The member <paramref name="name"/> of the object the reader is on (its start or its end) breaks
    /// <paramref name="keyword"/> (it is missing, or its value selects nothing): the pointer names the member.</summary>
    public void FailMember(ref JsonScanner reader, string name, string keyword, string message) => Fail(reader.TokenStartIndex, name, -1, keyword, message);

    /// <inheritdoc cref="FailMember(ref JsonScanner, string, string, string)"/>
    public void FailMember(ref Utf8JsonReader reader, string name, string keyword, string message) => Fail(reader.TokenStartIndex, name, -1, keyword, message);

    /// <summary>Item <paramref name="index"/> of the array the reader is on (its start or its end) breaks
    /// <paramref name="keyword"/> (it repeats an earlier one): the pointer names the item.</summary>
    public void FailItem(ref JsonScanner reader, int index, string keyword, string message) => Fail(reader.TokenStartIndex, null, index, keyword, message);

    private void Fail(long offset, string? member, int item, string keyword, string message)
    {
        failures++;
        if (probing == 0)
        {
            Record(new LocatedError(offset, member, item, keyword, message));
        }
        else
        {
            StopIfDecided();
        }
    }

    /// <summary>
    /// The one-pass read (<see cref="JsonValidator.ReadValidated"/>) probes the whole document: its first failure
    /// outside a nested probe decides it is invalid, so the walk stops there instead of reading on (a huge array,
    /// say). A failure inside a nested probe (one alternative of a <c>oneOf</c>) decides nothing yet.
    /// </summary>
    internal void StopAtFirstFailure() => stopsAtFirstFailure = true;

    private readonly void StopIfDecided()
    {
        if (stopsAtFirstFailure && probing == 1)
        {
            throw new StopValidation();
        }
    }

    /// <summary>
    /// Starts trying an alternative (<c>oneOf</c>, <c>anyOf</c>, <c>not</c>): failures are counted, not recorded.
    /// Pass the result to <see cref="EndProbe"/>.
    /// </summary>
    public int BeginProbe()
    {
        probing++;
        return failures;
    }

    /// <summary>Ends a probe; true when the alternative had no failure.</summary>
    public bool EndProbe(int mark)
    {
        probing--;
        var passed = failures == mark;
        failures = mark;
        return passed;
    }

    /// <summary>The text is not JSON (or nests deeper than allowed), as <paramref name="exception"/> from the reader
    /// says; reported where the text breaks.</summary>
    internal void Malformed(JsonException exception)
    {
        var message = exception.BytePositionInLine is { } column
            ? (exception.Message.Split('.', 2)[0] + $" (line {exception.LineNumber + 1}, byte {column + 1})").Replace(" LineNumber:", "")
            : "The document is not valid JSON.";
        RecordAlways(new LocatedError(LocatedError.Break, null, -1, "json", message));
    }

    /// <summary>A string escapes half of a surrogate pair alone (<c>"\uD800"</c>) at <paramref name="byteOffset"/>:
    /// valid JSON grammar, but no text, and System.Text.Json refuses to decode it. Reported at that string.</summary>
    internal void Undecodable(int byteOffset)
        => RecordAlways(new LocatedError(byteOffset, null, -1, "json", $"A string escapes half of a surrogate pair alone (byte {byteOffset}); it cannot be decoded as text."));

    /// <summary>The errors recorded, in the order they were found, each with its pointer; null when there are none.</summary>
    internal readonly List<ValidationError>? LocateErrors()
        => errors is null ? null : JsonPointerLocator.Locate(input, MaxDepth, errors);

    private void Record(LocatedError error)
    {
        RecordAlways(error);
        if (errors!.Count >= options.MaxErrors)
        {
            IsTruncated = true;
            throw new StopValidation();
        }
    }

    private void RecordAlways(LocatedError error) => (errors ??= []).Add(error);
}

/// <summary>Unwinds a validation that must stop (error limit, work budget); never escapes the runtime.</summary>
internal sealed class StopValidation : Exception
{
}
