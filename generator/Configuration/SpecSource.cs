using ContractKit.Generator.Model;

namespace ContractKit.Generator.Configuration;

/// <summary>A root spec with the files under its folder that its relative <c>$ref</c>s may reach.</summary>
internal sealed record SpecSource(SpecFile Root, EquatableArray<SpecFile> Parts);
