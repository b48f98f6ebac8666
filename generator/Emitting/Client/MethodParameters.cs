using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Model.Operations;

namespace ContractKit.Generator.Emitting.Client;

/// <summary>One parameter of a generated public method.</summary>
/// <param name="Declaration">As it stands in the signature (<c>string? idempotencyKey = null</c>).</param>
/// <param name="Parameter">The spec parameter; null for the body.</param>
internal sealed record MethodParameter(string Name, string Declaration, string Doc, OperationParameterSpec? Parameter);

/// <summary>
/// The order of a generated method's parameters: required spec parameters, the body, optional parameters (each
/// <c>= null</c>), then the cancellation token, which every method takes last.
/// </summary>
internal static class MethodParameters
{
    /// <summary>The parameters of <c>{Name}Async</c>; <paramref name="bodyDeclaration"/> (type and doc) replaces the
    /// body when given (the batching overload's items), else the operation's own body is used.</summary>
    public static List<MethodParameter> Of(OperationSpec operation, HashSet<string> used, (string Type, string Name, string Doc)? bodyReplacement = null)
    {
        foreach (var parameter in operation.Parameters)
        {
            used.Add(parameter.CSharpName);
        }
        var list = new List<MethodParameter>();
        foreach (var parameter in operation.Parameters.Where(p => p.IsRequired))
        {
            list.Add(new(parameter.CSharpName, $"{parameter.Type.Annotated} {parameter.CSharpName}", Doc(parameter), parameter));
        }
        if (bodyReplacement is { } replacement)
        {
            var name = ClientCode.Unique(replacement.Name, used);
            list.Add(new(name, $"{replacement.Type} {name}", replacement.Doc, null));
        }
        else if (operation.Body is { } body)
        {
            var name = ClientCode.Unique("body", used);
            var type = body.Type is null ? ClientCode.HttpContent : body.Type.Annotated;
            var doc = ClientDocs.Inline(body.Description) ?? (body.Type is null ? $"The body, sent as <c>{Shared.XmlDoc.Escape(Shared.XmlDoc.OneLine(body.MediaType))}</c>." : "The request body.");
            list.Add(body.IsRequired
                ? new(name, $"{type} {name}", doc, null)
                : new(name, $"{(type.EndsWith("?") ? type : type + "?")} {name} = null", doc + " Optional.", null));
        }
        foreach (var parameter in operation.Parameters.Where(p => !p.IsRequired))
        {
            var type = parameter.Type.IsNullable ? parameter.Type.Annotated : parameter.Type.Annotated + "?";
            list.Add(new(parameter.CSharpName, $"{type} {parameter.CSharpName} = null", Doc(parameter), parameter));
        }
        return list;
    }

    private static string Doc(OperationParameterSpec parameter)
    {
        var text = ClientDocs.Inline(parameter.Description) ?? $"The <c>{Shared.XmlDoc.Escape(Shared.XmlDoc.OneLine(parameter.Name))}</c> {parameter.Place.ToString().ToLowerInvariant()} parameter.";
        if (!parameter.IsRequired)
        {
            text += parameter.DefaultLiteral is null ? " Not sent when null." : " Not sent when null (the server's default applies).";
        }
        return text;
    }
}
