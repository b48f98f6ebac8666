using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Breaks circles of components that only restate another (<c>A: {$ref: B}</c>, <c>B: {$ref: A}</c>) before
/// Microsoft.OpenApi reads the document. Such a circle points at no schema at all; Microsoft.OpenApi throws on the
/// first keyword read through it, which would fail the whole spec. Each member of a circle loses its <c>$ref</c>
/// (its other keywords stay, so it allows any value, as an unresolved reference does) and the circle is one CK0003.
/// </summary>
internal static class ReferenceCycles
{
    private const string ComponentsPrefix = "#/components/";

    public static void Break(JsonObject document, List<DiagnosticInfo> diagnostics, Func<string, SpecLocation> locate)
    {
        if (document["components"] is not JsonObject components)
        {
            return;
        }
        foreach (var section in components.ToList())
        {
            if (section.Value is not JsonObject entries)
            {
                continue;
            }
            var broken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries.ToList())
            {
                if (broken.Contains(entry.Key) || Circle(entries, section.Key, entry.Key) is not { } circle)
                {
                    continue;
                }
                foreach (var member in circle)
                {
                    ((JsonObject)entries[member]!).Remove("$ref");
                    broken.Add(member);
                }
                var first = circle[0];
                var pointer = "/components/" + Escape(section.Key) + "/" + Escape(first) + "/$ref";
                var chain = string.Join(" → ", circle.Concat(new[] { first }));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, locate(pointer),
                    ComponentsPrefix + section.Key + "/" + first, $" (the components {chain} only refer to each other: none of them is a schema)"));
            }
        }
    }

    /// <summary>The members of the circle that following <paramref name="start"/>'s references runs into, or null.</summary>
    private static List<string>? Circle(JsonObject entries, string section, string start)
    {
        var path = new List<string>();
        var current = start;
        while (current is not null && !path.Contains(current))
        {
            path.Add(current);
            current = entries[current] is JsonObject component ? Target(component, section) : null;
            if (current is not null && !entries.ContainsKey(current))
            {
                return null; // points out of the section, or nowhere: not a circle (an unresolved one is reported elsewhere)
            }
        }
        // A chain that leads into a circle is not part of it: only the start's own circle is broken here.
        return current == start ? path : null;
    }

    /// <summary>The component <c>{"$ref": "#/components/{section}/{name}"}</c> names, or null.</summary>
    private static string? Target(JsonObject component, string section)
    {
        if (component["$ref"] is not JsonValue value || !value.TryGetValue<string>(out var reference))
        {
            return null;
        }
        var prefix = ComponentsPrefix + section + "/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var token = Uri.UnescapeDataString(reference.Substring(prefix.Length));
        return token.IndexOf('/') >= 0 ? null : token.Replace("~1", "/").Replace("~0", "~");
    }

    private static string Escape(string token) => token.Replace("~", "~0").Replace("/", "~1");
}
