using Microsoft.OpenApi;

namespace ContractKit.Cli.Inspection;

/// <summary>
/// The OpenAPI versions ContractKit works with. Microsoft.OpenApi also reads Swagger 2.0 (converting it on the fly)
/// and OpenAPI 3.2, but the generator accepts only 3.0 and 3.1, so a check that passed on those would mislead.
/// </summary>
internal static class SupportedSpecVersions
{
    public static bool IsSupported(OpenApiSpecVersion version) =>
        version is OpenApiSpecVersion.OpenApi3_0 or OpenApiSpecVersion.OpenApi3_1;

    /// <summary>"3.1" for <see cref="OpenApiSpecVersion.OpenApi3_1"/>: how people write the version.</summary>
    public static string Display(OpenApiSpecVersion version) => version switch
    {
        OpenApiSpecVersion.OpenApi2_0 => "2.0",
        OpenApiSpecVersion.OpenApi3_0 => "3.0",
        OpenApiSpecVersion.OpenApi3_1 => "3.1",
        OpenApiSpecVersion.OpenApi3_2 => "3.2",
        _ => version.ToString(),
    };

    /// <summary>The error that says why a document of <paramref name="version"/> is not checked further.</summary>
    public static SpecProblem Unsupported(OpenApiSpecVersion version) => version == OpenApiSpecVersion.OpenApi2_0
        ? new SpecProblem("#/swagger", "Swagger 2.0 is not supported: ContractKit reads OpenAPI 3.0 and 3.1. Convert the document to OpenAPI 3 first.")
        : new SpecProblem("#/openapi", $"OpenAPI {Display(version)} is not supported: ContractKit reads OpenAPI 3.0 and 3.1.");
}
