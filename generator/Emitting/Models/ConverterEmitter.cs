using ContractKit.Generator.Emitting.Shared;

namespace ContractKit.Generator.Emitting.Models;

/// <summary>The part every generated converter shares: the JsonConverter overrides that forward to static methods.</summary>
internal static class ConverterEmitter
{
    public static void OpenConverter(SourceWriter writer, string typeName)
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Reads and writes <see cref=\"{typeName}\"/> as the spec describes it, without reflection.</summary>");
        writer.OpenBlock($"public sealed class {JsonCode.ConverterName(typeName)} : global::System.Text.Json.Serialization.JsonConverter<{typeName}>");
        writer.WriteLine("/// <summary>The shared instance; the converter holds no state.</summary>");
        writer.WriteLine($"public static {JsonCode.ConverterName(typeName)} Instance {{ get; }} = new();");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override {typeName} Read(ref {JsonCode.Reader} reader, global::System.Type typeToConvert, {JsonCode.Options} options)");
        writer.WriteLine("    => ReadValue(ref reader, options);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override void Write({JsonCode.Writer} writer, {typeName} value, {JsonCode.Options} options)");
        writer.WriteLine("    => WriteValue(writer, value, options);");
        writer.WriteLine();
    }

    public static string ConverterAttribute(string typeName)
        => $"[global::System.Text.Json.Serialization.JsonConverter(typeof({JsonCode.ConverterName(typeName)}))]";
}
