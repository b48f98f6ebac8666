using System.Collections.Generic;
using ContractKit.Generator.Emitting.Server;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;

namespace ContractKit.Generator.Emitting;

/// <summary>
/// The Server surface: <c>I{Api}</c> (what a service implements), one <c>{Operation}Result</c> per operation (the
/// responses it may give), <c>{Api}ServerOptions</c>, and <c>{Api}Endpoints</c> (registration, mapping, request
/// checking). Emitted only when the compilation references ASP.NET Core.
/// </summary>
internal static class ServerEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model, OperationCatalog catalog)
    {
        yield return ($"{model.HintPrefix}.{SurfaceNames.ServerInterface(model.ClientName)}.g.cs", InterfaceEmitter.Emit(model, catalog));
        yield return ($"{model.HintPrefix}.{SurfaceNames.ServerOptions(model.ClientName)}.g.cs", OptionsEmitter.Emit(model));
        yield return ($"{model.HintPrefix}.{SurfaceNames.ServerEndpoints(model.ClientName)}.g.cs", EndpointsEmitter.Emit(model, catalog));
        foreach (var operation in catalog.Operations)
        {
            var name = SurfaceNames.OperationResult(operation.Name);
            yield return ($"{model.HintPrefix}.{name}.g.cs", ResultEmitter.Emit(model, operation));
        }
    }
}
