using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>Turns the text of a spec file into a <see cref="SpecReport"/>: read it, then collect what matters to ContractKit.</summary>
internal static class SpecInspector
{
    public static SpecReport Inspect(string specPath, string text)
    {
        var read = SpecDocumentReader.Read(text);
        var errors = read.Errors.ToList();
        var warnings = read.Warnings.ToList();
        var document = read.Document;
        var version = read.Version is { } known ? SupportedSpecVersions.Display(known) : null;

        if (document is null)
        {
            return Unlisted(specPath, read, version, info: null, errors, warnings);
        }
        if (read.Version is { } readVersion && !SupportedSpecVersions.IsSupported(readVersion))
        {
            // First, because it explains every other problem.
            errors.Insert(0, SupportedSpecVersions.Unsupported(readVersion));
            return Unlisted(specPath, read, version, document.Info, errors, warnings);
        }

        SecurityRequirementChecks.Check(document, errors, warnings);
        return new SpecReport(
            specPath,
            read.Format,
            version,
            document.Info?.Title,
            document.Info?.Version,
            ContentsListed: true,
            OperationCollector.Collect(document),
            SecuritySchemeCollector.Collect(document),
            ContractKitExtensionCollector.Collect(document),
            errors,
            warnings);
    }

    /// <summary>
    /// A report that lists no contents. Operations salvaged from a document ContractKit will not read would suggest
    /// the document is usable.
    /// </summary>
    private static SpecReport Unlisted(string specPath, SpecReadResult read, string? version, OpenApiInfo? info, List<SpecProblem> errors, List<SpecProblem> warnings) =>
        new(specPath, read.Format, version, info?.Title, info?.Version, ContentsListed: false, [], [], [], errors, warnings);
}
