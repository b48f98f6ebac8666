using ContractKit.Generator.Tests.Corpus;
using ContractKit.Generator.Tests.Infrastructure;

namespace ContractKit.Generator.Tests.Client;

/// <summary>The client compiles with no error and no warning (Nullable on, XML docs checked) for our spec and every corpus spec.</summary>
public sealed class ClientCompilesTests
{
    private const string Surfaces = "Models;Validators;Client";

    [Fact]
    public void Client_for_our_spec_compiles_cleanly_with_the_expected_methods()
    {
        var result = GeneratorHarness.Run(SpecInput.FromFile(RepositoryPaths.Spec("unified-messaging.yaml"), Surfaces) with { ClientName = "UnifiedMessagingClient", Namespace = "Acme.Pms" });

        if (Environment.GetEnvironmentVariable("CONTRACTKIT_DUMP_CLIENT") is { Length: > 0 } dump)
        {
            Directory.CreateDirectory(dump);
            foreach (var source in result.Sources.Where(s => s.HintName.Contains("UnifiedMessagingClient")))
            {
                File.WriteAllText(Path.Combine(dump, source.HintName), source.SourceText.ToString());
            }
        }
        CorpusCompilesTests.AssertCompilesCleanly(result);
        var client = result.Compilation.GetTypeByMetadataName("Acme.Pms.UnifiedMessagingClient");
        Assert.NotNull(client);
        var methods = client!.GetMembers().OfType<Microsoft.CodeAnalysis.IMethodSymbol>()
            .Where(m => m.DeclaredAccessibility == Microsoft.CodeAnalysis.Accessibility.Public && m.MethodKind == Microsoft.CodeAnalysis.MethodKind.Ordinary)
            .Select(m => m.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "GetConversationAsync", "ListConversationMessagesAllAsync", "ListConversationMessagesAsync", "PushMessagesAsync", "PushMessagesAsync" }, methods);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Acme.Pms.UnifiedMessagingClientOptions"));
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Acme.Pms.UnifiedMessagingClientServiceCollectionExtensions"));
    }

    [Theory]
    [MemberData(nameof(CorpusSpecs.SingleFileNames), MemberType = typeof(CorpusSpecs))]
    public void Client_for_single_file_corpus_spec_compiles_cleanly(string name)
    {
        var result = GeneratorHarness.Run(SpecInput.FromFile(CorpusSpecs.PathOf(name), Surfaces));

        CorpusCompilesTests.AssertCompilesCleanly(result);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".TestClient.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Client_for_multi_file_DigitalOcean_spec_compiles_cleanly()
    {
        var result = GeneratorHarness.Run(CorpusSpecs.WithParts(CorpusSpecs.DigitalOceanRoot, Surfaces));

        CorpusCompilesTests.AssertCompilesCleanly(result);
    }
}
