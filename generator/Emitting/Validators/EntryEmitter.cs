using System.Globalization;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model.Validation;
using static ContractKit.Generator.Emitting.Validators.ValidatorCode;

namespace ContractKit.Generator.Emitting.Validators;

/// <summary>
/// Writes the public methods of one entry: <c>Validate{Name}</c> over UTF-8 JSON, and, when the schema has a model
/// type, <c>Validate(model)</c>, which checks the JSON the model writes (so the pointers are the same).
/// </summary>
internal static class EntryEmitter
{
    public static void Emit(SourceWriter writer, ValidatorEntry entry, string @namespace, string clientName)
    {
        XmlDoc.Summary(writer, entry.Description, $"Validates a JSON document against <c>{XmlDoc.Escape(XmlDoc.OneLine(entry.SchemaPointer))}</c>.");
        writer.WriteLine("/// <param name=\"utf8Json\">The whole document, UTF-8 encoded.</param>");
        writer.WriteLine("/// <param name=\"options\">The clock, error limit and depth limit; <see cref=\"" + Options + ".Default\"/> when null.</param>");
        writer.WriteLine("/// <returns>Every violation, by JSON pointer and keyword; <c>IsValid</c> when there is none.</returns>");
        writer.OpenBlock($"public static {Result} Validate{entry.Name}(global::System.ReadOnlySpan<byte> utf8Json, {Options}? options = null)");
        var validator = entry.Node is null ? $"{Checks}.AnyValue" : Method(entry.Node);
        var limit = entry.MaxBytes is { } bytes ? ", maxBytes: " + bytes.ToString(CultureInfo.InvariantCulture) + "L" : "";
        writer.WriteLine($"return {ValidatorCode.RuntimeNamespace}.JsonValidator.Validate(utf8Json, {validator}, options{limit});");
        writer.CloseBlock();
        if (entry.ModelType is not { } model)
        {
            return;
        }
        var type = $"global::{@namespace}.{model}";
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Validates a <see cref=\"{type}\"/> as the JSON it writes; the pointers are into that JSON.</summary>");
        writer.OpenBlock($"public static {Result} Validate({type} value, {Options}? options = null)");
        writer.WriteLine($"var utf8Json = global::System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, global::{@namespace}.{clientName}Json.{JsonResolverEmitter.TypeInfoProperty(model)});");
        writer.WriteLine($"return Validate{entry.Name}(utf8Json, options);");
        writer.CloseBlock();
    }
}
