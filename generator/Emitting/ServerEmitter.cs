using System.Collections.Generic;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;

namespace ContractKit.Generator.Emitting;

/// <summary>The Server surface: an interface per spec and the endpoint mapping. (Being built.)</summary>
internal static class ServerEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model, OperationCatalog catalog)
    {
        yield break;
    }
}
