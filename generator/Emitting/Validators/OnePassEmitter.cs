using System.Globalization;
using System.Linq;
using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Validation;
using static ContractKit.Generator.Emitting.Validators.ValidatorCode;

namespace ContractKit.Generator.Emitting.Validators;

/// <summary>
/// Writes <c>ReadChecked{Type}</c>: a converter's read and a node's check in one walk, for the types
/// <see cref="OnePassPlan"/> picks. Each value is checked where the reader stands, then read; a member whose type has
/// a reader of its own is read and checked by it. The state is in probe mode (the fast path of
/// <c>JsonValidator.ReadValidated</c>): failures are counted, so a failing document is walked again by the validator,
/// which says what and where. The checks and the work budget's steps are the node's, so both walks agree.
/// </summary>
internal static class OnePassEmitter
{
    public const string Parameters = "(ref " + Reader + " reader, ref " + State + " state, " + JsonCode.Options + " options)";

    public static string Method(string typeName) => "ReadChecked" + typeName;

    public static void Emit(SourceWriter writer, TypeSpec type, ValidatorNode node, OnePassPlan plan, string @namespace, StaticFields fields, NodeInlining inlining)
    {
        var model = $"global::{@namespace}.{type.Name}";
        writer.WriteLine($"/// <summary>Reads a <see cref=\"{model}\"/> and checks it against <c>{XmlDoc.Escape(XmlDoc.OneLine(node.Pointer))}</c> in one pass.</summary>");
        writer.OpenBlock($"private static {model} {Method(type.Name)}{Parameters}");
        switch (type)
        {
            case ObjectTypeSpec objectType:
                EmitObject(writer, objectType, node.Object!, model, plan, fields, inlining);
                break;
            case UnionTypeSpec union:
                EmitUnion(writer, union, node, plan, @namespace, fields);
                break;
        }
        writer.CloseBlock();
    }

