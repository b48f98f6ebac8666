using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Tests.Diagnostics;

/// <summary>Bad input becomes a CK diagnostic that says what and where; the rest is still generated.</summary>
public sealed class SpecDiagnosticsTests
{
    private const string ValidHeader = """
        openapi: 3.1.0
        info: { title: T, version: '1' }
        paths: {}
        """;

    [Fact]
    public void Malformed_yaml_is_CK0001_at_its_line()
    {
        var spec = new SpecInput("/specs/broken.yaml", "openapi: 3.1.0\ninfo:\n  title: [unclosed\n  version: 1\n");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/specs/broken.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.InRange(diagnostic.Location.GetLineSpan().StartLinePosition.Line, 2, 4);
        Assert.Contains("malformed YAML", diagnostic.GetMessage());
    }

    [Fact]
    public void Malformed_json_is_CK0001_at_its_line()
    {
        var spec = new SpecInput("/specs/broken.json", "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {,}\n}");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0001");
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Unresolved_reference_is_CK0003_and_the_other_types_are_still_generated()
    {
        var spec = new SpecInput("/specs/api.yaml", ValidHeader + """

            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    owner: { $ref: '#/components/schemas/Missing' }
                Tag:
                  type: object
                  properties:
                    name: { type: string }
            """);

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0003");
        Assert.Contains("Missing", diagnostic.GetMessage());
        Assert.Equal(8, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // the `owner:` line
        Assert.Contains("JsonElement? Owner", result.Source("Pet"));
        Assert.Contains("class Tag", result.Source("Tag"));
        Assert.Empty(result.CompileProblems);
    }

    /// <summary>
    /// rev.ai's spec: a schema points at a response. Microsoft.OpenApi reads a schema reference by its last segment,
    /// so with a schema of the same name beside it the property silently became that schema. Enode's: list items
    /// point at a path's parameter, which was moved among the schemas as if it were one.
    /// </summary>
    [Fact]
    public void A_schema_that_points_at_a_response_or_a_parameter_is_CK0003_with_the_pointer_as_written()
    {
        var spec = new SpecInput("/specs/api.yaml", """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /jobs:
                get:
                  parameters:
                    - { name: state, in: query, schema: { type: string } }
                  responses: { '204': { description: none } }
            components:
              responses:
                Caption:
                  description: A caption file.
                  content: { text/plain: { schema: { type: string } } }
              schemas:
                Caption: { type: object, properties: { text: { type: string } } }
                Job:
                  type: object
                  properties:
                    caption: { $ref: '#/components/responses/Caption' }
                    other: { $ref: '#/components/schemas/Caption' }
                    states: { type: array, items: { $ref: '#/paths/~1jobs/get/parameters/0' } }
                    state: { $ref: '#/paths/~1jobs/get/parameters/0/schema' }
            """);

        var result = GeneratorHarness.Run(spec);

        var found = result.SpecDiagnostics.Select(d => (d.Id, Line: d.Location.GetLineSpan().StartLinePosition.Line, Message: d.GetMessage())).ToList();
        Assert.Equal(2, found.Count);
        Assert.Equal(("CK0003", 18), (found[0].Id, found[0].Line)); // the `caption:` line
        Assert.Contains("'#/components/responses/Caption'", found[0].Message);
        Assert.Contains("points at a response", found[0].Message);
        Assert.Equal(("CK0003", 20), (found[1].Id, found[1].Line)); // the `states:` line
        Assert.Contains("'#/paths/~1jobs/get/parameters/0'", found[1].Message);
        Assert.Contains("points at a parameter", found[1].Message);
        var job = result.Source("Job");
        Assert.Contains("JsonElement? Caption", job);
        Assert.Contains("Caption? Other", job);
        Assert.Contains("JsonElement>? States", job);
        Assert.Contains("string? State", job);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_missing_file_in_a_multi_file_spec_is_CK0003_naming_the_file()
    {
        var root = new SpecInput("/specs/root.yaml", ValidHeader + """

            components:
              schemas:
                Pet:
                  $ref: './pet.yaml'
                Owner:
                  $ref: './missing.yaml'
            """);
        var part = new SpecInput("/specs/pet.yaml", "type: object\nproperties:\n  name: { type: string }\n", Role: "Part", Emit: null);

        var result = GeneratorHarness.Run(root, part);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0003");
        Assert.Contains("missing.yaml", diagnostic.GetMessage());
        Assert.Contains("public string? Name", result.Source("Pet"));
        Assert.Empty(result.CompileProblems);
    }

    [Theory]
    [InlineData("Models;Clients", "CK0006", "Clients")]
    [InlineData("Models;Sever", "CK0006", "Sever")]
    public void Emit_values_that_are_unknown_are_diagnostics_not_silent(string emit, string id, string named)
    {
        var spec = new SpecInput("/specs/api.yaml", ValidHeader, Emit: emit);

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == id);
        Assert.Contains(named, diagnostic.GetMessage());
    }

    [Fact]
    public void Server_without_AspNetCore_is_CK0013_and_emits_no_server_code()
    {
        // This test compilation references the .NET runtime only, as a classlib without the ASP.NET Core framework.
        var spec = new SpecInput("/specs/api.yaml", ValidHeader, Emit: "Server");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0013");
        Assert.Contains("Microsoft.AspNetCore.App", diagnostic.GetMessage());
        Assert.Equal("/specs/api.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_response_key_that_is_not_a_status_is_CK0014_at_that_key()
    {
        var spec = new SpecInput("/specs/api.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /a:\n    get:\n      operationId: listThings\n      responses:\n        '200':\n          description: OK\n        content:\n          application/json:\n            schema: {type: string}\n", Emit: "Client");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0014");
        Assert.Contains("'content'", diagnostic.GetMessage());
        Assert.Equal(10, diagnostic.Location.GetLineSpan().StartLinePosition.Line); // 0-based: where the value of "content:" starts, as for every pointer
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_YAML_mapping_with_a_complex_key_is_CK0001_at_the_key()
    {
        var spec = new SpecInput("/specs/api.yaml", "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    ? [a, b]\n    : type: object\n");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0001");
        Assert.Contains("scalar", diagnostic.GetMessage());
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Swagger_2_is_CK0007()
    {
        var spec = new SpecInput("/specs/old.yaml", "swagger: '2.0'\ninfo: { title: T, version: '1' }\npaths: {}\n");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0007");
        Assert.Contains("swagger", diagnostic.GetMessage());
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void An_invalid_namespace_is_CK0009_and_falls_back()
    {
        var spec = new SpecInput("/specs/api.yaml", ValidHeader, Namespace: "Acme.class");

        var result = GeneratorHarness.Run(spec);

        Assert.Single(result.SpecDiagnostics, d => d.Id == "CK0009");
        Assert.Contains(result.Sources, s => s.SourceText.ToString().Contains("namespace Test.Project;"));
    }

    /// <summary>
    /// A scalar where a schema must be made Microsoft.OpenApi throw a NullReferenceException (a property) or a
    /// FormatException (<c>additionalProperties: no</c>): the whole spec failed as CK0001, with no place named.
    /// </summary>
    [Fact]
    public void A_value_where_a_schema_must_be_is_CK0015_at_the_value_and_the_rest_generates()
    {
        var spec = new SpecInput("/specs/api.yaml", """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /pets:
                get:
                  operationId: listPets
                  parameters:
                    - { name: limit, in: query, schema: 10 }
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            components:
              schemas:
                Pet:
                  type: object
                  required: [name]
                  properties:
                    name: { type: string }
                    tag: '123'
                    toys: { type: array, items: string }
                    extra: { type: object, additionalProperties: no }
                    kind: { allOf: [ { type: string }, 3 ] }
            """, Emit: "Models;Validators;Client");

        var result = GeneratorHarness.Run(spec);

        var found = result.SpecDiagnostics.Where(d => d.Id == "CK0015")
            .Select(d => (Line: d.Location.GetLineSpan().StartLinePosition.Line, Message: d.GetMessage()))
            .OrderBy(d => d.Line)
            .ToList();
        Assert.Equal(new[] { 7, 17, 18, 19, 20 }, found.Select(d => d.Line));
        Assert.Contains("'#/paths/~1pets/get/parameters/0/schema' must be a schema (an object, or true/false), but holds the value 10; it is left out", found[0].Message);
        Assert.Contains("'#/components/schemas/Pet/properties/tag' must be a schema (an object, or true/false), but holds the text '123'; it allows any value meanwhile", found[1].Message);
        Assert.Contains("the text 'string'", found[2].Message);
        Assert.Contains("the text 'no'", found[3].Message);
        Assert.Contains("allOf/1", found[4].Message);
        Assert.DoesNotContain(result.SpecDiagnostics, d => d.Id != "CK0015");
        Assert.Empty(result.CompileProblems);
        var pet = result.Compilation.GetTypeByMetadataName("Test.Api.Pet")!;
        Assert.Equal("string", pet.GetMembers("Name").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
        Assert.Equal("System.Text.Json.JsonElement?", pet.GetMembers("Tag").OfType<IPropertySymbol>().Single().Type.ToDisplayString());
    }
}
