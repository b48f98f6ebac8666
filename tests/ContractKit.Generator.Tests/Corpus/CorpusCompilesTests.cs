using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Tests.Corpus;

/// <summary>Every real spec generates, and what it generates compiles with no error and no warning (Nullable on).</summary>
public sealed class CorpusCompilesTests
{
    /// <summary>Every surface this version builds.</summary>
    private const string Surfaces = "Models;Validators";

    [Theory]
    [MemberData(nameof(CorpusSpecs.SingleFileNames), MemberType = typeof(CorpusSpecs))]
    public void Single_file_spec_generates_models_and_validators_that_compile_cleanly(string name)
    {
        var result = GeneratorHarness.Run(SpecInput.FromFile(CorpusSpecs.PathOf(name), Surfaces));

        AssertCompilesCleanly(result);
    }

    [Fact]
    public void Multi_file_DigitalOcean_spec_generates_models_and_validators_that_compile_cleanly()
    {
        var result = GeneratorHarness.Run(CorpusSpecs.WithParts(CorpusSpecs.DigitalOceanRoot, Surfaces));

        AssertCompilesCleanly(result);
        Assert.True(result.Sources.Count() > 300, $"expected hundreds of types from DigitalOcean, got {result.Sources.Count()}");
    }

    internal static void AssertCompilesCleanly(GenerationResult result)
    {
        Assert.Empty(result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var specErrors = result.SpecDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(specErrors.Count == 0, "generator reported:\n" + GenerationResult.Describe(specErrors));
        Assert.NotEmpty(result.Sources);
        Assert.True(result.CompileProblems.Count == 0, $"{result.CompileProblems.Count} compile problems:\n" + GenerationResult.Describe(result.CompileProblems));
    }
}
