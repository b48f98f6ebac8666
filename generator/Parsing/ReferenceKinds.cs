using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// A schema whose <c>$ref</c> names a component of another kind (<c>schema: {$ref: '#/components/responses/CaptionSrt'}</c>,
/// as rev.ai's spec writes) is reported at that <c>$ref</c>, with the pointer as written, and the reference is taken
/// out. Microsoft.OpenApi reads a schema reference by its last segment only, as <c>#/components/schemas/CaptionSrt</c>:
/// it would report a pointer nobody wrote, or, when a schema of that name exists, silently use the wrong component.
/// Runs after <see cref="DeepReferences"/>, when every local reference left names a component.
/// </summary>
internal static class ReferenceKinds
{
    public static void Check(JsonObject document, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate)
    {
        var references = new List<(JsonObject Holder, string Pointer, string Target)>();
        LocalReferences.Collect(document, "", references);
        foreach (var (holder, pointer, target) in references)
        {
            if (DeepReferences.IsSchemaPosition(pointer) && KindOf(target) is { } kind && kind != "schemas")
            {
                var why = $" (a schema must point at a schema, and this points at a component of components/{kind})";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer + "/$ref"), target, why));
                holder.Remove("$ref");
            }
        }
    }

    /// <summary><c>responses</c> for <c>#/components/responses/CaptionSrt</c>; null for a pointer elsewhere.</summary>
    private static string? KindOf(string target)
    {
        var segments = target.Substring(2).Split('/');
        return segments.Length == 3 && segments[0] == "components" ? segments[1] : null;
    }
}
