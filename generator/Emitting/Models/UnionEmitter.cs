using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting.Models;

/// <summary>
/// Writes a <c>oneOf</c>/<c>anyOf</c>: an abstract base when it is polymorphic (variants derive from it), otherwise
/// a wrapper that holds exactly one alternative and offers <c>TryGet…</c> for each.
/// </summary>
internal static class UnionEmitter
{
    public static void Emit(SourceWriter writer, UnionTypeSpec type)
    {
        XmlDoc.Summary(writer, type.Description, $"One of the alternatives of <c>{XmlDoc.Escape(type.SchemaPointer)}</c>.");
        writer.WriteLine(ConverterEmitter.ConverterAttribute(type.Name));
        if (type.IsPolymorphic)
        {
            writer.OpenBlock($"public abstract partial class {type.Name}");
            writer.WriteLine("/// <summary>Only the variants the spec names derive from this type.</summary>");
            writer.WriteLine($"private protected {type.Name}()");
            writer.WriteLine("{");
            writer.WriteLine("}");
            writer.CloseBlock();
        }
        else
        {
            EmitWrapper(writer, type);
        }
        ConverterEmitter.OpenConverter(writer, type.Name);
        EmitRead(writer, type);
        writer.WriteLine();
        EmitWrite(writer, type);
        writer.CloseBlock();
    }

