namespace ContractKit.Cli.Inspection;

/// <summary>
/// Everything <c>spec check</c> learned about one spec file. The report writers only format it, so the text and
/// JSON outputs can never disagree about what was found.
/// </summary>
/// <param name="SpecPath">The file as the user named it.</param>
/// <param name="SourceFormat">"yaml" or "json" as the reader detected it; null when nothing could be read.</param>
/// <param name="OpenApiVersion">"3.0", "3.1", …; null when the reader could not tell.</param>
/// <param name="ContentsListed">True when the document was read as a version ContractKit supports, so the lists of
/// operations, schemes and extensions describe it; false when they are empty because nothing could be listed.</param>
internal sealed record SpecReport(
    string SpecPath,
    string? SourceFormat,
    string? OpenApiVersion,
    string? Title,
    string? Version,
    bool ContentsListed,
    IReadOnlyList<OperationSummary> Operations,
    IReadOnlyList<SecuritySchemeSummary> SecuritySchemes,
    IReadOnlyList<ExtensionUsage> Extensions,
    IReadOnlyList<SpecProblem> Errors,
    IReadOnlyList<SpecProblem> Warnings)
{
    public bool HasErrors => Errors.Count > 0;
}
