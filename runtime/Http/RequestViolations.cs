using System.Text.Json;
using ContractKit.Runtime.Json;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Http;

/// <summary>Checks a JSON value against a generated validator entry (<c>Validate{Entry}</c>).</summary>
public delegate ValidationResult JsonDocumentValidator(ReadOnlySpan<byte> utf8Json, ValidationOptions? options);

/// <summary>Reads a JSON value into its model and validates it in one pass (<c>ReadValidated{Entry}</c>).</summary>
public delegate ValidationResult JsonDocumentReader<T>(ReadOnlySpan<byte> utf8Json, out T? value, ValidationOptions? options);

/// <summary>
/// Collects every violation of a request, parameters and body together, so one <c>400</c> lists them all. The
/// server code a generator writes binds each parameter through it: text → JSON → validator → typed value.
/// </summary>
public sealed class RequestViolations
{
    private readonly List<RequestViolation> violations = [];
    private readonly ValidationOptions? options;

    /// <summary>Starts an empty list; <paramref name="options"/> carries the clock the validators use.</summary>
    public RequestViolations(ValidationOptions? options) => this.options = options;

    /// <summary>The violations found so far, parameters in declaration order, then the body in document order.</summary>
    public IReadOnlyList<RequestViolation> Items => violations;

    /// <summary>No violation so far.</summary>
    public bool IsEmpty => violations.Count == 0;

    /// <summary>A required parameter is absent.</summary>
    public void Missing(string place, string name)
        => violations.Add(new(place, "/" + name, "required", $"The {place} parameter '{name}' is required."));

    /// <summary>Binds one parameter whose text became <paramref name="utf8Json"/> (null when it is not the right kind
    /// of value): validated, then read. False, with the violations recorded, when it does not conform.</summary>
    public bool TryBind<T>(string place, string name, byte[]? utf8Json, JsonDocumentValidator? validate, JsonValueReader<T> read, JsonSerializerOptions jsonOptions, out T value)
    {
        value = default!;
        if (utf8Json is null)
        {
            violations.Add(new(place, "/" + name, "type", $"The {place} parameter '{name}' does not have the type the spec declares."));
            return false;
        }
        if (validate is not null)
        {
            var result = validate(utf8Json, options);
            foreach (var error in result.Errors)
            {
                violations.Add(new(place, "/" + name + error.Pointer, error.Keyword, error.Message));
            }
            if (!result.IsValid)
            {
                return false;
            }
        }
        if (!ParameterReader.TryRead(utf8Json, read, jsonOptions, out value))
        {
            violations.Add(new(place, "/" + name, "type", $"The {place} parameter '{name}' does not fit its type."));
            return false;
        }
        return true;
    }

    /// <summary>Validates a JSON body; every error becomes a violation <c>in: body</c>.</summary>
    public void ValidateBody(ReadOnlySpan<byte> utf8Json, JsonDocumentValidator? validate)
    {
        // JSON text is UTF-8 (RFC 8259); the reader does not check the bytes of strings it is not asked to decode,
        // so a broken sequence in a property name would otherwise surface only when a pointer is built.
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            violations.Add(new("body", "", "json", "The body is not valid UTF-8."));
            return;
        }
        if (validate is null)
        {
            return;
        }
        ValidationResult result;
        try
        {
            result = validate(utf8Json, options);
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException or ArgumentException or FormatException)
        {
            // A validator that cannot finish has still found the body unfit; a client's bytes never make a 500.
            violations.Add(new("body", "", "json", "The body could not be read as JSON: " + exception.Message));
            return;
        }
        foreach (var error in result.Errors)
        {
            violations.Add(new("body", error.Pointer, error.Keyword, error.Message));
        }
    }

    /// <summary>
    /// Reads a JSON body into its model and validates it in one pass: true with the model when it conforms; false when
    /// it does not, with every error added as a violation <c>in: body</c>, as <see cref="ValidateBody"/> adds them.
    /// </summary>
    public bool ReadBody<T>(ReadOnlySpan<byte> utf8Json, JsonDocumentReader<T> read, out T? value)
    {
        value = default;
        if (!System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            violations.Add(new("body", "", "json", "The body is not valid UTF-8."));
            return false;
        }
        var result = read(utf8Json, out value, options);
        foreach (var error in result.Errors)
        {
            violations.Add(new("body", error.Pointer, error.Keyword, error.Message));
        }
        if (result.IsValid && value is null)
        {
            // JSON null, which the schema allows but the declared body type does not hold.
            violations.Add(new("body", "", "type", "The body does not fit the types the spec declares."));
            return false;
        }
        return result.IsValid;
    }

    /// <summary>A required body is absent.</summary>
    public void MissingBody() => violations.Add(new("body", "", "required", "A request body is required."));

    /// <summary>Adds one violation found elsewhere.</summary>
    public void Add(RequestViolation violation) => violations.Add(violation);
}
