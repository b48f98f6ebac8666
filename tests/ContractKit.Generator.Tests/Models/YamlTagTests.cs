using ContractKit.Generator.Tests.Infrastructure;

namespace ContractKit.Generator.Tests.Models;

/// <summary>
/// YAML's explicit tags decide what a scalar is: <c>!!str 1.10</c> is the text "1.10", not the number 1.1, and
/// <c>!!int '3'</c> is the number 3. Microsoft.OpenApi's converter ignores tags, so the reader sets the style.
/// </summary>
public sealed class YamlTagTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Tags, version: !!str 1.10}
        paths: {}
        components:
          schemas:
            Release:
              type: object
              properties:
                version:
                  type: string
                  enum: [!!str 1.10, !!str 2.0, !!str yes]
                copies:
                  type: integer
                  default: !!int '3'
        """;

    [Fact]
    public void Tagged_scalars_are_read_as_their_tag_says()
    {
        var input = new SpecInput("/specs/tags.yaml", Spec, Emit: "Models;Validators");
        var result = GeneratorHarness.Run(input);

        Assert.Empty(result.SpecDiagnostics);
        Assert.Empty(result.CompileProblems);
        var validators = CompiledValidators.From(CompiledSpec.Load(input));
        string Errors(string json) => string.Join("; ", validators.Validate("Release", json).Errors.Select(e => e.Keyword));
        Assert.Equal("", Errors("""{"version": "1.10"}"""));
        Assert.Equal("", Errors("""{"version": "2.0"}"""));
        Assert.Equal("", Errors("""{"version": "yes"}"""));
        Assert.Equal("enum", Errors("""{"version": "1.1"}"""));
        var model = GeneratorHarness.Run(new SpecInput("/specs/tags.yaml", Spec, Emit: "Models")).Source("Release");
        Assert.Contains("long Copies { get; init; } = 3L;", model);
    }
}