    private static void EmitWrapper(SourceWriter writer, UnionTypeSpec type)
    {
        writer.OpenBlock($"public sealed partial class {type.Name}");
        writer.WriteLine("private readonly object value;");
        foreach (var variant in type.Variants)
        {
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Holds the <c>{variant.Label}</c> alternative.</summary>");
            var guard = variant.Type.IsValueType ? "value" : "value ?? throw new global::System.ArgumentNullException(nameof(value))";
            writer.WriteLine($"public {type.Name}({variant.Type.CSharpName} value) => this.value = {guard};");
        }
        writer.WriteLine();
        writer.WriteLine("/// <summary>The alternative held, as an object.</summary>");
        writer.WriteLine("public object Value => value;");
        foreach (var variant in type.Variants)
        {
            var t = variant.Type.CSharpName;
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Whether the <c>{variant.Label}</c> alternative is held.</summary>");
            writer.WriteLine($"public bool Is{variant.Label} => value is {t};");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Gets the <c>{variant.Label}</c> alternative when it is the one held.</summary>");
            writer.OpenBlock($"public bool TryGet{variant.Label}([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {t}{(variant.Type.IsValueType ? "" : "?")} result)");
            writer.OpenBlock($"if (value is {t} held)");
            writer.WriteLine("result = held;");
            writer.WriteLine("return true;");
            writer.CloseBlock();
            writer.WriteLine("result = default;");
            writer.WriteLine("return false;");
            writer.CloseBlock();
            if (variant.Type.Kind is TypeRefKind.Named or TypeRefKind.Primitive && variant.Type.Primitive != PrimitiveKind.Any)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>Holds the <c>{variant.Label}</c> alternative.</summary>");
                writer.WriteLine($"public static implicit operator {type.Name}({t} value) => new(value);");
            }
        }
        writer.CloseBlock();
    }

    private static void EmitRead(SourceWriter writer, UnionTypeSpec type)
    {
        writer.WriteLine($"/// <summary>Reads whichever alternative of <see cref=\"{type.Name}\"/> the JSON holds.</summary>");
        writer.OpenBlock($"public static {type.Name} ReadValue(ref {JsonCode.Reader} reader, {JsonCode.Options} options)");
        string Wrap(string value) => type.IsPolymorphic ? value : $"new {type.Name}({value})";
        if (type.DiscriminatorProperty is { } discriminator && type.Variants.Any(v => v.DiscriminatorValues.Count > 0))
        {
            writer.WriteLine($"var discriminator = global::ContractKit.Runtime.Json.JsonUnion.PeekDiscriminator(reader, {CSharpLiteral.Utf8(discriminator)});");
            writer.OpenBlock("switch (discriminator)");
            foreach (var variant in type.Variants.Where(v => v.DiscriminatorValues.Count > 0))
            {
                foreach (var value in variant.DiscriminatorValues)
                {
                    writer.WriteLine($"case {CSharpLiteral.String(value)}:");
                }
                writer.WriteLine($"    return {Wrap(JsonCode.ReadCall(variant.Type, "reader", "options"))};");
            }
            writer.CloseBlock();
            if (type.IsPolymorphic)
            {
                var known = string.Join(", ", type.Variants.SelectMany(v => v.DiscriminatorValues));
                writer.WriteLine("throw new global::System.Text.Json.JsonException(discriminator is null");
                writer.WriteLine($"    ? {CSharpLiteral.String($"The JSON object for {type.Name} lacks its discriminator \"{discriminator}\".")}");
                writer.WriteLine($"    : $\"Unknown {CSharpLiteralBody(discriminator)} value '{{discriminator}}' for {type.Name}; known: {CSharpLiteralBody(known)}.\");");
                writer.CloseBlock();
                return;
            }
        }
        // No discriminator settles it: choose by the JSON's shape, in the spec's order of alternatives.
        writer.WriteLine("var element = global::System.Text.Json.JsonElement.ParseValue(ref reader);");
        var objects = type.Variants.Count(v => v.KnownProperties.Count > 0);
        if (objects > 1)
        {
            EmitBestObject(writer, type, Wrap);
            return;
        }
        // Alternatives of one shape (two objects with the same required names) are told apart by reading.
        for (var i = 0; i < type.Variants.Count; i++)
        {
            var variant = type.Variants[i];
            var held = "option" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine($"if (global::ContractKit.Runtime.Json.JsonUnion.Fits(element, {Shape(variant)})");
            writer.OpenBlock($"    && global::ContractKit.Runtime.Json.JsonUnion.TryRead(element, options, {JsonCode.ReaderDelegate(variant.Type, 0)}, out {variant.Type.CSharpName} {held}))");
            writer.WriteLine($"return {Wrap(held)};");
            writer.CloseBlock();
        }
        writer.WriteLine($"throw global::ContractKit.Runtime.Json.JsonUnion.NoAlternativeFits(\"{type.Name}\", element);");
        writer.CloseBlock();
    }

    /// <summary>
    /// Several object alternatives (an <c>anyOf</c> of configurations): an object most of them would read is the one
    /// that declares most of its members, so that it reads back as it was written and gains no other alternative's
    /// defaults; on a tie, and for any other JSON value, the first that fits, in the spec's order.
    /// </summary>
    private static void EmitBestObject(SourceWriter writer, UnionTypeSpec type, System.Func<string, string> wrap)
    {
        writer.WriteLine("var isObject = element.ValueKind == global::System.Text.Json.JsonValueKind.Object;");
        writer.WriteLine($"{type.Name}? chosen = null;");
        writer.WriteLine("var chosenScore = -1;");
        for (var i = 0; i < type.Variants.Count; i++)
        {
            var variant = type.Variants[i];
            var held = "option" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteLine($"if (global::ContractKit.Runtime.Json.JsonUnion.Fits(element, {Shape(variant)})");
            writer.OpenBlock($"    && global::ContractKit.Runtime.Json.JsonUnion.TryRead(element, options, {JsonCode.ReaderDelegate(variant.Type, 0)}, out {variant.Type.CSharpName} {held}))");
            writer.OpenBlock("if (!isObject)");
            writer.WriteLine($"return {wrap(held)};");
            writer.CloseBlock();
            var score = variant.KnownProperties.Count == 0 ? "0" : $"global::ContractKit.Runtime.Json.JsonUnion.KnownMembers(element, {KnownField(i)})";
            writer.WriteLine($"var score{i + 1} = {score};");
            writer.OpenBlock($"if (score{i + 1} > chosenScore)");
            writer.WriteLine($"chosen = {wrap(held)};");
            writer.WriteLine($"chosenScore = score{i + 1};");
            writer.CloseBlock();
            writer.CloseBlock();
        }
        writer.WriteLine($"return chosen ?? throw global::ContractKit.Runtime.Json.JsonUnion.NoAlternativeFits(\"{type.Name}\", element);");
        writer.CloseBlock();
        writer.WriteLine();
        for (var i = 0; i < type.Variants.Count; i++)
        {
            if (type.Variants[i].KnownProperties.Count > 0)
            {
                writer.WriteLine($"private static readonly string[] {KnownField(i)} = new[] {{ {string.Join(", ", type.Variants[i].KnownProperties.Select(CSharpLiteral.String))} }};");
            }
        }
    }

    private static string KnownField(int index) => "Option" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "Members";

    private static void EmitWrite(SourceWriter writer, UnionTypeSpec type)
    {
        writer.WriteLine($"/// <summary>Writes the alternative held.</summary>");
        writer.OpenBlock($"public static void WriteValue({JsonCode.Writer} writer, {type.Name} value, {JsonCode.Options} options)");
        writer.OpenBlock(type.IsPolymorphic ? "switch (value)" : "switch (value.Value)");
        foreach (var variant in type.Variants)
        {
            writer.WriteLine($"case {variant.Type.CSharpName} held:");
            writer.WriteLine("    " + JsonCode.WriteCall(variant.Type, "writer", "held", "options"));
            writer.WriteLine("    break;");
        }
        writer.WriteLine("default:");
        writer.WriteLine($"    throw new global::System.Text.Json.JsonException(\"{type.Name} holds a value of a type the spec does not list.\");");
        writer.CloseBlock();
        writer.CloseBlock();
    }

    /// <summary>The arguments of JsonUnion.Fits for an alternative: its shape and, for objects, required names.</summary>
    private static string Shape(UnionVariantSpec variant)
    {
        var shape = "global::ContractKit.Runtime.Json.JsonShape." + variant.Shape;
        return variant.RequiredProperties.Count == 0
            ? shape
            : shape + ", " + string.Join(", ", variant.RequiredProperties.Select(CSharpLiteral.String));
    }

    private static string CSharpLiteralBody(string text)
    {
        var literal = CSharpLiteral.String(text);
        return literal.Substring(1, literal.Length - 2).Replace("{", "{{").Replace("}", "}}");
    }
}
