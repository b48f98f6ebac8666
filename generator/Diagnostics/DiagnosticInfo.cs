using System.Linq;
using ContractKit.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ContractKit.Generator.Diagnostics;

/// <summary>A place in a spec file: path plus line/column (0-based), plain data with no compilation attached.</summary>
internal sealed record SpecLocation(string FilePath, int Line, int Column, int Length)
{
    public static SpecLocation StartOf(string filePath) => new(filePath, 0, 0, 0);

    public Location ToLocation()
    {
        var start = new LinePosition(Line, Column);
        var end = new LinePosition(Line, Column + Length);
        return Location.Create(FilePath, default, new LinePositionSpan(start, end));
    }
}

/// <summary>A diagnostic carried as data through the pipeline: descriptor ID, message arguments and location.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, EquatableArray<string> Arguments, SpecLocation Location)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments)
        => new(descriptor.Id, arguments.ToEquatableArray(), location);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticCatalog.ById(DescriptorId);
        return Diagnostic.Create(descriptor, Location.ToLocation(), Arguments.Cast<object>().ToArray());
    }
}
