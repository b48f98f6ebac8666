using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using ContractKit.Generator.Model.Validation;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>The runtime names the client's code refers to, and the facts about an operation several emitters need.</summary>
internal static class ClientCode
{
    public const string Http = "global::ContractKit.Runtime.Http";
    public const string JsonBody = "global::ContractKit.Runtime.Json.JsonBody";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";
    public const string HttpClient = "global::System.Net.Http.HttpClient";
    public const string HttpContent = "global::System.Net.Http.HttpContent";
    public const string ValidationOptions = "global::ContractKit.Runtime.Validation.ValidationOptions";

    /// <summary>The success response whose body the method returns: the first 2xx with a body, else the first 2xx.</summary>
    public static ResponseSpec? Success(OperationSpec operation)
        => operation.Responses.FirstOrDefault(r => r.IsSuccess && r.MediaType is not null)
            ?? operation.Responses.FirstOrDefault(r => r.IsSuccess);

    /// <summary>The C# type a call returns: the JSON body's type, <c>byte[]</c> for any other body, null for none.</summary>
    public static string? ResultType(OperationSpec operation)
        => Success(operation) is { MediaType: not null } success ? success.Type?.Annotated ?? "byte[]" : null;

    public static string TaskOf(string? resultType) => resultType is null ? Task : $"{Task}<{resultType}>";

    /// <summary>The validator method for an entry pointer, when there is one.</summary>
    public static string? ValidatorMethod(SpecModel model, string? pointer)
    {
        if (pointer is null || model.Validators is not { } catalog)
        {
            return null;
        }
        var entry = ValidatorEntries.At(catalog, pointer);
        return entry is null ? null : $"global::{model.Namespace}.{SurfaceNames.Validators(model.ClientName)}.Validate{entry.Name}";
    }

    /// <summary>The scopes a client-credentials token needs for the operation; null when no alternative uses such a scheme.</summary>
    public static IReadOnlyList<string>? ClientCredentialsScopes(OperationCatalog catalog, OperationSpec operation)
    {
        var schemes = new HashSet<string>(catalog.SecuritySchemes.Where(s => s.Kind == SecuritySchemeKind.OAuth2ClientCredentials).Select(s => s.Name));
        foreach (var alternative in operation.Security)
        {
            var requirement = alternative.Schemes.FirstOrDefault(s => schemes.Contains(s.Scheme));
            if (requirement is not null)
            {
                return requirement.Scopes.ToList();
            }
        }
        return null;
    }

    /// <summary>The declared header parameter that carries the operation's idempotency key.</summary>
    public static OperationParameterSpec? IdempotencyParameter(OperationSpec operation)
        => operation.IdempotencyHeader is { } header
            // Only a string key can be derived per chunk; a spec that types it otherwise keeps the key as given.
            ? operation.Parameters.FirstOrDefault(p => p.Place == ParameterPlace.Header && string.Equals(p.Name, header, System.StringComparison.OrdinalIgnoreCase)
                && p.Type.Kind == TypeRefKind.Primitive && p.Type.Primitive == PrimitiveKind.String)
            : null;

    /// <summary>A name not in <paramref name="used"/> (parameters of the method), for a local or an extra parameter.</summary>
    public static string Unique(string wanted, ICollection<string> used)
    {
        var name = wanted;
        for (var i = 1; used.Contains(name); i++)
        {
            name = wanted + i;
        }
        used.Add(name);
        return name;
    }

    public static string Camel(string pascal) => pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);

    public static bool IsEnum(SpecModel model, TypeRef type)
        => type.Kind == TypeRefKind.Named && model.Types.Any(t => t.Name == type.CSharpName && t is EnumTypeSpec);
}
