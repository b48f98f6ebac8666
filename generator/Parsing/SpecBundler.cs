using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using ContractKit.Generator.Configuration;
using ContractKit.Generator.Diagnostics;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Resolves relative <c>$ref</c>s across files in memory, before Microsoft.OpenApi reads the document: a schema a
/// file holds is hoisted into <c>components/schemas</c> (so it stays one named type however often it is
/// referenced); any other referenced fragment (a path item, a response, a parameter) is inlined. Microsoft.OpenApi
/// resolves only references to whole documents, and DigitalOcean's spec refers to ~2,900 fragment files.
/// </summary>
internal sealed class SpecBundler
{
    private readonly SpecSource source;
    private readonly List<DiagnosticInfo> diagnostics;
    private readonly CancellationToken cancellationToken;
    private readonly Dictionary<string, SpecFile> files;
    private readonly Dictionary<string, JsonNode?> parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> hoisted = new(StringComparer.Ordinal);
    private readonly HashSet<string> inlining = new(StringComparer.Ordinal);
    private JsonObject schemas = new();
    private UniqueNames schemaNames = new();

    public SpecBundler(SpecSource source, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        this.source = source;
        this.diagnostics = diagnostics;
        this.cancellationToken = cancellationToken;
        files = new Dictionary<string, SpecFile>(StringComparer.Ordinal) { [source.Root.Path] = source.Root };
        foreach (var part in source.Parts)
        {
            files[part.Path] = part;
        }
    }

    public static bool HasExternalReferences(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Any(entry => entry.Key == "$ref" ? IsExternal(entry.Value) : HasExternalReferences(entry.Value)),
        JsonArray array => array.Any(HasExternalReferences),
        _ => false,
    };

    public void Bundle(JsonObject document)
    {
        if (document["components"] is not JsonObject components)
        {
            components = new JsonObject();
            document["components"] = components;
        }
        if (components["schemas"] is JsonObject existing)
        {
            schemas = existing;
        }
        else
        {
            components["schemas"] = schemas;
        }
        schemaNames = new UniqueNames(schemas.Select(entry => entry.Key));
        parsed[source.Root.Path] = document;
        foreach (var entry in document.ToList())
        {
            Walk(document, entry.Key, entry.Value, source.Root.Path, isSchema: false);
        }
    }

    private static bool IsExternal(JsonNode? value)
        => value is JsonValue text && text.TryGetValue<string>(out var reference) && !reference.StartsWith("#", StringComparison.Ordinal);

