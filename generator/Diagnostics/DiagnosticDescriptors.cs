using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are forever: a new one takes the highest number in
/// AnalyzerReleases.Shipped.md plus one, and each is documented in docs/diagnostics.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "ContractKit";


    public static readonly DiagnosticDescriptor SpecUnreadable = Create(
        "CK0001", "The spec cannot be read", "The spec cannot be read: {0}", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SpecProblem = Create(
        "CK0002", "The OpenAPI reader reports a problem in the spec", "{0}", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "CK0003", "A $ref cannot be resolved", "The reference '{0}' cannot be resolved{1}; the value is typed as JsonElement", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedSchema = Create(
        "CK0004", "A schema construct is not supported", "{0}; the value is typed as JsonElement", DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor SurfaceNotBuilt = Create(
        "CK0005", "An Emit surface is not built yet", "Emit=\"{0}\" is not built yet in this version of ContractKit; nothing is emitted for it", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownSurface = Create(
        "CK0006", "Unknown Emit value", "Emit value '{0}' is unknown; use Models, Validators, Client or Server, separated by ';'", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedVersion = Create(
        "CK0007", "Unsupported OpenAPI version", "The document declares {0}; ContractKit reads OpenAPI 3.0 and 3.1", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InternalError = Create(
        "CK0008", "The generator failed on this spec", "The generator failed on this spec: {0}. Please report it with the spec attached.", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidNamespace = Create(
        "CK0009", "Invalid namespace", "Namespace '{0}' is not a valid C# namespace; using '{1}'", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PatternNotCompiled = Create(
        "CK0010", "A pattern cannot be checked", "The pattern '{0}' cannot be run as an ECMA-262 regular expression ({1}); it is not checked", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor BadExtension = Create(
        "CK0011", "A ContractKit extension is malformed", "{0}: {1}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownSecurityScheme = Create(
        "CK0012", "A security requirement names an undefined scheme", "The security requirement '{0}' of operation {1} names no scheme of components/securitySchemes; it is left out", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ServerNeedsAspNetCore = Create(
        "CK0013", "Emit=\"Server\" needs ASP.NET Core", "Emit=\"Server\" needs ASP.NET Core: add <FrameworkReference Include=\"Microsoft.AspNetCore.App\" /> (or use Microsoft.NET.Sdk.Web); no server code is emitted", DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotAStatusCode = Create(
        "CK0014", "A response key is not an HTTP status", "The response '{0}' of operation {1} is not an HTTP status code (a code from 100 to 599, a range such as 2XX, or default); it is left out of the client and server", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotASchema = Create(
        "CK0015", "A value where a schema must be is not a schema", "'{0}' must be a schema (an object, or true/false), but holds {1}; {2}", DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor PatternNeedsBacktracking = Create(
        "CK0016", "A pattern needs the backtracking engine", "The pattern '{0}' needs backtracking (lookarounds, backreferences, or too many states for the linear engine); it is checked under a time limit of {1} ms per value, and a value that takes longer is refused", DiagnosticSeverity.Info);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(id, title, message, Category, severity, isEnabledByDefault: true);
}
