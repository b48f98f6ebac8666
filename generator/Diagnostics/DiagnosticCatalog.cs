using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Diagnostics;

/// <summary>Finds a descriptor by ID, so diagnostics can travel as plain data.</summary>
internal static class DiagnosticCatalog
{
    private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id);

    public static IEnumerable<DiagnosticDescriptor> All => Descriptors.Values;

    public static DiagnosticDescriptor ById(string id) => Descriptors[id];
}
