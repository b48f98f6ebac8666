namespace ContractKit.Generator.Model.Operations;

/// <summary>One response an operation declares.</summary>
/// <param name="StatusCode">As the spec writes it: <c>200</c>, <c>2XX</c> or <c>default</c>.</param>
/// <param name="MediaType">The first JSON media type of its content, else the first one; null when it has no body.</param>
/// <param name="Type">The C# type of a JSON body; null when there is none or it is not JSON.</param>
/// <param name="ValidatorPointer">The pointer of the validator entry for a JSON body.</param>
internal sealed record ResponseSpec(
    string StatusCode,
    string? MediaType,
    TypeRef? Type,
    string? ValidatorPointer,
    string? Description)
{
    /// <summary>A 2xx status, exact (<c>201</c>) or a range (<c>2XX</c>).</summary>
    public bool IsSuccess => StatusCode.Length == 3 && StatusCode[0] == '2';

    /// <summary>The status as a number, when it is one exact code.</summary>
    public int? ExactStatus => int.TryParse(StatusCode, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;
}
