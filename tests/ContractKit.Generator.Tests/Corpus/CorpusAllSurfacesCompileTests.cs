using ContractKit.Generator.Tests.Infrastructure;

namespace ContractKit.Generator.Tests.Corpus;

/// <summary>
/// Every corpus spec with every surface (models, validators, client and server in one compilation) compiles against
/// ASP.NET Core with no error and no warning: odd
/// names, non-JSON bodies, <c>default</c> and range responses, header parameters named like keywords, path
/// parameters with dots.
/// </summary>
public sealed class CorpusAllSurfacesCompileTests
{
    private const string Surfaces = "Models;Validators;Client;Server";

    [Theory]
    [MemberData(nameof(CorpusSpecs.SingleFileNames), MemberType = typeof(CorpusSpecs))]
    public void Single_file_spec_generates_a_server_that_compiles_cleanly(string name)
    {
        Assert.True(GeneratorHarness.HasAspNetCore, "the ASP.NET Core shared framework is needed beside the .NET runtime");
        var result = GeneratorHarness.RunWithAspNetCore(SpecInput.FromFile(CorpusSpecs.PathOf(name), Surfaces));

        CorpusCompilesTests.AssertCompilesCleanly(result);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("Endpoints.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Our_spec_generates_a_server_that_compiles_cleanly()
    {
        var result = GeneratorHarness.RunWithAspNetCore(SpecInput.FromFile(Path.Combine(RepositoryPaths.Root, "spec", "unified-messaging.yaml"), Surfaces));

        CorpusCompilesTests.AssertCompilesCleanly(result);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith("ApiEndpoints.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Multi_file_DigitalOcean_spec_generates_a_server_that_compiles_cleanly()
    {
        var result = GeneratorHarness.RunWithAspNetCore(CorpusSpecs.WithParts(CorpusSpecs.DigitalOceanRoot, Surfaces));

        CorpusCompilesTests.AssertCompilesCleanly(result);
    }
}
