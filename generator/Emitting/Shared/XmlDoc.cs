using System;
using System.Linq;

namespace ContractKit.Generator.Emitting.Shared;

/// <summary>Writes XML doc comments from spec descriptions (escaped, one line of text per line of comment).</summary>
internal static class XmlDoc
{
    /// <summary>Writes a summary from a spec description, or <paramref name="fallbackXml"/> (already XML) when there is none.</summary>
    public static void Summary(SourceWriter writer, string? description, string fallbackXml)
    {
        writer.WriteLine("/// <summary>");
        var lines = string.IsNullOrWhiteSpace(description) ? new[] { OneLine(fallbackXml) } : Lines(description!);
        foreach (var line in lines)
        {
            writer.WriteLine("/// " + line);
        }
        writer.WriteLine("/// </summary>");
    }

    /// <summary>
    /// Every character C# ends a line at: a description holding U+0085 or U+2028 must not end a comment early.
    /// </summary>
    public static readonly char[] LineTerminators = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>Text on one line, safe in a <c>//</c> comment.</summary>
    public static string OneLine(string text) => string.Join(" ", text.Split(LineTerminators));

    public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>Markdown code spans (<c>`ACCOUNT`</c>), common in spec descriptions, become <c>&lt;c&gt;</c>.</summary>
    private static string CodeSpans(string escaped)
        => System.Text.RegularExpressions.Regex.Replace(escaped, "`([^`\n]+)`", "<c>$1</c>");

    private static string[] Lines(string text)
        => text.Replace("\r\n", "\n").Split(LineTerminators)
            .Select(line => CodeSpans(Escape(line.TrimEnd())))
            .SkipWhile(line => line.Length == 0)
            .Reverse().SkipWhile(line => line.Length == 0).Reverse()
            .Select(line => line.Length == 0 ? "<para/>" : line)
            .ToArray();
}
