namespace ContractKit.Cli.Inspection;

/// <summary>One operation of the spec and the security it demands.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="SecuritySource">Whether the security comes from the operation, from the document's default, or
/// is declared nowhere.</param>
/// <param name="Security">The alternatives a caller can satisfy (OpenAPI's list of security requirements): any one
/// of them is enough. Empty when nothing is required.</param>
internal sealed record OperationSummary(
    string Method,
    string Path,
    string? OperationId,
    SecuritySource SecuritySource,
    IReadOnlyList<SecurityAlternative> Security);
