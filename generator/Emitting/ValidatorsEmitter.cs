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
        // The one-pass readers build models with their converters: only when the models are emitted too. They walk a
        // reader and the validators a scanner, so the two cannot share a leaf's method: a leaf the validators write in
        // place, the readers write in place too; a leaf with a method (used by several nodes) gets a second one on
        // the reader when the readers check it.
        var onePass = (model.Emit & EmitSurfaces.Models) != 0 ? OnePassPlan.Create(model, catalog) : null;
        var inlining = NodeInlining.Plan(catalog);
        var checkedWhereTheReaderStands = new HashSet<string>(onePass?.MemberChecks() ?? Enumerable.Empty<string>());
        yield return ($"{model.HintPrefix}.{className}.g.cs", EmitIndex(model, catalog, className, onePass));
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
                if (onePass?.Entry(entry) is { } reader)
                {
                    writer.WriteLine();
                    EntryEmitter.EmitReadValidated(writer, entry, reader, model.Namespace, model.ClientName);
                }
            }
            foreach (var node in group.Nodes.Where(n => !inlining.HasNoMethod(n)))
            {
                Separate(writer, ref first);
                NodeEmitter.Emit(writer, node, fields, inlining);
                if (NodeInlining.IsLeaf(node) && checkedWhereTheReaderStands.Contains(node.Name))
                {
                    // The one-pass readers check such a leaf on their reader, where it stands; anything bigger they
                    // check on a scanner of its own (JsonValidationState.ScannerAt).
                    writer.WriteLine();
                    NodeEmitter.Emit(writer, node, fields, inlining, ValidatorCode.ReaderParameters);
                }
            }
            foreach (var (type, node) in onePass?.ReadersIn(group) ?? Enumerable.Empty<(TypeSpec, ValidatorNode)>())
            {
                Separate(writer, ref first);
                OnePassEmitter.Emit(writer, type, node, onePass!, model.Namespace, fields, inlining);
            }
            fields.WriteTo(writer);
            writer.CloseBlock();
            yield return ($"{model.HintPrefix}.Validators.{group.Name}.g.cs", writer.ToString());
        }
    }

    /// <summary><c>ReadValidatedSchema</c>: the one-pass read of an entry found by its schema's pointer.</summary>
    private static void EmitReadValidatedIndex(SourceWriter writer, List<ValidatorEntry> entries)
    {
        writer.WriteLine("/// <summary>Reads a document into the model of the schema at <paramref name=\"schemaPointer\"/> and validates it in one");
        writer.WriteLine("/// pass; null when no entry with a model has that pointer.</summary>");
        writer.OpenBlock($"public static {ValidatorCode.Result}? ReadValidatedSchema(string schemaPointer, global::System.ReadOnlySpan<byte> utf8Json, out object? value, {ValidatorCode.Options}? options = null)");
        writer.WriteLine("value = null;");
        writer.OpenBlock("switch (schemaPointer)");
        foreach (var entry in entries)
        {
            writer.WriteLine($"case {CSharpLiteral.String(entry.SchemaPointer)}:");
            writer.OpenBlock();
            writer.WriteLine($"var result = ReadValidated{entry.Name}(utf8Json, out var model, options);");
            writer.WriteLine("value = model;");
            writer.WriteLine("return result;");
            writer.CloseBlock();
        }
        writer.WriteLine("default: return null;");
        writer.CloseBlock();
        writer.CloseBlock();
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
    private static string EmitIndex(SpecModel model, ValidatorCatalog catalog, string className, OnePassPlan? onePass)
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
        if (onePass is not null)
        {
            writer.WriteLine();
            EmitReadValidatedIndex(writer, entries.Where(e => onePass.Entry(e) is not null).ToList());
        }
        writer.CloseBlock();
        return writer.ToString();
    }
}
