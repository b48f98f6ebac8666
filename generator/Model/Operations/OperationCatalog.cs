namespace ContractKit.Generator.Model.Operations;

/// <summary>Everything the Client and Server emitters need: the operations, in document order, and the security
/// schemes they refer to.</summary>
/// <param name="ServerUrl">The first <c>servers</c> URL, the client's default base address when it is absolute.</param>
internal sealed record OperationCatalog(
    EquatableArray<OperationSpec> Operations,
    EquatableArray<SecuritySchemeSpec> SecuritySchemes,
    string? ServerUrl,
    string? Title,
    string? Description);