    private static void EmitObject(SourceWriter writer, ObjectTypeSpec type, ObjectRules rules, string model, OnePassPlan plan, StaticFields fields, NodeInlining inlining)
    {
        writer.OpenBlock($"if (reader.TokenType != {Token}.StartObject)");
        writer.WriteLine("state.Fail(ref reader, \"type\", \"Must be an object.\");");
        writer.WriteLine("reader.Skip();");
        writer.WriteLine("return default!;");
        writer.CloseBlock();
        var counted = rules.MinProperties is not null || rules.MaxProperties is not null;
        if (counted)
        {
            writer.WriteLine("var count = 0;");
        }
        ObjectEmitter.EmitLocals(writer, type, property => property.ReadNotesPresence || Rule(rules, property).IsRequired);
        writer.OpenBlock($"while (reader.Read() && reader.TokenType == {Token}.PropertyName)");
        if (counted)
        {
            writer.WriteLine("count++;");
        }
        writer.OpenBlock($"switch ({Checks}.NameLength(ref reader))");
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var property = type.Properties[i];
            var rule = Rule(rules, property);
            writer.WriteLine(NodeEmitter.MemberCase(rule));
            writer.Indent();
            writer.WriteLine("reader.Read();");
            if (property.ReadNotesPresence || rule.IsRequired)
            {
                writer.WriteLine($"{Seen(i)} = true;");
            }
            EmitMember(writer, property, rule, i, plan, fields, inlining);
            writer.WriteLine("break;");
            writer.Unindent();
        }
        writer.WriteLine("default:");
        writer.Indent();
        if (type.ExtensionData is { } kept)
        {
            writer.WriteLine("var name = reader.GetString()!;");
            if (rules.Additional == AdditionalMembers.Checked)
            {
                writer.WriteLine("reader.Read();");
                CheckInPlace(writer, rules.AdditionalNode!, plan, fields, inlining);
            }
            else
            {
                writer.WriteLine("reader.Read();");
            }
            writer.WriteLine($"additionalProperties ??= new global::System.Collections.Generic.Dictionary<string, {kept.Annotated}>(global::System.StringComparer.Ordinal);");
            writer.WriteLine($"additionalProperties[name] = {JsonCode.ReadCall(kept, "reader", "options")};");
        }
        else if (rules.Additional == AdditionalMembers.Checked)
        {
            writer.WriteLine("reader.Read();");
            CheckInPlace(writer, rules.AdditionalNode!, plan, fields, inlining);
            writer.WriteLine("reader.Skip();");
        }
        else
        {
            NodeEmitter.EmitAdditional(writer, rules, fields, inlining);
        }
        writer.WriteLine("break;");
        writer.Unindent();
        writer.CloseBlock();
        writer.CloseBlock();
        for (var i = 0; i < type.Properties.Count; i++)
        {
            var name = type.Properties[i].JsonName;
            if (Rule(rules, type.Properties[i]).IsRequired)
            {
                writer.OpenBlock($"if (!{Seen(i)})");
                writer.WriteLine($"state.FailMember(ref reader, {CSharpLiteral.String(name)}, \"required\", {CSharpLiteral.String($"Property '{name}' is required.")});");
                writer.WriteLine("return default!;");
                writer.CloseBlock();
            }
            else if (type.Properties[i].IsRequired)
            {
                // The model needs it though the schema does not: the converter would refuse what the validator allows.
                writer.OpenBlock($"if (!{Seen(i)})");
                writer.WriteLine($"throw {JsonCode.Read}.MissingProperty(\"{type.Name}\", {CSharpLiteral.String(name)});");
                writer.CloseBlock();
            }
        }
        if (rules.MinProperties is { } min)
        {
            writer.OpenBlock($"if (count < {min.ToString(CultureInfo.InvariantCulture)})");
            writer.WriteLine($"state.Fail(ref reader, \"minProperties\", \"Must have at least {min.ToString(CultureInfo.InvariantCulture)} members.\");");
            writer.CloseBlock();
        }
        if (rules.MaxProperties is { } max)
        {
            writer.OpenBlock($"if (count > {max.ToString(CultureInfo.InvariantCulture)})");
            writer.WriteLine($"state.Fail(ref reader, \"maxProperties\", \"Must have at most {max.ToString(CultureInfo.InvariantCulture)} members.\");");
            writer.CloseBlock();
        }
        ObjectEmitter.EmitResult(writer, type, model);
    }

    /// <summary>One member's value: checked and read by the reader of its type, or checked here and read by its converter.</summary>
    private static void EmitMember(SourceWriter writer, PropertySpec property, PropertyRule rule, int index, OnePassPlan plan, StaticFields fields, NodeInlining inlining)
    {
        if (property.IsConstant)
        {
            // A variant's own discriminator: the model has no place for it, but the schema still checks it.
            if (rule.Node is not null)
            {
                CheckInPlace(writer, rule.Node, plan, fields, inlining);
            }
            writer.WriteLine("reader.Skip();");
            return;
        }
        if (plan.HasReader(property.Type, rule.Node))
        {
            writer.WriteLine($"{Local(index)} = {Method(property.Type.CSharpName)}(ref reader, ref state, options);");
            return;
        }
        if (plan.ListWithReader(property.Type, rule.Node) is { } list)
        {
            var element = property.Type.Element!;
            var minItems = list.MinItems?.ToString(CultureInfo.InvariantCulture) ?? "0";
            var maxItems = list.MaxItems?.ToString(CultureInfo.InvariantCulture) ?? "int.MaxValue";
            writer.WriteLine($"{Local(index)} = {RuntimeNamespace}.JsonCheckedRead.List<{element.Annotated}>(ref reader, ref state, options, {Method(element.CSharpName)}, {minItems}, {maxItems});");
            return;
        }
        if (rule.Node is not null)
        {
            CheckInPlace(writer, rule.Node, plan, fields, inlining);
        }
        writer.WriteLine($"{Local(index)} = {JsonCode.ReadCall(property.Type, "reader", "options")};");
    }

    /// <summary>
    /// Checks the value the reader is on, leaving the reader there for the converter. A leaf of scalars checks it in
    /// place: it moves the reader only to step over a value of the wrong type, when the walk has failed anyway. A
    /// leaf that accepts objects or arrays steps over them, so the reader is put back after it. Anything else checks
    /// a copy.
    /// </summary>
    private static void CheckInPlace(SourceWriter writer, string node, OnePassPlan plan, StaticFields fields, NodeInlining inlining)
    {
        var leaf = plan.Node(node);
        if (NodeInlining.IsLeaf(leaf) && (leaf.Types & (JsonTypes.Object | JsonTypes.Array)) == 0)
        {
            NodeEmitter.EmitValue(writer, node, fields, inlining);
            return;
        }
        if (NodeInlining.IsLeaf(leaf))
        {
            writer.OpenBlock();
            writer.WriteLine("var start = reader;");
            NodeEmitter.EmitValue(writer, node, fields, inlining);
            writer.WriteLine("reader = start;");
            writer.CloseBlock();
            return;
        }
        writer.OpenBlock();
        writer.WriteLine("var copy = state.ScannerAt(ref reader);");
        writer.WriteLine($"{ValidatorCode.Method(node)}(ref copy, ref state);");
        writer.WriteLine(ValidatorCode.ChargeCopy);
        writer.CloseBlock();
    }

    /// <summary>
    /// The discriminator picks the alternative, as in the node; each is read by its own reader when it has one. A
    /// value that is not an object is checked, then read, as a whole.
    /// </summary>
    private static void EmitUnion(SourceWriter writer, UnionTypeSpec type, ValidatorNode node, OnePassPlan plan, string @namespace, StaticFields fields)
    {
        var discriminator = node.Composition!.Discriminator!;
        var converter = JsonCode.ConverterName(type.Name);
        string Wrap(string value) => type.IsPolymorphic ? value : $"new global::{@namespace}.{type.Name}({value})";
        writer.OpenBlock($"if (reader.TokenType != {Token}.StartObject)");
        writer.OpenBlock();
        writer.WriteLine("var copy = state.ScannerAt(ref reader);");
        writer.WriteLine($"{ValidatorCode.Method(node.Name)}(ref copy, ref state);");
        writer.WriteLine(ValidatorCode.ChargeCopy);
        writer.CloseBlock();
        writer.WriteLine($"return {converter}.ReadValue(ref reader, options);");
        writer.CloseBlock();
        var cases = fields.Add(node.Name + "Cases", "byte[][]",
            "new[] { " + string.Join(", ", discriminator.Cases.Select(c => CSharpLiteral.Utf8(c.Value) + ".ToArray()")) + " }");
        writer.OpenBlock($"switch ({RuntimeNamespace}.JsonDiscriminator.Find(ref reader, ref state, {CSharpLiteral.Utf8(discriminator.Property)}, {cases}))");
        for (var i = 0; i < discriminator.Cases.Count; i++)
        {
            var @case = discriminator.Cases[i];
            var variant = type.Variants.Single(v => v.DiscriminatorValues.Contains(@case.Value));
            writer.WriteLine($"case {i.ToString(CultureInfo.InvariantCulture)}:");
            writer.Indent();
            if (plan.HasReader(variant.Type, @case.Node))
            {
                writer.WriteLine($"return {Wrap($"{Method(variant.Type.CSharpName)}(ref reader, ref state, options)")};");
            }
            else
            {
                if (@case.Node is not null)
                {
                    writer.OpenBlock();
                    writer.WriteLine("var copy = state.ScannerAt(ref reader);");
                    writer.WriteLine($"{ValidatorCode.Method(@case.Node)}(ref copy, ref state);");
                    writer.WriteLine(ValidatorCode.ChargeCopy);
                    writer.CloseBlock();
                }
                writer.WriteLine($"return {Wrap(JsonCode.ReadCall(variant.Type, "reader", "options"))};");
            }
            writer.Unindent();
        }
        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine($"state.FailMember(ref reader, {CSharpLiteral.String(discriminator.Property)}, \"discriminator\", \"Names no alternative.\");");
        writer.WriteLine("reader.Skip();");
        writer.WriteLine("return default!;");
        writer.Unindent();
        writer.CloseBlock();
    }

    private static PropertyRule Rule(ObjectRules rules, PropertySpec property)
        => rules.Properties.First(p => p.JsonName == property.JsonName);

    private static string Local(int index) => ObjectEmitter.Local(index);

    private static string Seen(int index) => ObjectEmitter.Seen(index);
}
