using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Emitting.Validators;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Validation;

namespace ContractKit.Generator.Emitting;

/// <summary>
/// The Validators surface: the static partial class <c>{ClientName}Validators</c>, one file per component schema or
/// operation (its nodes and its public entry), and one file with the class's doc and <c>ValidateSchema</c>.
/// </summary>
internal static class ValidatorsEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model, ValidatorCatalog catalog)
    {
        var className = model.ClientName + "Validators";
        yield return ($"{model.HintPrefix}.{className}.g.cs", EmitIndex(model, catalog, className));
        var inlining = NodeInlining.Plan(catalog);
        foreach (var group in catalog.Groups)
        {
            var writer = FileHeader.Start(model.Namespace);
            writer.OpenBlock($"public static partial class {className}");
            var fields = new StaticFields();
            var first = true;
            foreach (var entry in group.Entries)
            {
                Separate(writer, ref first);
                EntryEmitter.Emit(writer, entry, model.Namespace, model.ClientName);
            }
            foreach (var node in group.Nodes.Where(n => !inlining.HasNoMethod(n)))
            {
                Separate(writer, ref first);
                NodeEmitter.Emit(writer, node, fields, inlining);
            }
            fields.WriteTo(writer);
            writer.CloseBlock();
            yield return ($"{model.HintPrefix}.Validators.{group.Name}.g.cs", writer.ToString());
        }
    }

    private static void Separate(SourceWriter writer, ref bool first)
    {
        if (!first)
        {
            writer.WriteLine();
        }
        first = false;
    }

    /// <summary><c>ValidateSchema</c>: finds an entry by the pointer of its schema, for tools that read the spec.</summary>
    private static string EmitIndex(SpecModel model, ValidatorCatalog catalog, string className)
    {
        var writer = FileHeader.Start(model.Namespace);
        writer.WriteLine("/// <summary>");
        writer.WriteLine("/// Validators generated from the spec: every JSON Schema keyword and ContractKit extension, checked in one pass");
        writer.WriteLine("/// over UTF-8 JSON, reporting every violation by JSON pointer and keyword.");
        writer.WriteLine("/// </summary>");
        writer.OpenBlock($"public static partial class {className}");
        writer.WriteLine("/// <summary>Validates a document against the schema at <paramref name=\"schemaPointer\"/>, as the spec writes it");
        writer.WriteLine("/// (<c>#/components/schemas/Name</c>); null when no validator has that pointer.</summary>");
        writer.OpenBlock($"public static {ValidatorCode.Result}? ValidateSchema(string schemaPointer, global::System.ReadOnlySpan<byte> utf8Json, {ValidatorCode.Options}? options = null)");
        var entries = catalog.Groups.SelectMany(g => g.Entries).GroupBy(e => e.SchemaPointer).Select(g => g.First()).ToList();
        if (entries.Count == 0)
        {
            writer.WriteLine("return null;");
        }
        else
        {
            writer.OpenBlock("switch (schemaPointer)");
            foreach (var entry in entries)
            {
                writer.WriteLine($"case {CSharpLiteral.String(entry.SchemaPointer)}: return Validate{entry.Name}(utf8Json, options);");
            }
            writer.WriteLine("default: return null;");
            writer.CloseBlock();
        }
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
