using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting.Models;

/// <summary>
/// The C# expressions that read and write a <see cref="TypeRef"/> with the runtime's JsonRead/JsonWrite and the
/// generated converters. Nested types compose as delegates, so no reflection is involved anywhere.
/// </summary>
internal static class JsonCode
{
    public const string Reader = "global::System.Text.Json.Utf8JsonReader";
    public const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    public const string Options = "global::System.Text.Json.JsonSerializerOptions";
    public const string Read = "global::ContractKit.Runtime.Json.JsonRead";
    public const string Write = "global::ContractKit.Runtime.Json.JsonWrite";

    public static string ConverterName(string typeName) => typeName + "JsonConverter";

    /// <summary>An expression reading <paramref name="type"/> at <paramref name="reader"/>'s current token.</summary>
    public static string ReadCall(TypeRef type, string reader, string options, int depth = 0)
    {
        if (type.IsNullable)
        {
            var inner = type.AsNullable(false);
            var method = inner.IsValueType ? "NullableValue" : "NullableReference";
            return $"{Read}.{method}<{inner.CSharpName}>(ref {reader}, {options}, {ReaderDelegate(inner, depth)})";
        }
        return type.Kind switch
        {
            TypeRefKind.Primitive => $"{Read}.{type.Primitive}(ref {reader}, {options})",
            TypeRefKind.Named => $"{ConverterName(type.CSharpName)}.ReadValue(ref {reader}, {options})",
            TypeRefKind.Array => $"{Read}.List<{type.Element!.Annotated}>(ref {reader}, {options}, {ReaderDelegate(type.Element!, depth)})",
            _ => $"{Read}.Dictionary<{type.Element!.Annotated}>(ref {reader}, {options}, {ReaderDelegate(type.Element!, depth)})",
        };
    }

    /// <summary>A method group or static lambda usable as a <c>JsonValueReader&lt;T&gt;</c>.</summary>
    public static string ReaderDelegate(TypeRef type, int depth)
    {
        if (!type.IsNullable && type.Kind == TypeRefKind.Primitive)
        {
            return $"{Read}.{type.Primitive}";
        }
        if (!type.IsNullable && type.Kind == TypeRefKind.Named)
        {
            return $"{ConverterName(type.CSharpName)}.ReadValue";
        }
        var r = "r" + depth;
        var o = "o" + depth;
        return $"static (ref {Reader} {r}, {Options} {o}) => {ReadCall(type, r, o, depth + 1)}";
    }

    /// <summary>A statement writing <paramref name="value"/> of <paramref name="type"/>.</summary>
    public static string WriteCall(TypeRef type, string writer, string value, string options, int depth = 0)
    {
        if (type.IsNullable)
        {
            var inner = type.AsNullable(false);
            var method = inner.IsValueType ? "NullableValue" : "NullableReference";
            return $"{Write}.{method}<{inner.CSharpName}>({writer}, {value}, {options}, {WriterDelegate(inner, depth)});";
        }
        return type.Kind switch
        {
            TypeRefKind.Primitive => $"{Write}.{type.Primitive}({writer}, {value}, {options});",
            TypeRefKind.Named => $"{ConverterName(type.CSharpName)}.WriteValue({writer}, {value}, {options});",
            TypeRefKind.Array => $"{Write}.List<{type.Element!.Annotated}>({writer}, {value}, {options}, {WriterDelegate(type.Element!, depth)});",
            _ => $"{Write}.Dictionary<{type.Element!.Annotated}>({writer}, {value}, {options}, {WriterDelegate(type.Element!, depth)});",
        };
    }

    public static string WriterDelegate(TypeRef type, int depth)
    {
        if (!type.IsNullable && type.Kind == TypeRefKind.Primitive)
        {
            return $"{Write}.{type.Primitive}";
        }
        if (!type.IsNullable && type.Kind == TypeRefKind.Named)
        {
            return $"{ConverterName(type.CSharpName)}.WriteValue";
        }
        var w = "w" + depth;
        var v = "v" + depth;
        var o = "o" + depth;
        var statement = WriteCall(type, w, v, o, depth + 1);
        return $"static ({Writer} {w}, {type.Annotated} {v}, {Options} {o}) => {statement.Substring(0, statement.Length - 1)}";
    }
}
