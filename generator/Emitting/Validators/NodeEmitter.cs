using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model.Validation;
using static ContractKit.Generator.Emitting.Validators.ValidatorCode;

namespace ContractKit.Generator.Emitting.Validators;

/// <summary>
/// Writes the method that checks one node. The reader enters on the value's first token and leaves on its last,
/// like a converter. Keywords that look at the whole value (enum, applicators) run first on copies of the reader;
/// then one switch on the token checks the type and the keywords of that type while moving through the value.
/// Split by concern: .Composition writes the applicators, .Values the keywords of each JSON type.
/// </summary>
internal static partial class NodeEmitter
{
    /// <param name="parameters">The node methods' signature (<see cref="Parameters"/>), or a leaf's second one
    /// (<see cref="ReaderParameters"/>).</param>
    public static void Emit(SourceWriter writer, ValidatorNode node, StaticFields fields, NodeInlining inlining, string parameters = Parameters)
    {
        writer.WriteLine($"/// <summary>Checks a value against <c>{XmlDoc.Escape(XmlDoc.OneLine(node.Pointer))}</c>.</summary>");
        if (NodeInlining.IsLeaf(node) && node.Enum is not { Count: > 8 })
        {
            // A small leaf used in several places (a component enum): the JIT may copy it into each, as the
            // generator does for a leaf used once.
            writer.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        }
        writer.OpenBlock($"private static void {Method(node.Name)}{parameters}");
        EmitBody(writer, node, fields, inlining);
        writer.CloseBlock();
    }

    /// <summary>
    /// Checks the value the reader is on against <paramref name="node"/>: in place when it is a leaf used only here
    /// (see <see cref="NodeInlining"/>), otherwise by calling its method.
    /// </summary>
    internal static void EmitValue(SourceWriter writer, string node, StaticFields fields, NodeInlining inlining)
    {
        if (inlining.InPlace(node) is { } leaf)
        {
            writer.WriteLine("// " + XmlDoc.OneLine(leaf.Pointer));
            EmitBody(writer, leaf, fields, inlining);
        }
        else
        {
            writer.WriteLine($"{Method(node)}(ref reader, ref state);");
        }
    }

    private static void EmitBody(SourceWriter writer, ValidatorNode node, StaticFields fields, NodeInlining inlining)
    {
        if (node.Enum is { } values)
        {
            EmitEnum(writer, node, values, fields);
        }
        if (node.Composition is { } composition && IsDispatchOnly(node, composition))
        {
            // The chosen alternative reads the value itself: nothing else here needs to read it again.
            EmitUnion(writer, composition.OneOf.Count > 0 ? composition.OneOf : composition.AnyOf,
                composition.OneOf.Count > 0 ? "oneOf" : "anyOf", composition.Discriminator, consume: true, fields, node.Name);
            return;
        }
        if (node.Composition is { } applicators)
        {
            EmitComposition(writer, applicators, fields, node.Name);
        }
        EmitTypeSwitch(writer, node, fields, inlining);
    }

    /// <summary>A discriminated union and nothing else (<c>MessageContent</c>, <c>GuestIdentifier</c>).</summary>
    internal static bool IsDispatchOnly(ValidatorNode node, CompositionRules composition)
        => composition.Discriminator is not null && composition.AllOf.Count == 0 && composition.Not is null
           && (composition.OneOf.Count == 0 || composition.AnyOf.Count == 0)
           && node.Enum is null && node.Types == JsonTypes.Any && node.Object is null && node.Array is null
           && node.String is null && node.Number is null && node.NotFutureSkew is null;

    private static void EmitEnum(SourceWriter writer, ValidatorNode node, Model.EquatableArray<string> values, StaticFields fields)
    {
        var keyword = node.EnumIsConst ? "const" : "enum";
        var listed = string.Join(", ", values);
        var message = node.EnumIsConst ? $"Must be {listed}." : $"Must be one of: {listed}.";
        string condition;
        if (values.All(v => v.StartsWith("\"", System.StringComparison.Ordinal)))
        {
            // All strings: compared on the UTF-8 bytes, without decoding the value.
            var tests = values.Select(v => $"{Checks}.TextEquals(ref reader, {CSharpLiteral.Utf8(System.Text.Json.JsonDocument.Parse(v).RootElement.GetString()!)})");
            condition = $"reader.TokenType != {Token}.String || !({string.Join(" || ", tests)})";
        }
        else
        {
            var field = fields.Add(node.Name + "Values", "string[]", "new[] { " + string.Join(", ", values.Select(CSharpLiteral.String)) + " }");
            condition = $"!{Checks}.EqualsAny(ref reader, {field})";
        }
        writer.OpenBlock($"if ({condition})");
        writer.WriteLine($"state.Fail(ref reader, \"{keyword}\", {CSharpLiteral.String(message)});");
        writer.CloseBlock();
    }

