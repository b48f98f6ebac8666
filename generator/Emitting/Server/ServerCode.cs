using System.Collections.Generic;
using System.Linq;
using System.Text;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;

namespace ContractKit.Generator.Emitting.Server;

/// <summary>Names and small decisions the server's emitters share: type names, status factories, routes.</summary>
internal static class ServerCode
{
    public const string Http = "global::Microsoft.AspNetCore.Http";
    public const string HttpContext = Http + ".HttpContext";
    public const string RuntimeHttp = "global::ContractKit.Runtime.Http";
    public const string Task = "global::System.Threading.Tasks.Task";
    public const string CancellationToken = "global::System.Threading.CancellationToken";

    /// <summary>The factory method of a response: <c>Ok</c>, <c>NotFound</c>, <c>Status299</c>, <c>Status2XX</c>, <c>Default</c>.</summary>
    public static string FactoryName(ResponseSpec response)
    {
        if (response.StatusCode == "default")
        {
            return "Default";
        }
        if (response.ExactStatus is { } status)
        {
            return ReasonNames.TryGetValue(status, out var name) ? name : "Status" + response.StatusCode;
        }
        return "Status" + response.StatusCode.ToUpperInvariant();
    }

    /// <summary>A range or <c>default</c>: the caller chooses the exact status.</summary>
    public static bool TakesStatus(ResponseSpec response) => response.ExactStatus is null;

    /// <summary>The responses that get a factory: one per status the spec declares, first wins on duplicates.</summary>
    public static IEnumerable<ResponseSpec> Factories(OperationSpec operation)
        => operation.Responses.GroupBy(FactoryName).Select(group => group.First());

    /// <summary>The kind of JSON a parameter's text stands for (what <c>ParameterReader</c> turns it into).</summary>
    public static string JsonKind(TypeRef type, SpecModel model)
    {
        var kind = type.Kind switch
        {
            TypeRefKind.Primitive => type.Primitive switch
            {
                PrimitiveKind.Boolean => "Boolean",
                PrimitiveKind.Int32 or PrimitiveKind.Int64 or PrimitiveKind.Double or PrimitiveKind.Single or PrimitiveKind.Decimal => "Number",
                PrimitiveKind.Any => "Json",
                _ => "String",
            },
            TypeRefKind.Named => model.Types.FirstOrDefault(t => t.Name == type.CSharpName) is EnumTypeSpec enumType
                ? (enumType.Underlying == PrimitiveKind.String ? "String" : "Number")
                : "Json",
            _ => "Json",
        };
        return RuntimeHttp + ".ParameterJsonKind." + kind;
    }

