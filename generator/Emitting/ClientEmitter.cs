using System.Collections.Generic;
using ContractKit.Generator.Emitting.Client;
using ContractKit.Generator.Emitting.Shared;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;

namespace ContractKit.Generator.Emitting;

/// <summary>
/// The Client surface: the sealed partial class <c>{ClientName}</c> (one file for its constructor, one per
/// operation), <c>{ClientName}Options</c> and <c>{ClientName}ServiceCollectionExtensions</c>.
/// </summary>
internal static class ClientEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model, OperationCatalog catalog)
    {
        var client = model.ClientName;
        yield return ($"{model.HintPrefix}.{client}.g.cs", EmitClass(model, catalog));
        // Responses whose model has a one-pass reader are validated and deserialized in one pass.
        var onePass = Validators.OnePassPlan.ForSurfaces(model);
        foreach (var operation in catalog.Operations)
        {
            var writer = FileHeader.Start(model.Namespace);
            writer.OpenBlock($"public sealed partial class {client}");
            OperationEmitter.Emit(writer, model, catalog, operation, onePass);
            writer.CloseBlock();
            yield return ($"{model.HintPrefix}.{client}.{operation.Name}.g.cs", writer.ToString());
        }
        yield return ($"{model.HintPrefix}.{SurfaceNames.ClientOptions(client)}.g.cs", RegistrationEmitter.EmitOptions(model, catalog));
        yield return ($"{model.HintPrefix}.{SurfaceNames.ClientRegistration(client)}.g.cs", RegistrationEmitter.EmitRegistration(model, catalog));
    }

    private static string EmitClass(SpecModel model, OperationCatalog catalog)
    {
        var client = model.ClientName;
        var options = SurfaceNames.ClientOptions(client);
        var writer = FileHeader.Start(model.Namespace);
        var title = catalog.Title is null ? "the API" : "<c>" + XmlDoc.Escape(XmlDoc.OneLine(catalog.Title)) + "</c>";
        writer.WriteLine("/// <summary>");
        writer.WriteLine($"/// A typed client of {title}: one method per operation, request bodies validated before they are sent,");
        writer.WriteLine($"/// failures as <see cref=\"global::ContractKit.Runtime.Http.ApiException\"/>. Register it with <c>services.Add{client}()</c>.");
        writer.WriteLine("/// </summary>");
        ClientDocs.Block(writer, "remarks", catalog.Description);
        writer.OpenBlock($"public sealed partial class {client}");
        writer.WriteLine($"private readonly {ClientCode.HttpClient} httpClient;");
        writer.WriteLine($"private readonly {options} options;");
        writer.WriteLine();
        writer.WriteLine("/// <summary>Creates a client that sends through <paramref name=\"httpClient\"/>.</summary>");
        writer.WriteLine("/// <param name=\"httpClient\">Sends the requests; its <c>BaseAddress</c>, when set, wins over the options'.</param>");
        writer.WriteLine("/// <param name=\"options\">Base address and validation; the defaults when null.</param>");
        writer.OpenBlock($"public {client}({ClientCode.HttpClient} httpClient, {options}? options = null)");
        writer.WriteLine("this.httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
        writer.WriteLine($"this.options = options ?? new {options}();");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteLine("/// <summary>Where requests go: the HttpClient's base address, else the options'.</summary>");
        writer.WriteLine("private global::System.Uri BaseAddress => httpClient.BaseAddress ?? options.BaseAddress");
        writer.WriteLine($"    ?? throw new global::System.InvalidOperationException(\"{client} has no base address: set HttpClient.BaseAddress or {options}.BaseAddress.\");");
        writer.CloseBlock();
        return writer.ToString();
    }
}