    /// <summary>
    /// One case per JSON token kind the type allows and has keywords for; the kinds the type refuses share one case,
    /// and so do the kinds it allows without keywords.
    /// </summary>
    private static void EmitTypeSwitch(SourceWriter writer, ValidatorNode node, StaticFields fields, NodeInlining inlining)
    {
        var types = node.Types;
        var allowsNumber = (types & (JsonTypes.Number | JsonTypes.Integer)) != 0;
        var checksNumber = allowsNumber && (node.Number is not null || (types & JsonTypes.Number) == 0);
        var checksString = (types & JsonTypes.String) != 0 && (node.String is not null || node.NotFutureSkew is not null);
        var refused = new List<string>();
        if ((types & JsonTypes.Object) == 0) refused.Add("StartObject");
        if ((types & JsonTypes.Array) == 0) refused.Add("StartArray");
        if ((types & JsonTypes.String) == 0) refused.Add("String");
        if (!allowsNumber) refused.Add("Number");
        if ((types & JsonTypes.Boolean) == 0) refused.AddRange(new[] { "True", "False" });
        if ((types & JsonTypes.Null) == 0) refused.Add("Null");
        var checksObject = (types & JsonTypes.Object) != 0 && node.Object is not null;
        var checksArray = (types & JsonTypes.Array) != 0 && node.Array is not null;
        if (!checksObject && !checksArray && !checksString && !checksNumber && refused.Count == 0)
        {
            writer.WriteLine("reader.Skip();");
            return;
        }
        writer.OpenBlock("switch (reader.TokenType)");
        if (checksObject)
        {
            Case(writer, new[] { "StartObject" }, () => EmitObject(writer, node.Object!, fields, inlining));
        }
        if (checksArray)
        {
            Case(writer, new[] { "StartArray" }, () => EmitArray(writer, node.Array!, fields, inlining));
        }
        if (checksString)
        {
            Case(writer, new[] { "String" }, () => EmitString(writer, node, fields));
        }
        if (checksNumber)
        {
            Case(writer, new[] { "Number" }, () => EmitNumber(writer, node));
        }
        // The reader is always on a value's first token, one of seven kinds. The kinds with neither a check nor a
        // refusal need nothing (a scalar) or a skip (an object or array); whichever of those and the refused kinds
        // is the shorter list is written out, and the other is the default.
        var handled = new[] { checksObject ? "StartObject" : null, checksArray ? "StartArray" : null, checksString ? "String" : null, checksNumber ? "Number" : null };
        var passing = new[] { "StartObject", "StartArray", "String", "Number", "True", "False", "Null" }
            .Where(kind => !refused.Contains(kind) && !handled.Contains(kind)).ToList();
        var skipsUnchecked = passing.Contains("StartObject") || passing.Contains("StartArray");
        System.Action refuse = () =>
        {
            writer.WriteLine($"state.Fail(ref reader, \"type\", {CSharpLiteral.String("Must be " + ExpectedTypes(types) + ".")});");
            writer.WriteLine("reader.Skip();");
        };
        System.Action accept = () =>
        {
            if (skipsUnchecked)
            {
                writer.WriteLine("reader.Skip();");
            }
        };
        if (refused.Count > passing.Count)
        {
            if (passing.Count > 0)
            {
                Case(writer, passing, accept);
            }
            Case(writer, new[] { "" }, refuse);
        }
        else
        {
            if (refused.Count > 0)
            {
                Case(writer, refused, refuse);
            }
            if (skipsUnchecked)
            {
                Case(writer, new[] { "" }, accept);
            }
        }
        writer.CloseBlock();
    }

    /// <summary>A switch section for the token kinds <paramref name="tokens"/>; an empty name is <c>default</c>.</summary>
    private static void Case(SourceWriter writer, IEnumerable<string> tokens, System.Action body)
    {
        foreach (var token in tokens)
        {
            writer.WriteLine(token.Length == 0 ? "default:" : $"case {Token}.{token}:");
        }
        writer.Indent();
        body();
        writer.WriteLine("break;");
        writer.Unindent();
    }

    /// <summary>"an object or null", for messages.</summary>
    internal static string ExpectedTypes(JsonTypes types)
    {
        var names = new System.Collections.Generic.List<string>();
        if ((types & JsonTypes.Object) != 0) names.Add("an object");
        if ((types & JsonTypes.Array) != 0) names.Add("an array");
        if ((types & JsonTypes.String) != 0) names.Add("a string");
        if ((types & JsonTypes.Number) != 0) names.Add("a number");
        else if ((types & JsonTypes.Integer) != 0) names.Add("an integer");
        if ((types & JsonTypes.Boolean) != 0) names.Add("a boolean");
        if ((types & JsonTypes.Null) != 0) names.Add("null");
        return names.Count switch
        {
            0 => "nothing",
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " or " + names[names.Count - 1],
        };
    }
}