    /// <summary>Rewrites <paramref name="node"/> (the value at <paramref name="key"/> of its parent) in place.</summary>
    private void Walk(JsonNode parent, object key, JsonNode? node, string file, bool isSchema)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Walk(array, i, array[i], file, isSchema);
            }
            return;
        }
        if (node is not JsonObject obj)
        {
            return;
        }
        if (obj["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference)
            && (!reference.StartsWith("#", StringComparison.Ordinal) || file != source.Root.Path))
        {
            var replacement = Resolve(reference, file, isSchema);
            SetChild(parent, key, replacement);
            return;
        }
        foreach (var entry in obj.ToList())
        {
            var childIsSchema = SchemaKeywords.Single.Contains(entry.Key) || SchemaKeywords.List.Contains(entry.Key);
            if (SchemaKeywords.Map.Contains(entry.Key) && entry.Value is JsonObject map && map.ContainsKey("$ref"))
            {
                Walk(obj, entry.Key, map, file, isSchema: false); // `properties: {$ref: …}`: a whole map from another file
            }
            else if (SchemaKeywords.Map.Contains(entry.Key) && entry.Value is JsonObject properties)
            {
                foreach (var property in properties.ToList())
                {
                    Walk(properties, property.Key, property.Value, file, isSchema: true);
                }
            }
            else if (entry.Key == "mapping" && entry.Value is JsonObject mapping)
            {
                RewriteMapping(mapping, file);
            }
            else if (entry.Key == "schemas" && entry.Value is JsonObject componentSchemas && ReferenceEquals(obj, parsed[source.Root.Path]?["components"]))
            {
                foreach (var schema in componentSchemas.ToList())
                {
                    Walk(componentSchemas, schema.Key, schema.Value, file, isSchema: true);
                }
            }
            else
            {
                Walk(obj, entry.Key, entry.Value, file, childIsSchema);
            }
        }
    }

    /// <summary>What stands in place of a <c>$ref</c>: a local ref to a hoisted schema, or the inlined fragment.</summary>
    private JsonNode Resolve(string reference, string fromFile, bool isSchema)
    {
        if (reference.Contains("://"))
        {
            Report(reference, fromFile, " (remote references are not fetched: the generator does no network IO; bundle the file beside the spec)");
            return new JsonObject();
        }
        var (targetFile, pointer) = Split(reference, fromFile);
        var id = targetFile + "#" + pointer;
        if (targetFile == source.Root.Path && pointer.Length > 0)
        {
            return new JsonObject { ["$ref"] = "#" + pointer }; // back into the root: already local
        }
        if (isSchema)
        {
            return new JsonObject { ["$ref"] = "#/components/schemas/" + Hoist(id, targetFile, pointer, reference, fromFile) };
        }
        if (!inlining.Add(id))
        {
            Report(reference, fromFile, " (it refers to itself through files)");
            return new JsonObject();
        }
        try
        {
            var fragment = Fragment(targetFile, pointer, reference, fromFile);
            if (fragment is null)
            {
                return new JsonObject();
            }
            var holder = new JsonObject { ["value"] = fragment.DeepClone() };
            Walk(holder, "value", holder["value"], targetFile, isSchema: false);
            var result = holder["value"]!;
            holder.Remove("value");
            return result;
        }
        finally
        {
            inlining.Remove(id);
        }
    }

    /// <param name="reference">The <c>$ref</c> as written, and <paramref name="fromFile"/> where, for diagnostics.</param>
    private string Hoist(string id, string targetFile, string pointer, string reference, string fromFile)
    {
        if (hoisted.TryGetValue(id, out var existing))
        {
            return existing;
        }
        var segments = SourcePositions.Segments(pointer);
        var baseName = segments.Count > 0 ? segments[segments.Count - 1] : SpecFileReader.FileNameWithoutExtension(targetFile);
        var name = schemaNames.Claim(baseName);
        hoisted[id] = name;
        var fragment = Fragment(targetFile, pointer, reference, fromFile);
        schemas[name] = fragment?.DeepClone() ?? new JsonObject();
        Walk(schemas, name, schemas[name], targetFile, isSchema: true);
        return name;
    }

    private JsonNode? Fragment(string file, string pointer, string reference, string fromFile)
    {
        if (!parsed.TryGetValue(file, out var root))
        {
            root = null;
            if (files.TryGetValue(file, out var specFile))
            {
                root = SpecText.Parse(file, specFile.Text, out var error);
                if (error is not null)
                {
                    diagnostics.Add(error);
                }
            }
            parsed[file] = root;
        }
        if (root is null)
        {
            Report(reference, fromFile, files.ContainsKey(file) ? "" : $" (no file '{file}' under the spec's folder)");
            return null;
        }
        var node = root;
        foreach (var segment in SourcePositions.Segments(pointer))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray array when int.TryParse(segment, out var index) && index < array.Count => array[index],
                _ => null,
            };
            if (node is null)
            {
                Report(reference, fromFile, $" (no '{pointer}' in '{file}')");
                return null;
            }
        }
        return node;
    }

    private void RewriteMapping(JsonObject mapping, string file)
    {
        foreach (var entry in mapping.ToList())
        {
            if (entry.Value is JsonValue value && value.TryGetValue<string>(out var reference)
                && (!reference.StartsWith("#", StringComparison.Ordinal) || file != source.Root.Path)
                && (reference.Contains("/") || reference.Contains(".") || reference.StartsWith("#", StringComparison.Ordinal)))
            {
                var (targetFile, pointer) = Split(reference, file);
                var name = targetFile == source.Root.Path ? null : Hoist(targetFile + "#" + pointer, targetFile, pointer, reference, file);
                mapping[entry.Key] = name is null ? "#" + pointer : "#/components/schemas/" + name;
            }
        }
    }

    private (string File, string Pointer) Split(string reference, string fromFile)
    {
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference.Substring(0, hash);
        var pointer = hash < 0 ? "" : reference.Substring(hash + 1);
        var target = filePart.Length == 0 ? fromFile : Combine(SpecFileReader.FolderOf(fromFile), filePart);
        return (target, pointer);
    }

    private static string Combine(string folder, string relative)
    {
        var parts = new List<string>((folder + SpecFileReader.Normalize(relative)).Split('/'));
        var result = new List<string>();
        foreach (var part in parts)
        {
            if (part == "..")
            {
                if (result.Count > 1)
                {
                    result.RemoveAt(result.Count - 1);
                }
            }
            else if (part != "." && !(part.Length == 0 && result.Count > 0))
            {
                result.Add(part);
            }
        }
        return string.Join("/", result);
    }

    private static void SetChild(JsonNode parent, object key, JsonNode value)
    {
        if (parent is JsonArray array)
        {
            array[(int)key] = value;
        }
        else
        {
            ((JsonObject)parent)[(string)key] = value;
        }
    }

    private void Report(string reference, string fromFile, string why)
    {
        var text = files.TryGetValue(fromFile, out var specFile) ? specFile.Text : "";
        var at = FindReference(fromFile, text, reference);
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, at, reference, why));
    }

    private static SpecLocation FindReference(string file, string text, string reference)
    {
        var index = text.IndexOf(reference, StringComparison.Ordinal);
        if (index < 0)
        {
            return SpecLocation.StartOf(file);
        }
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return new SpecLocation(file, line, index - lineStart, reference.Length);
    }
}
