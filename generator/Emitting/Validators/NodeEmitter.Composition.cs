using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Validation;
using static ContractKit.Generator.Emitting.Validators.ValidatorCode;

namespace ContractKit.Generator.Emitting.Validators;

internal static partial class NodeEmitter
{
    /// <summary>
    /// allOf: every member checks a copy of the reader and reports its own errors. anyOf/oneOf: with a discriminator,
    /// its value picks the one alternative to check; without, each alternative is tried as a probe (failures counted,
    /// not reported) and the union reports one error if the count of matches is wrong. not: a probe that must fail.
    /// </summary>
    private static void EmitComposition(SourceWriter writer, CompositionRules rules, StaticFields fields, string owner)
    {
        foreach (var member in rules.AllOf.Where(m => m.Node is not null))
        {
            writer.OpenBlock();
            writer.WriteLine("var copy = reader;");
            writer.WriteLine($"{Method(member.Node!)}(ref copy, ref state);");
            writer.WriteLine(ChargeCopy);
            writer.CloseBlock();
        }
        if (rules.OneOf.Count > 0)
        {
            EmitUnion(writer, rules.OneOf, "oneOf", rules.Discriminator, consume: false, fields, owner);
        }
        if (rules.AnyOf.Count > 0)
        {
            EmitUnion(writer, rules.AnyOf, "anyOf", rules.OneOf.Count > 0 ? null : rules.Discriminator, consume: false, fields, owner);
        }
        if (rules.Not is { } not)
        {
            if (not.Node is null)
            {
                writer.WriteLine("state.Fail(ref reader, \"not\", \"Must not be present: the schema under 'not' accepts every value.\");");
            }
            else
            {
                writer.OpenBlock();
                writer.WriteLine("var copy = reader;");
                writer.WriteLine("var mark = state.BeginProbe();");
                writer.WriteLine($"{Method(not.Node)}(ref copy, ref state);");
                writer.WriteLine(ChargeCopy);
                writer.OpenBlock("if (state.EndProbe(mark))");
                writer.WriteLine("state.Fail(ref reader, \"not\", \"Must not match the schema under 'not'.\");");
                writer.CloseBlock();
                writer.CloseBlock();
            }
        }
    }

    /// <param name="consume">The union is all the node checks: the chosen alternative reads the value with the
    /// node's own reader (no copy, no second pass), and every other branch steps over the value.</param>
    private static void EmitUnion(SourceWriter writer, EquatableArray<NodeRef> alternatives, string keyword, DiscriminatorRule? discriminator, bool consume, StaticFields fields, string owner)
    {
        if (discriminator is null)
        {
            EmitTrial(writer, alternatives, keyword);
            return;
        }
        // An object is dispatched on its discriminator; any other value (null, a wrong type) is tried against each.
        writer.OpenBlock($"if (reader.TokenType == {Token}.StartObject)");
        EmitDispatch(writer, discriminator, consume, fields, owner);
        writer.CloseBlock();
        writer.OpenBlock("else");
        EmitTrial(writer, alternatives, keyword);
        if (consume)
        {
            writer.WriteLine("reader.Skip();");
        }
        writer.CloseBlock();
    }

    /// <summary>
    /// A switch on the index of the case the discriminator's value names (<c>JsonDiscriminator.Find</c>); the case
    /// values are a static field of UTF-8 texts, in the order of the cases.
    /// </summary>
    private static void EmitDispatch(SourceWriter writer, DiscriminatorRule discriminator, bool consume, StaticFields fields, string owner)
    {
        var property = discriminator.Property;
        var values = string.Join(", ", discriminator.Cases.Select(c => c.Value));
        var cases = fields.Add(owner + "Cases", "byte[][]",
            "new[] { " + string.Join(", ", discriminator.Cases.Select(c => CSharpLiteral.Utf8(c.Value) + ".ToArray()")) + " }");
        writer.OpenBlock($"switch ({RuntimeNamespace}.JsonDiscriminator.Find(ref reader, ref state, {CSharpLiteral.Utf8(property)}, {cases}))");
        for (var i = 0; i < discriminator.Cases.Count; i++)
        {
            var @case = discriminator.Cases[i];
            writer.WriteLine($"case {i.ToString(System.Globalization.CultureInfo.InvariantCulture)}:");
            writer.Indent();
            if (@case.Node is null)
            {
                writer.WriteLine(consume ? "reader.Skip();" : "// any value will do");
            }
            else if (consume)
            {
                writer.WriteLine($"{Method(@case.Node)}(ref reader, ref state);");
            }
            else
            {
                writer.OpenBlock();
                writer.WriteLine("var copy = reader;");
                writer.WriteLine($"{Method(@case.Node)}(ref copy, ref state);");
                writer.WriteLine(ChargeCopy);
                writer.CloseBlock();
            }
            writer.WriteLine("break;");
            writer.Unindent();
        }
        writer.WriteLine("default:");
        writer.Indent();
        writer.WriteLine($"state.FailMember(ref reader, {CSharpLiteral.String(property)}, \"discriminator\", {CSharpLiteral.String($"Property '{property}' must be one of: {values}.")});");
        if (consume)
        {
            writer.WriteLine("reader.Skip();");
        }
        writer.WriteLine("break;");
        writer.Unindent();
        writer.CloseBlock();
    }

    /// <summary>Tries each alternative on a copy of the reader; anyOf stops at the first match.</summary>
    private static void EmitTrial(SourceWriter writer, EquatableArray<NodeRef> alternatives, string keyword)
    {
        var labels = string.Join(", ", alternatives.Select(a => a.Label));
        writer.OpenBlock();
        writer.WriteLine("var matches = 0;");
        foreach (var alternative in alternatives)
        {
            if (keyword == "anyOf")
            {
                writer.OpenBlock("if (matches == 0)");
            }
            else
            {
                writer.OpenBlock();
            }
            if (alternative.Node is null)
            {
                writer.WriteLine("matches++;");
            }
            else
            {
                writer.WriteLine("var copy = reader;");
                writer.WriteLine("var mark = state.BeginProbe();");
                writer.WriteLine($"{Method(alternative.Node)}(ref copy, ref state);");
                writer.WriteLine(ChargeCopy);
                writer.WriteLine("matches += state.EndProbe(mark) ? 1 : 0;");
            }
            writer.CloseBlock();
        }
        if (keyword == "anyOf")
        {
            writer.OpenBlock("if (matches == 0)");
            writer.WriteLine($"state.Fail(ref reader, \"anyOf\", {CSharpLiteral.String($"Must match at least one of: {labels}.")});");
            writer.CloseBlock();
        }
        else
        {
            writer.OpenBlock("if (matches == 0)");
            writer.WriteLine($"state.Fail(ref reader, \"oneOf\", {CSharpLiteral.String($"Must match exactly one of: {labels}; it matches none.")});");
            writer.CloseBlock();
            writer.OpenBlock("else if (matches > 1)");
            writer.WriteLine($"state.Fail(ref reader, \"oneOf\", {CSharpLiteral.String($"Must match exactly one of: {labels}; it matches several.")});");
            writer.CloseBlock();
        }
        writer.CloseBlock();
    }
}
