using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace ContractKit.Generator.Parsing;

/// <summary>Compares by identity: one schema object met twice (a shared response, say) is one type, not two.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static readonly ReferenceComparer Instance = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
