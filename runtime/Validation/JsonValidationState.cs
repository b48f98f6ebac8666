using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ContractKit.Runtime.Validation;

/// <summary>
/// What generated validators carry while they walk one document: where they are (for pointers), the errors found,
/// the clock, and the work budget. Generated code calls it; applications use the generated <c>Validate…</c> methods.
/// </summary>
public ref struct JsonValidationState
{
    private readonly ReadOnlySpan<byte> input;
    private readonly Span<PathSegment> path;
    private readonly ValidationOptions options;
    private int depth;
    private List<ValidationError>? errors;
    private int probing;
    private int failures;
    private long budget;
    private bool stopsAtFirstFailure;

    internal JsonValidationState(ReadOnlySpan<byte> input, Span<PathSegment> path, ValidationOptions options, long budget)
    {
        this.input = input;
        this.path = path;
        this.options = options;
        this.budget = budget;
        Now = options.TimeProvider.GetUtcNow();
    }

    /// <summary>The time validation started, from <see cref="ValidationOptions.TimeProvider"/>.</summary>
    public DateTimeOffset Now { get; }

    internal bool IsTruncated { get; private set; }

    /// <summary>The whole document the reader reads, for checks that look ahead without moving it.</summary>
    internal readonly ReadOnlySpan<byte> Input => input;

    internal readonly List<ValidationError>? Errors => errors;

    // Step, EnterProperty, EnterIndex and Exit run for every value and member of a document: they are inlined into
    // the generated code, and what they do only when something goes wrong is kept out of line.

    /// <summary>Counts one value against the work budget, which bounds the time any input can take.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Step()
    {
        if (--budget < 0)
        {
            OutOfBudget();
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void OutOfBudget()
    {
        IsTruncated = true;
        RecordAlways("", "budget", "Validation stopped: the document needs more work than its size allows (deeply nested alternatives?).");
        throw new StopValidation();
    }

    /// <summary>Steps into the property whose name the reader is on; <see cref="Exit"/> steps out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterProperty(ref Utf8JsonReader reader)
    {
        // TokenStartIndex is the opening quote; the name token ends before the ':' the reader has not passed yet.
        var start = (int)reader.TokenStartIndex;
        var length = reader.ValueSpan.Length + 2;
        Push(PathSegment.ForProperty(start, length));
    }

    /// <summary>Steps into an array item; <see cref="Exit"/> steps out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void EnterIndex(int index) => Push(PathSegment.ForIndex(index));

    /// <summary>Steps out of the last property or item entered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Exit() => depth--;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(PathSegment segment)
    {
        if (depth < path.Length)
        {
            path[depth] = segment;
        }
        depth++;
    }

    /// <summary>The value here breaks <paramref name="keyword"/>.</summary>
    public void Fail(string keyword, string message)
    {
        failures++;
        if (probing == 0)
        {
            Record(Pointer(null), keyword, message);
        }
        else
        {
            StopIfDecided();
        }
    }

    /// <summary>The member <paramref name="name"/> of the object here breaks <paramref name="keyword"/> (it is
    /// missing, or its value selects nothing): the pointer names the member.</summary>
    public void FailMember(string name, string keyword, string message)
    {
        failures++;
        if (probing == 0)
        {
            Record(Pointer(name), keyword, message);
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

    /// <summary>The text is not JSON (or nests deeper than allowed); reported where the reader stopped.</summary>
    internal void Malformed(JsonException exception, long bytesConsumed)
    {
        var where = exception.BytePositionInLine is { } column
            ? $" (line {exception.LineNumber + 1}, byte {column + 1})"
            : $" (byte {bytesConsumed})";
        var message = (exception.Message.Split('.', 2)[0] + where).Replace(" LineNumber:", "");
        RecordAlways(Pointer(null), "json", message);
    }

    /// <summary>The walk stopped at a string that escapes half of a surrogate pair alone (<c>"\uD800"</c>), at
    /// <paramref name="byteOffset"/>: valid JSON grammar, but no text, and System.Text.Json refuses to decode it.</summary>
    internal void Undecodable(int byteOffset)
        => RecordAlways(Pointer(null), "json", $"A string escapes half of a surrogate pair alone (byte {byteOffset}); it cannot be decoded as text.");

    private void Record(string pointer, string keyword, string message)
    {
        RecordAlways(pointer, keyword, message);
        if (errors!.Count >= options.MaxErrors)
        {
            IsTruncated = true;
            throw new StopValidation();
        }
    }

    private void RecordAlways(string pointer, string keyword, string message)
        => (errors ??= []).Add(new ValidationError(pointer, keyword, message));

    /// <summary>The RFC 6901 pointer to where the walk is, plus <paramref name="member"/> when given.</summary>
    private readonly string Pointer(string? member)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Math.Min(depth, path.Length); i++)
        {
            builder.Append('/');
            var segment = path[i];
            if (segment.Index >= 0)
            {
                builder.Append(segment.Index);
            }
            else
            {
                AppendEscaped(builder, DecodeName(segment));
            }
        }
        if (member is not null)
        {
            builder.Append('/');
            AppendEscaped(builder, member);
        }
        return builder.ToString();
    }

    private readonly string DecodeName(PathSegment segment)
    {
        var reader = new Utf8JsonReader(input.Slice(segment.NameStart, segment.NameLength));
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

    private static void AppendEscaped(StringBuilder builder, string name)
        => builder.Append(name.Replace("~", "~0").Replace("/", "~1"));
}

/// <summary>Unwinds a validation that must stop (error limit, work budget); never escapes the runtime.</summary>
internal sealed class StopValidation : Exception
{
}
