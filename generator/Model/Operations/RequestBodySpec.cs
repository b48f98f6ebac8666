namespace ContractKit.Generator.Model.Operations;

/// <summary>The body an operation takes.</summary>
/// <param name="MediaType">The media type sent: the first JSON one the spec lists, else the first one.</param>
/// <param name="Type">The body's C# type for a JSON body; null for any other media type, which travels as raw
/// <c>HttpContent</c> (client) or a <c>Stream</c> (server).</param>
/// <param name="ValidatorPointer">The pointer of the validator entry that checks the body (<c>{operation}/requestBody</c>);
/// null when the body is not JSON.</param>
internal sealed record RequestBodySpec(
    string MediaType,
    TypeRef? Type,
    bool IsRequired,
    string? ValidatorPointer,
    string? Description);
