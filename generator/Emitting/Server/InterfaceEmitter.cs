using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;
using static ContractKit.Generator.Emitting.Server.ServerCode;

namespace ContractKit.Generator.Emitting.Server;

/// <summary>
/// Writes <c>I{Api}</c>: what a service implements. Requests reach it bound, defaulted and validated; it returns
/// one of the responses the spec declares.
/// </summary>
internal static class InterfaceEmitter
{
    public static string Emit(SpecModel model, OperationCatalog catalog)
    {
        var writer = FileHeader.Start(model.Namespace);
        XmlDoc.Summary(writer, catalog.Description, $"The operations of {XmlDoc.Escape(XmlDoc.OneLine(catalog.Title ?? model.ClientName))}, as a server implements them.");
        writer.WriteLine("/// <remarks>Resolved from the request's services (register it scoped). The endpoints of");
        writer.WriteLine($"/// <see cref=\"{SurfaceNames.ServerEndpoints(model.ClientName)}\"/> call it only with requests that conform to the spec.</remarks>");
        writer.OpenBlock($"public interface {SurfaceNames.ServerInterface(model.ClientName)}");
        var first = true;
        foreach (var operation in catalog.Operations)
        {
            if (!first)
            {
                writer.WriteLine();
            }
            first = false;
            XmlDoc.Summary(writer, operation.Summary ?? operation.Description, $"<c>{XmlDoc.Escape(operation.Method)} {XmlDoc.Escape(XmlDoc.OneLine(operation.Path))}</c>.");
            if (operation.Summary is not null && operation.Description is { } description)
            {
                writer.WriteLine("/// <remarks>");
                foreach (var line in description.Replace("\r\n", "\n").Split(XmlDoc.LineTerminators))
                {
                    writer.WriteLine("/// " + XmlDoc.Escape(line.TrimEnd()));
                }
                writer.WriteLine("/// </remarks>");
            }
            foreach (var (name, _, doc) in Parameters(operation))
            {
                writer.WriteLine($"/// <param name=\"{name.TrimStart('@')}\">{doc}</param>");
            }
            writer.WriteLine($"/// <returns>One of the responses of <see cref=\"{SurfaceNames.OperationResult(operation.Name)}\"/>.</returns>");
            if (operation.IsDeprecated)
            {
                writer.WriteLine("[global::System.Obsolete(\"The spec marks this operation deprecated.\")]");
            }
            var parameters = string.Join(", ", Parameters(operation).Select(p => $"{p.Type} {p.Name}"));
            writer.WriteLine($"{Task}<{SurfaceNames.OperationResult(operation.Name)}> {operation.Name}Async({parameters});");
        }
        writer.CloseBlock();
        return writer.ToString();
    }

    /// <summary>The parameters of <c>{Operation}Async</c> in order: the spec's parameters, the body, the token.</summary>
    public static IEnumerable<(string Name, string Type, string Doc)> Parameters(OperationSpec operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            var doc = parameter.Description is { } d ? XmlDoc.Escape(XmlDoc.OneLine(d)).Trim() : $"The {parameter.Place.ToString().ToLowerInvariant()} parameter <c>{XmlDoc.Escape(parameter.Name)}</c>.";
            yield return (parameter.CSharpName, parameter.Type.Annotated, doc);
        }
        if (operation.Body is { } body)
        {
            var doc = body.Description is { } d ? XmlDoc.Escape(XmlDoc.OneLine(d)).Trim() : "The request body.";
            yield return (BodyName(operation), BodyType(body), doc);
        }
        yield return (TokenName(operation), CancellationToken, "Cancelled when the request is aborted.");
    }

    public static string BodyName(OperationSpec operation) => FreeName(operation, "body");

    public static string TokenName(OperationSpec operation) => FreeName(operation, "cancellationToken");

    /// <summary>The body's C# type: its model type (nullable when optional), or a stream for a non-JSON body.</summary>
    public static string BodyType(RequestBodySpec body)
        => body.Type is { } type ? (body.IsRequired ? type.Annotated : type.AsNullable().Annotated) : "global::System.IO.Stream";
}
