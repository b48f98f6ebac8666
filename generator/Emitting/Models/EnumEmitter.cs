using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting.Models;

/// <summary>
/// Writes an enum as a readonly struct over its raw value: known values are static members, unknown ones survive
/// a round trip unchanged (a C# enum would lose them or fail).
/// </summary>
internal static class EnumEmitter
{
    public static void Emit(SourceWriter writer, EnumTypeSpec type, string @namespace)
    {
        var isString = type.Underlying == PrimitiveKind.String;
        var raw = isString ? "string" : "long";
        XmlDoc.Summary(writer, type.Description, $"The <c>{XmlDoc.Escape(type.SchemaPointer)}</c> enum.");
        writer.WriteLine(ConverterEmitter.ConverterAttribute(type.Name));
        writer.OpenBlock($"public readonly partial struct {type.Name} : global::System.IEquatable<{type.Name}>");
        if (isString)
        {
            writer.WriteLine("private readonly string? value;");
        }
        else
        {
            writer.WriteLine("private readonly long value;");
        }
        writer.WriteLine();
        writer.WriteLine("/// <summary>Wraps a raw value, known to the spec or not.</summary>");
        writer.WriteLine(isString
            ? $"public {type.Name}(string value) => this.value = value ?? throw new global::System.ArgumentNullException(nameof(value));"
            : $"public {type.Name}(long value) => this.value = value;");
        foreach (var member in type.Members)
        {
            writer.WriteLine();
            XmlDoc.Summary(writer, member.Description, $"<c>{XmlDoc.Escape(member.Literal)}</c>");
            if (member.Description is not null)
            {
                writer.WriteLine($"/// <value><c>{XmlDoc.OneLine(XmlDoc.Escape(member.Literal))}</c></value>");
            }
            var literal = isString ? CSharpLiteral.String(member.Literal) : member.Literal + "L";
            writer.WriteLine($"public static {type.Name} {member.CSharpName} {{ get; }} = new({literal});");
        }
        writer.WriteLine();
        writer.WriteLine("/// <summary>The raw value as it stands in JSON.</summary>");
        writer.WriteLine(isString ? "public string Value => value ?? \"\";" : "public long Value => value;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Whether the spec lists this value.</summary>");
        var known = type.Members.Count == 0
            ? "false"
            : string.Join(" or ", type.Members.Select(m => isString ? CSharpLiteral.String(m.Literal) : m.Literal + "L"));
        writer.WriteLine(type.Members.Count == 0 ? "public bool IsKnown => false;" : $"public bool IsKnown => Value is {known};");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(isString
            ? $"public bool Equals({type.Name} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);"
            : $"public bool Equals({type.Name} other) => Value == other.Value;");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine($"public override bool Equals(object? obj) => obj is {type.Name} other && Equals(other);");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(isString
            ? "public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);"
            : "public override int GetHashCode() => Value.GetHashCode();");
        writer.WriteLine();
        writer.WriteLine("/// <inheritdoc/>");
        writer.WriteLine(isString
            ? "public override string ToString() => Value;"
            : "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Compares raw values.</summary>");
        writer.WriteLine($"public static bool operator ==({type.Name} left, {type.Name} right) => left.Equals(right);");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Compares raw values.</summary>");
        writer.WriteLine($"public static bool operator !=({type.Name} left, {type.Name} right) => !left.Equals(right);");
        writer.CloseBlock();

        ConverterEmitter.OpenConverter(writer, type.Name);
        writer.WriteLine($"/// <summary>Reads the raw value; an unknown value is kept, not rejected.</summary>");
        if (isString)
        {
            // Known values are matched on the UTF-8 bytes and share one instance: no string per value read.
            writer.OpenBlock($"public static {type.Name} ReadValue(ref {JsonCode.Reader} reader, {JsonCode.Options} options)");
            writer.WriteLine($"{JsonCode.Read}.Expect(ref reader, global::System.Text.Json.JsonTokenType.String, \"a string for {type.Name}\");");
            foreach (var member in type.Members)
            {
                writer.OpenBlock($"if (reader.ValueTextEquals({CSharpLiteral.Utf8(member.Literal)}))");
                // Qualified: inside the converter, a type named Type would be JsonConverter<T>.Type.
                writer.WriteLine($"return global::{@namespace}.{type.Name}.{member.CSharpName};");
                writer.CloseBlock();
            }
            writer.WriteLine("return new(reader.GetString()!);");
            writer.CloseBlock();
        }
        else
        {
            writer.WriteLine($"public static {type.Name} ReadValue(ref {JsonCode.Reader} reader, {JsonCode.Options} options)");
            writer.WriteLine($"    => new({JsonCode.Read}.Int64(ref reader, options));");
        }
        writer.WriteLine();
        writer.WriteLine("/// <summary>Writes the raw value.</summary>");
        writer.WriteLine($"public static void WriteValue({JsonCode.Writer} writer, {type.Name} value, {JsonCode.Options} options)");
        writer.WriteLine(isString ? "    => writer.WriteStringValue(value.Value);" : "    => writer.WriteNumberValue(value.Value);");
        writer.CloseBlock();
    }
}
