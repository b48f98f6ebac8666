using System;
using System.Linq;

namespace ContractKit.Generator.Emitting.Shared;

/// <summary>Writes XML doc comments from spec descriptions (escaped, one line of text per line of comment).</summary>
internal static class XmlDoc
{
    public static void Summary(SourceWriter writer, string? description, string fallback)
    {
        var text = string.IsNullOrWhiteSpace(description) ? fallback : description!;
        writer.WriteLine("/// <summary>");
        foreach (var line in Lines(text))
        {
            writer.WriteLine("/// " + line);
        }
        writer.WriteLine("/// </summary>");
    }

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Markdown code spans (<c>`ACCOUNT`</c>), common in spec descriptions, become <c>&lt;c&gt;</c>.</summary>
    private static string CodeSpans(string escaped)
        => System.Text.RegularExpressions.Regex.Replace(escaped, "`([^`\n]+)`", "<c>$1</c>");

    private static string[] Lines(string text)
        => text.Replace("\r\n", "\n").Split('\n')
            .Select(line => CodeSpans(Escape(line.TrimEnd())))
            .SkipWhile(line => line.Length == 0)
            .Reverse().SkipWhile(line => line.Length == 0).Reverse()
            .Select(line => line.Length == 0 ? "<para/>" : line)
            .ToArray();
}
