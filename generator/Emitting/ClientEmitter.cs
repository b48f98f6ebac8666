using System.Collections.Generic;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Operations;

namespace ContractKit.Generator.Emitting;

/// <summary>The Client surface: <c>{ClientName}</c>, one method per operation. (Being built.)</summary>
internal static class ClientEmitter
{
    public static IEnumerable<(string HintName, string Source)> Emit(SpecModel model, OperationCatalog catalog)
    {
        yield break;
    }
}
