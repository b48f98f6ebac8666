using System.Collections.Generic;
using ContractKit.Generator.Emitting.Shared;

namespace ContractKit.Generator.Emitting.Validators;

/// <summary>
/// The static members one validator file needs beside its methods (compiled patterns, enum values), written at the
/// end of the file. Patterns are created on first use: a spec with hundreds of patterns pays only for those its
/// documents reach.
/// </summary>
internal sealed class StaticFields
{
    private readonly List<string> lines = new();

    /// <summary>A static readonly field; returns its name.</summary>
    public string Add(string name, string type, string initializer)
    {
        lines.Add($"private static readonly {type} {name} = {initializer};");
        return name;
    }

    /// <summary>A regex created on first use; returns the property that holds it.</summary>
    public string AddPattern(string name, string dotNetPattern)
    {
        const string regex = "global::System.Text.RegularExpressions.Regex";
        var field = char.ToLowerInvariant(name[0]) + name.Substring(1);
        lines.Add($"private static {regex}? {field};");
        lines.Add($"private static {regex} {name} => {field} ??= new {regex}({CSharpLiteral.String(dotNetPattern)}, "
                  + "global::System.Text.RegularExpressions.RegexOptions.NonBacktracking | global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);");
        return name;
    }

    /// <summary>An anchored ASCII sequence pattern, matched on the UTF-8 bytes without a regex; returns its property.</summary>
    public string AddAsciiPattern(string name, string ecmaPattern)
    {
        const string pattern = "global::ContractKit.Runtime.Validation.AsciiPattern";
        var field = char.ToLowerInvariant(name[0]) + name.Substring(1);
        lines.Add($"private static {pattern}? {field};");
        lines.Add($"private static {pattern} {name} => {field} ??= {pattern}.Parse({CSharpLiteral.String(ecmaPattern)});");
        return name;
    }

    public void WriteTo(SourceWriter writer)
    {
        if (lines.Count == 0)
        {
            return;
        }
        writer.WriteLine();
        foreach (var line in lines)
        {
            writer.WriteLine(line);
        }
    }
}
