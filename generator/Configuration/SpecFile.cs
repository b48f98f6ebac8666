namespace ContractKit.Generator.Configuration;

/// <summary>Whether an AdditionalFile is a spec root (a <c>ContractKitSpec</c> item) or a file it may reference.</summary>
internal enum SpecFileRole
{
    Root,
    Part,
}

/// <summary>One spec file as the pipeline sees it: its path, role, item metadata and text. Value-equal.</summary>
internal sealed record SpecFile(string Path, SpecFileRole Role, SpecOptions Options, string Text);

/// <summary>The metadata of a <c>ContractKitSpec</c> item, raw as MSBuild gives it.</summary>
internal sealed record SpecOptions(string? Namespace, string? ClientName, string? Emit, string? RootNamespace);