    /// <summary>The validator entry method for a schema pointer, or null when the catalog has none.</summary>
    public static string? Validator(SpecModel model, string? pointer)
    {
        if (pointer is null || model.Validators is not { } catalog)
        {
            return null;
        }
        foreach (var group in catalog.Groups)
        {
            foreach (var entry in group.Entries)
            {
                if (entry.SchemaPointer == pointer)
                {
                    return $"global::{model.Namespace}.{SurfaceNames.Validators(model.ClientName)}.Validate{entry.Name}";
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The ASP.NET route parameter name of a path parameter. Route parameter names cannot hold every character
    /// OpenAPI allows (<c>{file.name}</c>, <c>{a-b}</c>), so anything but letters, digits and <c>_</c> is replaced,
    /// with the parameter's index keeping two such names apart.
    /// </summary>
    public static string RouteName(string name, int index)
    {
        if (name.Length > 0 && name.All(c => c < 128 && (char.IsLetterOrDigit(c) || c == '_')))
        {
            return name;
        }
        var builder = new StringBuilder("p").Append(index).Append('_');
        foreach (var c in name)
        {
            builder.Append(c < 128 && char.IsLetterOrDigit(c) ? c : '_');
        }
        return builder.ToString();
    }

    /// <summary>The route template of an operation: the spec's path with path parameters renamed by <see cref="RouteName"/>.</summary>
    public static string RouteTemplate(OperationSpec operation)
    {
        var path = operation.Path;
        var builder = new StringBuilder();
        var i = 0;
        while (i < path.Length)
        {
            var open = path.IndexOf('{', i);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(Literal(path.Substring(i)));
                break;
            }
            builder.Append(Literal(path.Substring(i, open - i)));
            var name = path.Substring(open + 1, close - open - 1);
            var index = IndexOfPathParameter(operation, name);
            builder.Append('{').Append(RouteName(name, index < 0 ? 1000 + open : index)).Append('}');
            i = close + 1;
        }
        var template = builder.ToString();
        return template.StartsWith("/") ? template : "/" + template;
    }

    public static int IndexOfPathParameter(OperationSpec operation, string name)
    {
        for (var index = 0; index < operation.Parameters.Count; index++)
        {
            if (operation.Parameters[index].Place == ParameterPlace.Path && operation.Parameters[index].Name == name)
            {
                return index;
            }
        }
        return -1;
    }

    /// <summary>Literal text of a path, with what routing gives meaning to (<c>?</c>, <c>*</c>, braces) escaped away.</summary>
    private static string Literal(string text) => text.Replace("?", "%3F").Replace("*", "%2A").Replace("}", "}}");

    /// <summary>A C# identifier unused by the operation's parameters: <paramref name="wanted"/>, else with a suffix.</summary>
    public static string FreeName(OperationSpec operation, string wanted, params string[] taken)
    {
        var name = wanted;
        for (var n = 2; operation.Parameters.Any(p => p.CSharpName.TrimStart('@') == name) || taken.Contains(name); n++)
        {
            name = wanted + n;
        }
        return name;
    }

    private static readonly Dictionary<int, string> ReasonNames = new()
    {
        [100] = "Continue", [101] = "SwitchingProtocols", [102] = "Processing", [103] = "EarlyHints",
        [200] = "Ok", [201] = "Created", [202] = "Accepted", [203] = "NonAuthoritativeInformation", [204] = "NoContent",
        [205] = "ResetContent", [206] = "PartialContent", [207] = "MultiStatus", [208] = "AlreadyReported", [226] = "IMUsed",
        [300] = "MultipleChoices", [301] = "MovedPermanently", [302] = "Found", [303] = "SeeOther", [304] = "NotModified",
        [305] = "UseProxy", [307] = "TemporaryRedirect", [308] = "PermanentRedirect",
        [400] = "BadRequest", [401] = "Unauthorized", [402] = "PaymentRequired", [403] = "Forbidden", [404] = "NotFound",
        [405] = "MethodNotAllowed", [406] = "NotAcceptable", [407] = "ProxyAuthenticationRequired", [408] = "RequestTimeout",
        [409] = "Conflict", [410] = "Gone", [411] = "LengthRequired", [412] = "PreconditionFailed", [413] = "ContentTooLarge",
        [414] = "UriTooLong", [415] = "UnsupportedMediaType", [416] = "RangeNotSatisfiable", [417] = "ExpectationFailed",
        [421] = "MisdirectedRequest", [422] = "UnprocessableContent", [423] = "Locked", [424] = "FailedDependency",
        [425] = "TooEarly", [426] = "UpgradeRequired", [428] = "PreconditionRequired", [429] = "TooManyRequests",
        [431] = "RequestHeaderFieldsTooLarge", [451] = "UnavailableForLegalReasons",
        [500] = "InternalServerError", [501] = "NotImplemented", [502] = "BadGateway", [503] = "ServiceUnavailable",
        [504] = "GatewayTimeout", [505] = "HttpVersionNotSupported", [506] = "VariantAlsoNegotiates",
        [507] = "InsufficientStorage", [508] = "LoopDetected", [510] = "NotExtended", [511] = "NetworkAuthenticationRequired",
    };
}
