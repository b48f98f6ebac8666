using System.Linq;
using System.Text.RegularExpressions;
using ContractKit.Generator.Emitting.Shared;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>XML doc elements from spec text, beside <see cref="XmlDoc"/>'s summary: remarks and one-line params.</summary>
internal static class ClientDocs
{
    /// <summary>Writes <c>&lt;{tag}&gt;</c> with the text's lines, blank lines as paragraphs; nothing when there is no text.</summary>
    public static void Block(SourceWriter writer, string tag, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }
        var lines = text!.Replace("\r\n", "\n").Split(XmlDoc.LineTerminators)
            .Select(line => CodeSpans(XmlDoc.Escape(line.TrimEnd())))
            .SkipWhile(line => line.Length == 0)
            .Reverse().SkipWhile(line => line.Length == 0).Reverse()
            .Select(line => line.Length == 0 ? "<para/>" : line);
        writer.WriteLine($"/// <{tag}>");
        foreach (var line in lines)
        {
            writer.WriteLine("/// " + line);
        }
        writer.WriteLine($"/// </{tag}>");
    }

    /// <summary>A <c>&lt;param&gt;</c> on one line.</summary>
    public static void Param(SourceWriter writer, string name, string? description, string fallbackXml)
        => writer.WriteLine($"/// <param name=\"{name}\">{Inline(description) ?? fallbackXml}</param>");

    /// <summary>Spec text escaped and on one line; null when there is none.</summary>
    public static string? Inline(string? text)
        => string.IsNullOrWhiteSpace(text) ? null : CodeSpans(XmlDoc.Escape(XmlDoc.OneLine(text!.Trim())));

    private static string CodeSpans(string escaped) => Regex.Replace(escaped, "`([^`\n]+)`", "<c>$1</c>");
}
