using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// A schema whose <c>$ref</c> points at something that is no schema is reported at that <c>$ref</c>, with the pointer
/// as written, and the reference is taken out (the value then allows anything):
/// <list type="bullet">
/// <item>a component of another kind (<c>schema: {$ref: '#/components/responses/CaptionSrt'}</c>, rev.ai). Microsoft.OpenApi
/// reads a schema reference by its last segment only, as <c>#/components/schemas/CaptionSrt</c>: it would report a
/// pointer nobody wrote, or, when a schema of that name exists, silently use the wrong component;</item>
/// <item>a parameter, response or other part of a path (<c>items: {$ref: '#/paths/~1vehicles~1{id}/get/parameters/1'}</c>,
/// Enode). <see cref="DeepReferences"/> would move it to <c>components/schemas</c>, where it is no schema.</item>
/// </list>
/// Runs after <see cref="LocalReferences"/> (every pointer names something) and before <see cref="DeepReferences"/>.
/// </summary>
internal static class ReferenceKinds
{
    /// <summary>The OpenAPI objects a pointer can walk into, by the member that holds them, as a message names them.</summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["parameters"] = "a parameter", ["responses"] = "a response", ["requestBody"] = "a request body",
        ["requestBodies"] = "a request body", ["headers"] = "a header", ["examples"] = "an example",
        ["links"] = "a link", ["callbacks"] = "a callback", ["securitySchemes"] = "a security scheme",
        ["pathItems"] = "a path item",
    };

    public static void Check(JsonObject document, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate)
    {
        var references = new List<(JsonObject Holder, string Pointer, string Target)>();
        LocalReferences.Collect(document, "", references);
        foreach (var (holder, pointer, target) in references)
        {
            if (DeepReferences.IsSchemaPosition(pointer) && NoSchema(target) is { } what)
            {
                var why = $" (a schema must point at a schema, and this points at {what})";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer + "/$ref"), target, why));
                holder.Remove("$ref");
            }
        }
    }

    /// <summary>
    /// What <paramref name="target"/> names when it is an OpenAPI object that is no schema (<c>a response</c>); null
    /// for a schema, and for places OpenAPI gives no meaning (<c>#/definitions/…</c>), which are taken as schemas.
    /// </summary>
    private static string? NoSchema(string target)
    {
        var segments = target.Substring(2).Split('/');
        var inComponents = segments[0] == "components" && segments.Length >= 3 && segments[1] != "schemas";
        if (!inComponents && segments[0] is not ("paths" or "webhooks"))
        {
            return null;
        }
        if (DeepReferences.IsSchemaPosition(target.Substring(1)))
        {
            return null;
        }
        return Enumerable.Reverse(segments).Select(segment => Kinds.TryGetValue(segment, out var kind) ? kind : null).FirstOrDefault(kind => kind is not null)
               ?? (inComponents ? $"a component of components/{segments[1]}" : "a part of a path that is no schema");
    }
}
