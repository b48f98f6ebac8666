using ContractKit.Generator.Emitting.Models;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Client.ClientCode;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>The statement that adds one parameter to a request builder, skipped when an optional value is absent.</summary>
internal static class ParameterCode
{
    public static void WriteAdd(Shared.SourceWriter writer, SpecModel model, OperationParameterSpec parameter, string builder, string valueName)
    {
        var value = parameter.IsRequired && !parameter.Type.IsNullable ? parameter.CSharpName : valueName;
        var add = Add(model, parameter, builder, ValueExpression(model, parameter.Type.AsNullable(false), value));
        if (value == parameter.CSharpName)
        {
            writer.WriteLine(add);
            return;
        }
        writer.OpenBlock($"if ({parameter.CSharpName} is {{ }} {valueName})");
        writer.WriteLine(add);
        writer.CloseBlock();
    }

    private static string Add(SpecModel model, OperationParameterSpec parameter, string builder, string value)
    {
        var name = Shared.CSharpLiteral.String(parameter.Name);
        var explode = parameter.Explode ? "true" : "false";
        var style = $"{Http}.ParameterStyle.{parameter.Style}";
        return parameter.Place switch
        {
            ParameterPlace.Path => $"{builder}.Path({name}, {style}, {explode}, {value});",
            ParameterPlace.Query => $"{builder}.Query({name}, {style}, {explode}, {(parameter.AllowReserved ? "true" : "false")}, {value});",
            ParameterPlace.Header => $"{builder}.Header({name}, {explode}, {value});",
            _ => $"{builder}.Cookie({name}, {explode}, {value});",
        };
    }

    /// <summary>A <c>ParameterValue</c> for <paramref name="variable"/>: primitives and enums as their text, lists item
    /// by item, maps and models (serialized by their own converter) as objects.</summary>
    private static string ValueExpression(SpecModel model, TypeRef type, string variable)
    {
        var value = $"{Http}.ParameterValue";
        return type.Kind switch
        {
            TypeRefKind.Primitive when type.Primitive == PrimitiveKind.Any => $"{value}.Json({variable})",
            TypeRefKind.Primitive => $"{value}.Of({variable})",
            TypeRefKind.Named when IsEnum(model, type) => $"{value}.Of({variable})",
            TypeRefKind.Named => $"{value}.Json(global::System.Text.Json.JsonSerializer.SerializeToElement({variable}, global::{model.Namespace}.{SurfaceNames.Json(model.ClientName)}.{JsonResolverEmitter.TypeInfoProperty(type.CSharpName)}))",
            TypeRefKind.Array => $"{value}.List({variable})",
            _ => $"{value}.Map({variable})",
        };
    }
}
