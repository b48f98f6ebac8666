using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>What <see cref="SpecDocumentReader"/> got out of the text.</summary>
/// <param name="Document">The document; null when the text is not an OpenAPI document at all.</param>
/// <param name="Format">"yaml" or "json", as the reader detected it.</param>
/// <param name="Version">The OpenAPI version the reader used; null when it produced no document.</param>
internal sealed record SpecReadResult(
    OpenApiDocument? Document,
    string? Format,
    OpenApiSpecVersion? Version,
    IReadOnlyList<SpecProblem> Errors,
    IReadOnlyList<SpecProblem> Warnings)
{
    public static SpecReadResult Unreadable(string message) => new(null, null, null, [new SpecProblem(null, message)], []);
}
