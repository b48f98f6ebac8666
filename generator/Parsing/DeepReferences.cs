using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Rewrites local <c>$ref</c>s that point inside something rather than at a component
/// (<c>#/components/schemas/CreateCompletionRequest/properties/logit_bias</c>,
/// <c>#/paths/~1a/get/parameters/0</c>) into ones Microsoft.OpenApi resolves: it resolves only
/// <c>#/components/{kind}/{name}</c> and reads any other pointer as a component named by its last segment, which is
/// not there. OpenAI's spec has 24 such references; the OpenAPI examples of ReadMe have them into paths.
/// <list type="bullet">
/// <item>A schema pointed at is moved to <c>components/schemas</c> under a name made from its location, and a
/// reference to it is left where it was, so every use of it is one type.</item>
/// <item>Anything else (a parameter, a response) is copied in place of the reference, as the bundler does for
/// fragments of other files.</item>
/// </list>
/// Runs after <see cref="LocalReferences"/>, so every pointer names something and no chain of references is a circle.
/// </summary>
internal static class DeepReferences
{
    /// <summary>
    /// Copying a fragment can bring in more deep references; a fragment that holds a reference to itself would bring
    /// them in forever, so after this many rounds what is left is reported instead.
    /// </summary>
    private const int MaxRounds = 8;

    private const string ContainsItself = " (it points at a fragment that contains this reference: copying it in would never end)";

    /// <summary>Segments that say what kind of place a pointer walks through, not which place: left out of names.</summary>
    private static readonly HashSet<string> StructuralSegments = new(StringComparer.Ordinal)
        { "components", "schemas", "properties", "paths", "content", "schema" };

