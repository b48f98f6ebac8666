using ContractKit.Generator.Tests.Infrastructure;

namespace ContractKit.Generator.Tests.Models;

/// <summary>
/// The parser keeps each <c>$ref</c>'s target once per parse (SchemaTargets) instead of asking Microsoft.OpenApi at
/// every read. These pin what that must not change: a chain of references reads as its last schema, a reference's own
/// sibling keywords (3.1) still win over its target's, and a circle of references is no crash.
/// </summary>
public sealed class ReferenceChainTests
{
    private const string Spec = """
        openapi: 3.1.0
        info:
          title: Reference chains
          version: '1'
        paths:
          /rooms:
            post:
              operationId: addRoom
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Booking'
              responses:
                '201':
                  description: Added.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Booking'
        components:
          schemas:
            Booking:
              type: object
              required: [room, code, loop]
              properties:
                room:
                  $ref: '#/components/schemas/RoomAlias'
                code:
                  $ref: '#/components/schemas/Code'
                  description: The code as this booking uses it.
                  readOnly: true
                loop:
                  $ref: '#/components/schemas/LoopA'
            RoomAlias:
              $ref: '#/components/schemas/RoomAliasToo'
            RoomAliasToo:
              $ref: '#/components/schemas/Room'
            Room:
              type: object
              required: [number]
              properties:
                number:
                  type: integer
            Code:
              type: string
              description: A booking code.
            LoopA:
              $ref: '#/components/schemas/LoopB'
            LoopB:
              $ref: '#/components/schemas/LoopA'
        """;

    private static GenerationResult Run(string emit)
        => GeneratorHarness.RunWithAspNetCore(new SpecInput("/spec/chains.yaml", Spec, Emit: emit));

    [Fact]
    public void A_chain_of_references_reads_as_the_schema_at_its_end()
    {
        var result = Run("Models");
        // Every component is a type of its own (adding one never renames another); an alias reads as Room does.
        Assert.Contains("public required RoomAlias Room { get; init; }", result.Source("Booking"), StringComparison.Ordinal);
        Assert.Contains("public required long Number { get; init; }", result.Source("RoomAlias"), StringComparison.Ordinal);
        Assert.Contains("public required long Number { get; init; }", result.Source("RoomAliasToo"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_keeps_its_own_sibling_keywords()
    {
        var booking = Run("Models").Source("Booking");
        // The reference's description, not Code's; readOnly on the reference makes the member optional to send.
        Assert.Contains("/// The code as this booking uses it.", booking, StringComparison.Ordinal);
        Assert.DoesNotContain("A booking code.", booking, StringComparison.Ordinal);
        Assert.Contains("public string? Code { get; init; }", booking, StringComparison.Ordinal);
    }

    [Fact]
    public void A_circle_of_references_is_no_crash_and_every_surface_compiles()
    {
        Assert.True(GeneratorHarness.HasAspNetCore, "the ASP.NET Core shared framework is needed beside the .NET runtime");
        var result = Run("Models;Validators;Client;Server");
        Assert.DoesNotContain(result.SpecDiagnostics, d => d.Id == "CK0008");
        // One warning for the circle, where it starts, naming its members.
        var circle = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0003");
        Assert.Contains("#/components/schemas/LoopA → #/components/schemas/LoopB → #/components/schemas/LoopA", circle.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(50, circle.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.True(result.CompileProblems.Count == 0, GenerationResult.Describe(result.CompileProblems));
        // Nothing to type a value by: it may hold any JSON.
        var booking = result.Sources.Single(s => s.HintName.EndsWith(".Models.Booking.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("global::System.Text.Json.JsonElement Loop { get; init; }", booking, StringComparison.Ordinal);
    }
}
