using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.Generator.Diagnostics;
using Microsoft.OpenApi.YamlReader;
using SharpYaml;
using SharpYaml.Serialization;

namespace ContractKit.Generator.Parsing;

/// <summary>Reads a spec file's text (JSON or YAML) into a <see cref="JsonNode"/>, or says where it is broken.</summary>
internal static class SpecText
{
    public static bool LooksLikeJson(string path, string text)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /// <summary>The node, or null with <paramref name="error"/> saying what is wrong and where.</summary>
    public static JsonNode? Parse(string path, string text, out DiagnosticInfo? error)
    {
        error = null;
        try
        {
            if (LooksLikeJson(path, text))
            {
                var options = new JsonDocumentOptions { AllowTrailingCommas = false, MaxDepth = 256 };
                var node = JsonNode.Parse(text, documentOptions: options);
                Materialize(node);
                return node ?? Fail(path, 0, 0, "the file holds no JSON value", out error);
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0)
            {
                return Fail(path, 0, 0, "the file holds no YAML document", out error);
            }
            if (FirstComplexKey(stream.Documents[0].RootNode, 0) is { } key)
            {
                // JSON has only string keys; Microsoft.OpenApi's converter throws without saying where.
                return Fail(path, text, Math.Max(0, key.Start.Line), Math.Max(0, key.Start.Column), "malformed YAML: a mapping key must be a scalar, not a sequence or mapping", out error);
            }
            HonourTags(stream.Documents[0].RootNode, 0);
            return YamlConverter.ToJsonNode(stream.Documents[0]);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0);
            var column = (int)(exception.BytePositionInLine ?? 0);
            return Fail(path, text, line, column, "malformed JSON: " + FirstSentence(exception.Message), out error);
        }
        catch (YamlException exception)
        {
            return Fail(path, text, Math.Max(0, exception.Start.Line), Math.Max(0, exception.Start.Column), "malformed YAML: " + FirstSentence(exception.Message), out error);
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or FormatException or OverflowException or Microsoft.OpenApi.OpenApiReaderException)
        {
            // SharpYaml throws ArgumentOutOfRangeException on some escapes; JsonObject throws on duplicate keys; the
            // YAML converter throws OpenApiReaderException on what JSON cannot hold.
            return Fail(path, 0, 0, exception.GetType().Name + ": " + FirstSentence(exception.Message), out error);
        }
    }

    /// <summary>
    /// Microsoft.OpenApi's converter reads a scalar by its quotes and its look, and ignores YAML's tags: an explicit
    /// <c>!!str 1.10</c> became the number 1.1, <c>!!int '3'</c> the text "3". Setting the scalar's style to what the
    /// tag says makes the converter read it as the tag asks.
    /// </summary>
    private static void HonourTags(YamlNode node, int depth)
    {
        if (depth > 256)
        {
            return;
        }
        switch (node)
        {
            case YamlScalarNode { Tag: "tag:yaml.org,2002:str", Style: ScalarStyle.Plain } text:
                text.Style = ScalarStyle.DoubleQuoted;
                break;
            case YamlScalarNode { Tag: "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null" } value
                when value.Style != ScalarStyle.Plain:
                value.Style = ScalarStyle.Plain;
                break;
            case YamlMappingNode mapping:
                foreach (var entry in mapping.Children)
                {
                    HonourTags(entry.Value, depth + 1);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    HonourTags(item, depth + 1);
                }
                break;
        }
    }

    /// <summary>The first mapping key that is itself a sequence or mapping (YAML's <c>? [a, b] : c</c>), if any.</summary>
    private static YamlNode? FirstComplexKey(YamlNode node, int depth)
    {
        if (depth > 256)
        {
            return null;
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var entry in mapping.Children)
                {
                    if (entry.Key is not YamlScalarNode)
                    {
                        return entry.Key;
                    }
                    if (FirstComplexKey(entry.Value, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (FirstComplexKey(item, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// JsonNode decodes lazily: a duplicate key throws when its object is first enumerated, an invalid escape
    /// (a lone surrogate) when its string is first read, both far from here. Touching every key and string now
    /// turns those into this file's CK0001 instead of a failure somewhere later.
    /// </summary>
    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var entry in obj)
                {
                    Materialize(entry.Value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Materialize(item);
                }
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                _ = value.GetValue<string>();
                break;
        }
    }

    private static JsonNode? Fail(string path, int line, int column, string message, out DiagnosticInfo? error)
        => Fail(path, "", line, column, message, out error);

    /// <summary>The diagnostic, its position kept inside the text (parsers report one past the end at EOF).</summary>
    private static JsonNode? Fail(string path, string text, int line, int column, string message, out DiagnosticInfo? error)
    {
        var lines = text.Split('\n');
        if (text.Length > 0 && line >= lines.Length)
        {
            line = lines.Length - 1;
            column = lines[line].Length;
        }
        error = DiagnosticInfo.Create(DiagnosticDescriptors.SpecUnreadable, new SpecLocation(path, line, column, 1), message);
        return null;
    }

    private static string FirstSentence(string message)
    {
        var newline = message.IndexOf('\n');
        return (newline < 0 ? message : message.Substring(0, newline)).Trim();
    }
}