    public static void Rewrite(JsonObject document, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate)
    {
        var hoisted = new Dictionary<JsonNode, string>(ReferenceComparer.Instance);
        for (var round = 0; round < MaxRounds; round++)
        {
            var deep = Find(document);
            if (deep.Count == 0)
            {
                return;
            }
            // Every target is found before anything moves: a move turns a schema into a reference, and a pointer
            // that went through it would not find its way any more.
            var targets = deep.Select(reference => Follow(document, reference.Target)).ToList();
            // A copy of a fragment into itself would hold the reference again, for ever: reported first, so the
            // copies made below (of that fragment, elsewhere) come without it.
            for (var i = 0; i < deep.Count; i++)
            {
                var (holder, pointer, target) = deep[i];
                if (targets[i].Node is { } node && !IsSchemaPosition(pointer) && IsWithin(holder, node))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer + "/$ref"), target, ContainsItself));
                    holder.Remove("$ref");
                    targets[i] = (null, null);
                }
            }
            for (var i = 0; i < deep.Count; i++)
            {
                var (holder, pointer, target) = deep[i];
                var (node, componentTarget) = targets[i];
                if (componentTarget is not null)
                {
                    holder["$ref"] = componentTarget; // the chain ends at a component: point there directly
                }
                else if (node is not null && IsSchemaPosition(pointer) && HoldsTheSchemas(document, node))
                {
                    // #/components or the like: moving it into components/schemas would put it inside itself.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer + "/$ref"), target,
                        " (it points at the part of the document that holds the schemas, not at a schema)"));
                    holder.Remove("$ref");
                }
                else if (node is not null && IsSchemaPosition(pointer))
                {
                    holder["$ref"] = ComponentPointer(Hoist(document, node, target, hoisted));
                }
                else if (node is not null)
                {
                    Replace(holder, node.DeepClone());
                }
            }
        }
        foreach (var (holder, pointer, target) in Find(document))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer + "/$ref"), target, ContainsItself));
            holder.Remove("$ref");
        }
    }

    private static List<(JsonObject Holder, string Pointer, string Target)> Find(JsonObject document)
    {
        var references = new List<(JsonObject Holder, string Pointer, string Target)>();
        LocalReferences.Collect(document, "", references);
        return references.Where(reference => !IsComponent(reference.Target)).ToList();
    }

    /// <summary><c>#/components/{kind}/{name}</c>: what Microsoft.OpenApi resolves itself.</summary>
    private static bool IsComponent(string target)
    {
        var segments = target.Substring(2).Split('/');
        return segments.Length == 3 && segments[0] == "components";
    }

    /// <summary>
    /// The node at the end of the chain of references starting at <paramref name="target"/>, or the first component
    /// pointer on the way (then no node). A pointer may go through a reference (into a schema moved in an earlier
    /// round): the walk follows it.
    /// </summary>
    private static (JsonNode? Node, string? ComponentTarget) Follow(JsonObject document, string target)
    {
        var current = target;
        for (var step = 0; step < 64; step++)
        {
            if (IsComponent(current))
            {
                return (null, current);
            }
            var node = Walk(document, SourcePositions.Segments(current), 0);
            if (node is JsonObject obj && LocalReferences.LocalTarget(obj) is { } next)
            {
                current = next;
                continue;
            }
            return (node, null);
        }
        return (null, null);
    }

    private static JsonNode? Walk(JsonObject document, List<string> segments, int depth)
    {
        JsonNode? node = document;
        foreach (var segment in segments)
        {
            if (node is JsonObject through && !through.ContainsKey(segment) && LocalReferences.LocalTarget(through) is { } reference && depth < 16)
            {
                node = Walk(document, SourcePositions.Segments(reference), depth + 1);
            }
            node = SchemaKeywords.Step(node, segment);
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    private static bool HoldsTheSchemas(JsonObject document, JsonNode node)
        => ReferenceEquals(node, document) || ReferenceEquals(node, document["components"])
           || (document["components"] is JsonObject components && ReferenceEquals(node, components["schemas"]));

    private static bool IsWithin(JsonNode node, JsonNode ancestor)
    {
        for (var current = node; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a <c>$ref</c> at <paramref name="pointer"/> stands for a schema.</summary>
    internal static bool IsSchemaPosition(string pointer)
    {
        var segments = pointer.Split('/');
        if (segments.Length > 3 && segments[1] == "components" && segments[2] == "schemas")
        {
            return true;
        }
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i] == "schema" && !SchemaKeywords.MapsOfNames.Contains(segments[i - 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Moves <paramref name="node"/> to <c>components/schemas</c> (once) and leaves a reference in its place.</summary>
    private static string Hoist(JsonObject document, JsonNode node, string target, Dictionary<JsonNode, string> hoisted)
    {
        if (hoisted.TryGetValue(node, out var existing))
        {
            return existing;
        }
        if (document["components"] is not JsonObject components)
        {
            components = new JsonObject();
            document["components"] = components;
        }
        if (components["schemas"] is not JsonObject schemas)
        {
            schemas = new JsonObject();
            components["schemas"] = schemas;
        }
        var name = NameFor(target, schemas);
        hoisted[node] = name;
        Replace(node, new JsonObject { ["$ref"] = ComponentPointer(name) });
        schemas[name] = node;
        return name;
    }

    /// <summary>
    /// <c>Request_tags_items</c> for <c>#/components/schemas/Request/properties/tags/items</c>,
    /// <c>pets_id_get_responses_200</c> for <c>#/paths/~1pets~1{id}/get/responses/200/…/schema</c>: letters, digits
    /// and underscores only, unique among the schemas.
    /// </summary>
    private static string NameFor(string target, JsonObject schemas)
    {
        var words = SourcePositions.Segments(target)
            .Where(segment => !StructuralSegments.Contains(segment) && !segment.Contains("/"))
            .ToList();
        var pathItem = SourcePositions.Segments(target).FirstOrDefault(segment => segment.StartsWith("/", StringComparison.Ordinal));
        if (pathItem is not null)
        {
            words.Insert(0, pathItem);
        }
        var name = new System.Text.StringBuilder();
        foreach (var c in string.Join("_", words))
        {
            var keep = char.IsLetterOrDigit(c);
            if (keep || (name.Length > 0 && name[name.Length - 1] != '_'))
            {
                name.Append(keep ? c : '_');
            }
        }
        var baseName = name.ToString().Trim('_');
        if (baseName.Length == 0)
        {
            baseName = "Schema";
        }
        var unique = baseName;
        for (var suffix = 2; schemas.ContainsKey(unique); suffix++)
        {
            unique = baseName + suffix.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return unique;
    }

    private static string ComponentPointer(string name) => "#/components/schemas/" + name.Replace("~", "~0").Replace("/", "~1");

    /// <summary>Puts <paramref name="replacement"/> where <paramref name="node"/> is in its parent.</summary>
    private static void Replace(JsonNode node, JsonNode replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                var key = parent.First(member => ReferenceEquals(member.Value, node)).Key;
                parent[key] = replacement;
                break;
            case JsonArray array:
                array[array.IndexOf(node)] = replacement;
                break;
        }
    }
}
