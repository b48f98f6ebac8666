using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Checks every local <c>$ref</c> (<c>#/…</c>, a JSON pointer into this document) before Microsoft.OpenApi reads the
/// document, and takes out the ones that lead nowhere: a pointer to nothing, or a chain of references that comes back
/// to where it started (<c>A: {$ref: B}</c>, <c>B: {$ref: A}</c>; <c>b: {$ref: '#/…/A/properties/b'}</c>). For those
/// Microsoft.OpenApi throws on the first keyword read through the reference (or, for a pointer into a schema that is
/// itself a reference, loops until its cycle guard throws), which would fail the whole spec. Each is one CK0003 at its
/// <c>$ref</c>; the reference is removed, so the value allows anything and the rest of the spec is generated.
/// Runs after bundling, when every reference left is local or remote.
/// </summary>
internal static class LocalReferences
{
    /// <summary>Keys whose values are data, not OpenAPI objects: a <c>$ref</c> member there is just a member.</summary>
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "default", "const", "enum" };

    public static void Check(JsonObject document, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate)
    {
        var references = new List<(JsonObject Holder, string Pointer, string Target)>();
        Collect(document, "", references);
        var pointers = new Dictionary<JsonObject, string>(ReferenceComparer.Instance);
        foreach (var (holder, pointer, _) in references)
        {
            pointers[holder] = pointer;
        }
        var broken = new HashSet<JsonObject>(ReferenceComparer.Instance);
        foreach (var (holder, pointer, target) in references)
        {
            if (broken.Contains(holder))
            {
                continue;
            }
            switch (Follow(document, target, pointers))
            {
                case { Circle: { Count: > 0 } circle } found when !circle.Any(broken.Contains):
                    // Reported once, at the member that comes first in the document; a reference that only leads
                    // into the circle is left alone: once the circle is broken it points at a value again.
                    var start = circle.Select((member, at) => (At: at, Order: references.FindIndex(r => ReferenceEquals(r.Holder, member)))).OrderBy(m => m.Order).First().At;
                    var first = circle[start];
                    var round = circle.Skip(start).Concat(circle.Take(start)).Append(first).Select(member => "#" + pointers[member]);
                    var why = $" (the references {string.Join(" → ", round)} go round in a circle: none of them reaches a value)";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointers[first] + "/$ref"), LocalTarget(first)!, why));
                    broken.UnionWith(circle);
                    break;
                case { Circle.Count: 0 } found:
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer + "/$ref"), target, found.Why));
                    broken.Add(holder);
                    break;
            }
        }
        foreach (var holder in broken)
        {
            holder.Remove("$ref");
        }
    }

    /// <summary>Every local <c>$ref</c> under <paramref name="node"/>: its holder, the holder's pointer, the target.</summary>
    internal static void Collect(JsonNode? node, string pointer, List<(JsonObject, string, string)> references)
    {
        switch (node)
        {
            case JsonObject obj:
                if (LocalTarget(obj) is { } target)
                {
                    references.Add((obj, pointer, target));
                }
                foreach (var member in obj)
                {
                    // Under "responses", "default" is the default response, not data (DigitalOcean refers from it).
                    var isData = DataKeys.Contains(member.Key) && !pointer.EndsWith("/responses", StringComparison.Ordinal);
                    if (!isData && !member.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        Collect(member.Value, pointer + "/" + Escape(member.Key), references);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), references);
                }
                break;
        }
    }

    /// <summary>
    /// Follows a chain of local references from <paramref name="target"/>. Null when it reaches a value; else why not:
    /// its first pointer names nothing (no circle), or it runs round a circle (the references that form it; the caller
    /// says why). A chain whose later link names nothing is left to that link's own check.
    /// </summary>
    /// <param name="references">The references found in the document: a <c>$ref</c> member elsewhere (in example data) is a value.</param>
    private static (string Why, List<JsonObject> Circle)? Follow(JsonObject document, string target, Dictionary<JsonObject, string> references)
    {
        var visited = new List<string>();
        var holders = new List<JsonObject>();
        var current = target;
        while (true)
        {
            var index = visited.IndexOf(current);
            if (index >= 0)
            {
                return ("", holders.Skip(index).ToList());
            }
            visited.Add(current);
            if (Resolve(document, current) is not { } node)
            {
                return visited.Count == 1 ? (" (nothing is at that pointer in the document)", new List<JsonObject>()) : null;
            }
            if (node is not JsonObject next || !references.ContainsKey(next) || LocalTarget(next) is not { } further)
            {
                return null;
            }
            holders.Add(next);
            current = further;
        }
    }

    /// <summary>The node a JSON pointer fragment (<c>#/components/schemas/A</c>) names in the document, or null.</summary>
    private static JsonNode? Resolve(JsonObject document, string target)
    {
        JsonNode? node = document;
        foreach (var raw in target.Substring(2).Split('/'))
        {
            node = SchemaKeywords.Step(node, Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~"));
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    internal static string? LocalTarget(JsonObject obj)
        => obj.TryGetPropertyValue("$ref", out var value) && value is JsonValue text && text.TryGetValue<string>(out var reference)
           && reference.StartsWith("#/", StringComparison.Ordinal)
            ? reference
            : null;

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
