using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace ContractKit.Cli.Inspection;

/// <summary>
/// Reads spec text with Microsoft.OpenApi, the reader the generator uses, so <c>spec check</c> sees what the
/// generator will see. Whatever the text holds, the answer is a result, never an exception: a spec that makes the
/// reader throw is a finding about that spec.
/// </summary>
internal static partial class SpecDocumentReader
{
    public static SpecReadResult Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            // OpenApiDocument.Parse throws ArgumentException on empty input; say what is actually wrong.
            return SpecReadResult.Unreadable("The file is empty: an OpenAPI document starts with 'openapi: 3.x.y'.");
        }

        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        ReadResult result;
        try
        {
            // A null format lets the reader tell YAML from JSON by the content, whatever the file is called.
            result = OpenApiDocument.Parse(text, null, settings);
        }
        catch (Exception exception)
        {
            // The reader throws for some inputs instead of reporting them, e.g. OpenApiUnsupportedSpecVersionException
            // for a document that is a bare scalar or declares 'openapi: 4.0'.
            return SpecReadResult.Unreadable($"The document cannot be read as OpenAPI: {exception.Message}");
        }

        var diagnostic = result.Diagnostic;
        return new SpecReadResult(
            result.Document,
            diagnostic?.Format,
            // The diagnostic reports 2.0 when it never got as far as the version field, so only a document counts.
            result.Document is null ? null : diagnostic?.SpecificationVersion,
            ToProblems(diagnostic?.Errors),
            ToProblems(diagnostic?.Warnings));
    }

    private static List<SpecProblem> ToProblems(IEnumerable<OpenApiError>? errors) =>
        errors?.Select(error => new SpecProblem(string.IsNullOrEmpty(error.Pointer) ? null : error.Pointer, Tidy(error.Message))).ToList() ?? [];

    /// <summary>
    /// YAML syntax errors arrive as "… at line 4, column 10: (Lin: 3, Col: 9, Chr: 49) - (Lin: 3, Col: 10, Chr: 50): …":
    /// the YAML parser's zero-based span repeats the one-based position already given, so it is dropped.
    /// </summary>
    private static string Tidy(string message) => ParserSpan().Replace(message, "");

    [GeneratedRegex(@"\(Lin: \d+, Col: \d+, Chr: \d+\) - \(Lin: \d+, Col: \d+, Chr: \d+\): ")]
    private static partial Regex ParserSpan();
}
