using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>A spec file handed to the generator as an AdditionalFile with the metadata the package's targets set.</summary>
public sealed record SpecInput(string Path, string Text, string Role = "Root", string? Namespace = "Test.Api", string? ClientName = "TestClient", string? Emit = "Models")
{
    public static SpecInput FromFile(string path, string? emit = "Models", string role = "Root")
        => new(path.Replace('\\', '/'), File.ReadAllText(path), role, Emit: emit);
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}

internal sealed class InMemoryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
{
    public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
}

internal sealed class InMemoryOptionsProvider(IReadOnlyDictionary<string, SpecInput> specs) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions Empty = new InMemoryOptions(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } =
        new InMemoryOptions(ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", "Test.Project"));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        if (!specs.TryGetValue(textFile.Path, out var spec))
        {
            return Empty;
        }
        var values = ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.ContractKitRole", spec.Role);
        if (spec.Namespace is not null) values = values.Add("build_metadata.AdditionalFiles.Namespace", spec.Namespace);
        if (spec.ClientName is not null) values = values.Add("build_metadata.AdditionalFiles.ClientName", spec.ClientName);
        if (spec.Emit is not null) values = values.Add("build_metadata.AdditionalFiles.Emit", spec.Emit);
        return new InMemoryOptions(values);
    }
}
