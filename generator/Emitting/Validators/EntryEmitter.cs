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
        writer.WriteLine($"return {ValidatorCode.RuntimeNamespace}.JsonValidator.Validate(utf8Json, {Validator(entry)}, options{Limit(entry)});");
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

    /// <summary>
    /// <c>ReadValidated{Name}</c>: the document read into its model and validated in one pass, with exactly the
    /// result <c>Validate{Name}</c> gives (see <c>JsonValidator.ReadValidated</c>).
    /// </summary>
    public static void EmitReadValidated(SourceWriter writer, ValidatorEntry entry, EntryReader reader, string @namespace, string clientName)
    {
        var type = $"global::{@namespace}.{reader.ModelType}";
        writer.WriteLine($"/// <summary>Reads a <see cref=\"{type}\"/> and validates it in one pass: what <see cref=\"Validate{entry.Name}\"/> and");
        writer.WriteLine("/// deserializing would give, for the price of a little more than deserializing.</summary>");
        writer.WriteLine("/// <param name=\"utf8Json\">The whole document, UTF-8 encoded.</param>");
        writer.WriteLine("/// <param name=\"value\">The model when the document is valid; null otherwise.</param>");
        writer.WriteLine("/// <param name=\"options\">The clock, error limit and depth limit; <see cref=\"" + Options + ".Default\"/> when null.</param>");
        writer.WriteLine("/// <returns>Every violation, by JSON pointer and keyword; <c>IsValid</c> when there is none.</returns>");
        writer.OpenBlock($"public static {Result} ReadValidated{entry.Name}(global::System.ReadOnlySpan<byte> utf8Json, out {type}? value, {Options}? options = null)");
        var read = reader.OnePassMethod;
        if (read is null)
        {
            // Not one pass at the root: the whole value is checked on a copy of the reader, then its converter reads it.
            var check = entry.Node is null ? "" : $"var copy = state.ScannerAt(ref reader); {Method(entry.Node)}(ref copy, ref state); {ChargeCopy} ";
            read = $"static (ref {Reader} reader, ref {State} state, {JsonCode.Options} options) => {{ {check}return {JsonCode.ConverterName(reader.ModelType)}.ReadValue(ref reader, options); }}";
        }
        writer.WriteLine($"return {RuntimeNamespace}.JsonValidator.ReadValidated<{type}>(utf8Json, {read}, {Validator(entry)}, global::{@namespace}.{clientName}Json.Options, out value, options{Limit(entry)});");
        writer.CloseBlock();
    }

    /// <summary>The check of the entry's root: its node's method, or any value.</summary>
    private static string Validator(ValidatorEntry entry) => entry.Node is null ? $"{Checks}.AnyValue" : Method(entry.Node);

    /// <summary>The <c>maxBytes</c> argument of a request body's entry (<c>x-contractkit-max-request-bytes</c>), or nothing.</summary>
    private static string Limit(ValidatorEntry entry)
        => entry.MaxBytes is { } bytes ? ", maxBytes: " + bytes.ToString(CultureInfo.InvariantCulture) + "L" : "";
}
