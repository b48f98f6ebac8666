using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using ContractKit.Generator.Diagnostics;
using SharpYaml.Serialization;

namespace ContractKit.Generator.Parsing;

/// <summary>
/// Finds the line and column of a JSON pointer in a spec file's text. Used only when a diagnostic is reported,
/// so the happy path never pays for positions.
/// </summary>
internal static class SourcePositions
{
    public static SpecLocation Locate(string path, string text, string pointer) => Locate(path, text, pointer, yaml: null);

    /// <summary>
    /// A locator for one file that parses its YAML once, however many diagnostics it places (a spec with hundreds
    /// of reader problems must not be parsed hundreds of times).
    /// </summary>
    public static Func<string, SpecLocation> For(string path, string text)
    {
        YamlStream? yaml = null;
        return pointer =>
        {
            if (yaml is null && !SpecText.LooksLikeJson(path, text))
            {
                try
                {
                    yaml = new YamlStream();
                    yaml.Load(new StringReader(text));
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    return SpecLocation.StartOf(path);
                }
            }
            return Locate(path, text, pointer, yaml);
        };
    }

    private static SpecLocation Locate(string path, string text, string pointer, YamlStream? yaml)
    {
        try
        {
            var segments = Segments(pointer);
            return SpecText.LooksLikeJson(path, text) ? LocateInJson(path, text, segments) : LocateInYaml(path, text, segments, yaml);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A position is a courtesy: a file we cannot walk still gets its diagnostic, at its start.
            return SpecLocation.StartOf(path);
        }
    }

    public static List<string> Segments(string pointer)
    {
        var trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
        var segments = new List<string>();
        foreach (var raw in trimmed.Split('/'))
        {
            if (raw.Length > 0)
            {
                segments.Add(Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~"));
            }
        }
        return segments;
    }

    private static SpecLocation LocateInYaml(string path, string text, List<string> segments, YamlStream? parsed)
    {
        var stream = parsed;
        if (stream is null)
        {
            stream = new YamlStream();
            stream.Load(new StringReader(text));
        }
        YamlNode node = stream.Documents[0].RootNode;
        foreach (var segment in segments)
        {
            YamlNode? next = null;
            if (node is YamlMappingNode mapping)
            {
                foreach (var entry in mapping.Children)
                {
                    if (entry.Key is YamlScalarNode key && key.Value == segment)
                    {
                        next = entry.Value;
                        break;
                    }
                }
            }
            else if (node is YamlSequenceNode sequence && int.TryParse(segment, out var index) && index < sequence.Children.Count)
            {
                next = sequence.Children[index];
            }
            if (next is null)
            {
                break;
            }
            node = next;
        }
        // SharpYaml's marks are 0-based, like Roslyn's line positions.
        return new SpecLocation(path, Math.Max(0, node.Start.Line), Math.Max(0, node.Start.Column), 1);
    }

    private static SpecLocation LocateInJson(string path, string text, List<string> segments)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 256 });
        var best = 0L;
        var depth = 0; // how many segments matched so far
        var stack = new Stack<(bool IsArray, int Index)>();
        string? pendingName = null;
        while (reader.Read() && depth < segments.Count)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    if (stack.Count == depth + 1 && !stack.Peek().IsArray && pendingName == segments[depth])
                    {
                        best = reader.TokenStartIndex;
                        depth++;
                        if (depth == segments.Count)
                        {
                            return At(path, bytes, best);
                        }
                    }
                    continue;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    MatchArrayItem(ref reader);
                    stack.Push((reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.Pop();
                    if (stack.Count < depth)
                    {
                        return At(path, bytes, best); // the matched container ended without the next segment
                    }
                    AdvanceArrayIndex();
                    break;
                default:
                    MatchArrayItem(ref reader);
                    AdvanceArrayIndex();
                    break;
            }
        }
        return At(path, bytes, best);

        void MatchArrayItem(ref Utf8JsonReader r)
        {
            if (stack.Count == depth + 1 && depth < segments.Count && stack.Peek().IsArray
                && int.TryParse(segments[depth], out var wanted) && wanted == stack.Peek().Index)
            {
                best = r.TokenStartIndex;
                depth++;
            }
        }

        void AdvanceArrayIndex()
        {
            if (stack.Count > 0 && stack.Peek().IsArray)
            {
                var top = stack.Pop();
                stack.Push((true, top.Index + 1));
            }
        }
    }

    private static SpecLocation At(string path, byte[] bytes, long offset)
    {
        int line = 0, column = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 0;
            }
            else if ((bytes[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }
        return new SpecLocation(path, line, column, 1);
    }
}
