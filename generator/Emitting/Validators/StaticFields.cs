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

    // The one-pass readers write some checks a second time (see OnePassEmitter); a field they need again is kept once.
    private readonly HashSet<string> written = new();

    /// <summary>A static readonly field; returns its name.</summary>
    public string Add(string name, string type, string initializer)
    {
        Add($"private static readonly {type} {name} = {initializer};");
        return name;
    }

    /// <summary>
    /// A regex created on first use; returns the property that holds it. It runs NonBacktracking, or, when the
    /// pattern needs it, on the backtracking engine under the runtime's time limit (see EcmaPattern.TryCreate).
    /// </summary>
    public string AddPattern(string name, string dotNetPattern, bool backtracking)
    {
        const string regex = "global::System.Text.RegularExpressions.Regex";
        const string options = "global::System.Text.RegularExpressions.RegexOptions";
        var engine = backtracking
            ? $"{options}.CultureInvariant, global::ContractKit.Runtime.Validation.EcmaPattern.BacktrackingTimeout"
            : $"{options}.NonBacktracking | {options}.CultureInvariant";
        var field = FieldBehind(name);
        Add($"private static {regex}? {field};");
        Add($"private static {regex} {name} => {field} ??= new {regex}({CSharpLiteral.String(dotNetPattern)}, {engine});");
        return name;
    }

    /// <summary>An anchored ASCII sequence pattern, matched on the UTF-8 bytes without a regex; returns its property.</summary>
    public string AddAsciiPattern(string name, string ecmaPattern)
    {
        const string pattern = "global::ContractKit.Runtime.Validation.AsciiPattern";
        var field = FieldBehind(name);
        Add($"private static {pattern}? {field};");
        Add($"private static {pattern} {name} => {field} ??= {pattern}.Parse({CSharpLiteral.String(ecmaPattern)});");
        return name;
    }

    /// <summary>
    /// The field behind a created-on-first-use property: <c>phonePattern</c> behind <c>PhonePattern</c>. A name that
    /// does not start with a capital (<c>_401UnauthorizedTraceIdPattern</c>, from a schema named
    /// <c>401_Unauthorized</c>) would be its own field, so it takes "s" before it.
    /// </summary>
    private static string FieldBehind(string name)
        => char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1) : "s" + name;

    private void Add(string line)
    {
        if (written.Add(line))
        {
            lines.Add(line);
        }
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
