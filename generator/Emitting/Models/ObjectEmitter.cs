using System.Globalization;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;

namespace ContractKit.Generator.Emitting.Models;

/// <summary>Writes a class for an object schema and its converter.</summary>
internal static class ObjectEmitter
{
    public static void Emit(SourceWriter writer, ObjectTypeSpec type)
    {
        XmlDoc.Summary(writer, type.Description, $"The <c>{XmlDoc.Escape(type.SchemaPointer)}</c> schema.");
        writer.WriteLine(ConverterEmitter.ConverterAttribute(type.Name));
        var baseList = type.BaseName is null ? "" : " : " + type.BaseName;
        writer.OpenBlock($"public sealed partial class {type.Name}{baseList}");
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.WriteLine();
            }
            first = false;
            XmlDoc.Summary(writer, property.Description, $"The <c>{XmlDoc.Escape(property.JsonName)}</c> property.");
            if (property.IsDeprecated)
            {
                writer.WriteLine("/// <remarks>Deprecated in the spec.</remarks>");
            }
            if (property.TracksPresence)
            {
                EmitPresenceTrackedProperty(writer, property);
                continue;
            }
            if (property.IsConstant)
            {
                writer.WriteLine($"public {property.Type.Annotated} {property.CSharpName} => {property.DefaultLiteral};");
                continue;
            }
            var required = property.IsRequired ? "required " : "";
            var initializer = property.DefaultLiteral is null ? "" : $" = {property.DefaultLiteral};";
            writer.WriteLine($"public {required}{property.Type.Annotated} {property.CSharpName} {{ get; init; }}{initializer}");
            if (property.RemembersAbsentDefault)
            {
                writer.WriteLine();
                writer.WriteLine($"/// <summary>The JSON this was read from left <see cref=\"{property.CSharpName}\"/> out, so it holds the default and is not written back (read by the converter).</summary>");
                writer.WriteLine($"internal bool {AbsenceField(property)};");
            }
        }
        if (type.ExtensionData is { } extension)
        {
            if (!first)
            {
                writer.WriteLine();
            }
            writer.WriteLine("/// <summary>Properties the spec does not name, kept so that a round trip loses nothing.</summary>");
            writer.WriteLine($"public {TypeRef.MapOf(extension).CSharpName}? AdditionalProperties {{ get; init; }}");
        }
        writer.CloseBlock();

        ConverterEmitter.OpenConverter(writer, type.Name);
        EmitRead(writer, type);
        writer.WriteLine();
        EmitWrite(writer, type);
        writer.CloseBlock();
    }

    /// <summary>
    /// An optional property that may be null: setting it, even to null, is remembered, so that an explicit
    /// <c>null</c> in JSON is written back as <c>null</c> and an absent property stays absent.
    /// </summary>
    private static void EmitPresenceTrackedProperty(SourceWriter writer, PropertySpec property)
    {
        var field = BackingField(property);
        writer.OpenBlock($"public {property.Type.Annotated} {property.CSharpName}");
        writer.WriteLine($"get => {field};");
        writer.OpenBlock("init");
        writer.WriteLine($"{field} = value;");
        writer.WriteLine($"{PresenceField(property)} = true;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine($"private readonly {property.Type.Annotated} {field};");
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Whether <see cref=\"{property.CSharpName}\"/> was set, to null or not (read by the converter).</summary>");
        writer.WriteLine($"internal bool {PresenceField(property)};");
    }

    // Generated property names hold only letters and digits, so these can never clash with another member.
    private static string BackingField(PropertySpec property) => "_" + char.ToLowerInvariant(property.CSharpName[0]) + property.CSharpName.Substring(1);

    internal static string PresenceField(PropertySpec property) => BackingField(property) + "_isSet";

    internal static string AbsenceField(PropertySpec property) => BackingField(property) + "_wasAbsent";

    private static void EmitRead(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.WriteLine($"/// <summary>Reads a <see cref=\"{type.Name}\"/> from the JSON object at the reader.</summary>");
        writer.OpenBlock($"public static {type.Name} ReadValue(ref {JsonCode.Reader} reader, {JsonCode.Options} options)");
        writer.WriteLine($"{JsonCode.Read}.Expect(ref reader, global::System.Text.Json.JsonTokenType.StartObject, \"an object for {type.Name}\");");
        EmitLocals(writer, type, property => !property.IsConstant && property.ReadNotesPresence);
        writer.OpenBlock($"while ({JsonCode.Read}.Next(ref reader) != global::System.Text.Json.JsonTokenType.EndObject)");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            writer.OpenBlock($"{(i == 0 ? "" : "else ")}if (reader.ValueTextEquals({CSharpLiteral.Utf8(property.JsonName)}))");
            writer.WriteLine($"{JsonCode.Read}.Next(ref reader);");
            if (property.IsConstant)
            {
                writer.WriteLine("reader.Skip(); // the discriminator, already matched to choose this type");
                writer.CloseBlock();
                continue;
            }
            writer.WriteLine($"{Local(i)} = {JsonCode.ReadCall(property.Type, "reader", "options")};");
            if (property.ReadNotesPresence)
            {
                writer.WriteLine($"{Seen(i)} = true;");
            }
            writer.CloseBlock();
        }
        if (type.Properties.Count > 0)
        {
            writer.OpenBlock("else");
        }
        if (type.ExtensionData is { } extensionType)
        {
            writer.WriteLine("var name = reader.GetString()!;");
            writer.WriteLine($"{JsonCode.Read}.Next(ref reader);");
            writer.WriteLine("additionalProperties ??= new global::System.Collections.Generic.Dictionary<string, " + extensionType.Annotated + ">(global::System.StringComparer.Ordinal);");
            writer.WriteLine($"additionalProperties[name] = {JsonCode.ReadCall(extensionType, "reader", "options")};");
        }
        else
        {
            writer.WriteLine("// additionalProperties: false — the validators report unknown properties; the model has no place for them.");
            writer.WriteLine($"{JsonCode.Read}.Next(ref reader);");
            writer.WriteLine("reader.Skip();");
        }
        if (type.Properties.Count > 0)
        {
            writer.CloseBlock();
        }
        writer.CloseBlock();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            if (property.IsRequired)
            {
                writer.OpenBlock($"if (!{Seen(i)})");
                writer.WriteLine($"throw {JsonCode.Read}.MissingProperty(\"{type.Name}\", {CSharpLiteral.String(property.JsonName)});");
                writer.CloseBlock();
            }
        }
        EmitResult(writer, type, type.Name);
        writer.CloseBlock();
    }

    /// <summary>
    /// The locals a read fills: <c>p{i}</c> per property, starting at its default, and <c>seen{i}</c> where
    /// <paramref name="tracked"/> says its presence matters (shared with the one-pass readers).
    /// </summary>
    internal static void EmitLocals(SourceWriter writer, ObjectTypeSpec type, System.Func<PropertySpec, bool> tracked)
    {
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            if (!property.IsConstant)
            {
                var initial = property.DefaultLiteral ?? (property.Type.IsValueType || property.Type.IsNullable ? "default" : "default!");
                writer.WriteLine($"{property.Type.Annotated} {Local(i)} = {initial}; // {XmlDoc.OneLine(property.JsonName)}");
            }
            if (tracked(property))
            {
                writer.WriteLine($"var {Seen(i)} = false;");
            }
        }
        if (type.ExtensionData is { } extension)
        {
            writer.WriteLine($"global::System.Collections.Generic.Dictionary<string, {extension.Annotated}>? additionalProperties = null;");
        }
    }

    /// <summary>The model built from the locals <see cref="EmitLocals"/> declared, returned.</summary>
    internal static void EmitResult(SourceWriter writer, ObjectTypeSpec type, string typeName)
    {
        writer.WriteLine($"var result = new {typeName}");
        writer.WriteLine("{");
        writer.Indent();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            if (!type.Properties[i].IsConstant)
            {
                writer.WriteLine($"{type.Properties[i].CSharpName} = {Local(i)},");
            }
        }
        if (type.ExtensionData is not null)
        {
            writer.WriteLine("AdditionalProperties = additionalProperties,");
        }
        writer.Unindent();
        writer.WriteLine("};");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            if (type.Properties[i].TracksPresence)
            {
                writer.WriteLine($"result.{PresenceField(type.Properties[i])} = {Seen(i)};");
            }
            else if (type.Properties[i].RemembersAbsentDefault)
            {
                writer.WriteLine($"result.{AbsenceField(type.Properties[i])} = !{Seen(i)};");
            }
        }
        writer.WriteLine("return result;");
    }

    private static void EmitWrite(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.WriteLine($"/// <summary>Writes a <see cref=\"{type.Name}\"/> as a JSON object.</summary>");
        writer.OpenBlock($"public static void WriteValue({JsonCode.Writer} writer, {type.Name} value, {JsonCode.Options} options)");
        writer.WriteLine("writer.WriteStartObject();");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var writeName = $"writer.WritePropertyName({CSharpLiteral.Utf8(property.JsonName)});";
            // Written when it was set (presence tracked), or unless the JSON it was read from left it out (a default).
            var writtenWhen = property.TracksPresence ? $"value.{PresenceField(property)}"
                : property.RemembersAbsentDefault ? $"!value.{AbsenceField(property)}"
                : null;
            if (writtenWhen is not null)
            {
                writer.OpenBlock($"if ({writtenWhen})");
                writer.WriteLine(writeName);
                writer.WriteLine(JsonCode.WriteCall(property.Type, "writer", $"value.{property.CSharpName}", "options"));
                writer.CloseBlock();
                continue;
            }
            if (property.IsRequired || property.DefaultLiteral is not null)
            {
                writer.WriteLine(writeName);
                writer.WriteLine(JsonCode.WriteCall(property.Type, "writer", $"value.{property.CSharpName}", "options"));
                continue;
            }
            // Optional: absent when null.
            writer.OpenBlock($"if (value.{property.CSharpName} is {{ }} {Local(i)})");
            writer.WriteLine(writeName);
            writer.WriteLine(JsonCode.WriteCall(property.Type.AsNullable(false), "writer", Local(i), "options"));
            writer.CloseBlock();
        }
        if (type.ExtensionData is { } extension)
        {
            writer.OpenBlock("if (value.AdditionalProperties is { } additionalProperties)");
            writer.OpenBlock("foreach (var entry in additionalProperties)");
            writer.WriteLine("writer.WritePropertyName(entry.Key);");
            writer.WriteLine(JsonCode.WriteCall(extension, "writer", "entry.Value", "options"));
            writer.CloseBlock();
            writer.CloseBlock();
        }
        writer.WriteLine("writer.WriteEndObject();");
        writer.CloseBlock();
    }

    internal static string Local(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);

    internal static string Seen(int index) => "seen" + index.ToString(CultureInfo.InvariantCulture);

    // Locals are numbered (p0, seen0), not named after properties: a property may be called `reader`, `options`
    // or a C# keyword, and numbered names can collide with nothing. Each declaration says which property it holds.
}
