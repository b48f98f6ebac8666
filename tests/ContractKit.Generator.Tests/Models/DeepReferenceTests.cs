using ContractKit.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace ContractKit.Generator.Tests.Models;

/// <summary>
/// References that point inside something rather than at a component (OpenAI's spec has 24:
/// <c>#/components/schemas/CreateCompletionRequest/properties/logit_bias</c>) are followed: Microsoft.OpenApi alone
/// reads them as a component named by the last segment, and the value became an untyped JsonElement with a CK0003.
/// </summary>
public sealed class DeepReferenceTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Deep, version: '1' }
        paths:
          /a:
            get:
              operationId: getA
              parameters:
                - { name: limit, in: query, schema: { type: integer, maximum: 50 } }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          cursor: { type: string, minLength: 3 }
                          bias: { $ref: '#/components/schemas/Request/properties/bias' }
          /b:
            get:
              operationId: getB
              parameters:
                - $ref: '#/paths/~1a/get/parameters/0'
              responses:
                '200':
                  $ref: '#/paths/~1a/get/responses/200'
            post:
              operationId: postB
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        cursor: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/cursor' }
                        tags: { $ref: '#/components/schemas/Request/properties/tags' }
                        tag: { $ref: '#/components/schemas/Request/properties/tags/items' }
              responses:
                '204': { description: none }
        components:
          schemas:
            Request:
              type: object
              properties:
                bias:
                  type: object
                  nullable: true
                  additionalProperties: { type: integer }
                tags:
                  type: array
                  items: { type: object, properties: { name: { type: string } } }
                other: { $ref: '#/components/schemas/Request/properties/bias' }
            Search:
              type: object
              properties:
                cursor: { $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/cursor' }
                tags: { $ref: '#/components/schemas/Request/properties/tags' }
                tag: { $ref: '#/components/schemas/Request/properties/tags/items' }
        """;

    [Fact]
    public void A_schema_pointed_at_inside_another_is_one_typed_model_wherever_it_is_used()
    {
        var result = GeneratorHarness.Run(new SpecInput("/specs/deep.yaml", Spec, Emit: "Models;Validators;Client"));

        Assert.Empty(result.SpecDiagnostics);
        Assert.Empty(result.CompileProblems);
        var request = result.Compilation.GetTypeByMetadataName("Test.Api.Request")!;
        var body = result.Compilation.GetTypeByMetadataName("Test.Api.PostBRequest")!;
        string TypeOf(INamedTypeSymbol type, string property) => type.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString();
        Assert.Equal("System.Collections.Generic.IReadOnlyDictionary<string, long>?", TypeOf(request, "Bias"));
        Assert.Equal(TypeOf(request, "Bias"), TypeOf(request, "Other"));
        Assert.Equal("System.Collections.Generic.IReadOnlyList<Test.Api.RequestTagsItems>?", TypeOf(request, "Tags"));
        Assert.Equal(TypeOf(request, "Tags"), TypeOf(body, "Tags"));
        Assert.Equal("Test.Api.RequestTagsItems?", TypeOf(body, "Tag"));
        Assert.Equal("string?", TypeOf(body, "Cursor"));
    }

    [Fact]
    public void A_parameter_or_response_pointed_at_inside_a_path_is_used_as_if_written_there()
    {
        var result = GeneratorHarness.Run(new SpecInput("/specs/deep.yaml", Spec, Emit: "Models;Client"));

        Assert.Empty(result.SpecDiagnostics);
        var client = result.Compilation.GetTypeByMetadataName("Test.Api.TestClient")!;
        var getB = client.GetMembers("GetBAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("long? limit", getB.Parameters[0].ToDisplayString());
        Assert.Equal("System.Threading.Tasks.Task<Test.Api.GetBResponse>", getB.ReturnType.ToDisplayString());
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Api.GetBResponse")!.GetMembers("Cursor").SingleOrDefault());
    }

    [Fact]
    public void The_constraints_of_a_schema_pointed_at_inside_another_are_checked_where_it_is_used()
    {
        var validators = CompiledValidators.From(CompiledSpec.Load(new SpecInput("/specs/deep.yaml", Spec, Emit: "Models;Validators")));

        Assert.True(validators.Validate("Search", """{"cursor":"abc","tag":{"name":"x"}}""").IsValid);
        var shortCursor = validators.Validate("Search", """{"cursor":"ab"}""");
        Assert.Equal(("/cursor", "minLength"), (shortCursor.Errors.Single().Pointer, shortCursor.Errors.Single().Keyword));
        var badTag = validators.Validate("Search", """{"tags":[{"name":1}]}""");
        Assert.Equal(("/tags/0/name", "type"), (badTag.Errors.Single().Pointer, badTag.Errors.Single().Keyword));
    }

    /// <summary>
    /// DigitalOcean (as APIs.guru bundles it) points from every response of every path into one path's 401 response:
    /// the moved schema's name came from a path with slashes, and the references from the <c>default</c> response
    /// were skipped as if "default" were data.
    /// </summary>
    [Fact]
    public void A_schema_pointed_at_inside_a_path_with_slashes_is_shared_by_every_response_that_points_there()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Errors, version: '1' }
            paths:
              /v2/1-clicks:
                get:
                  operationId: listClicks
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { type: string } } } }
                    '401':
                      description: Unauthorized
                      content:
                        application/json:
                          schema: { type: object, required: [id], properties: { id: { type: string }, message: { type: string } } }
                    default:
                      description: Error
                      content:
                        application/json:
                          schema: { $ref: '#/paths/~1v2~11-clicks/get/responses/401/content/application~1json/schema' }
              /v2/account:
                get:
                  operationId: getAccount
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { type: string } } } }
                    default:
                      description: Error
                      content:
                        application/json:
                          schema: { $ref: '#/paths/~1v2~11-clicks/get/responses/401/content/application~1json/schema' }
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/errors.yaml", spec, Emit: "Models;Client"));

        Assert.Empty(result.SpecDiagnostics);
        Assert.Empty(result.CompileProblems);
        var models = result.Sources.Select(s => s.HintName).Where(n => n.Contains(".Models.", StringComparison.Ordinal)).ToList();
        var error = Assert.Single(models);
        Assert.EndsWith(".Models.V21ClicksGetResponses401.g.cs", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_that_contains_a_reference_to_itself_is_one_diagnostic_and_the_rest_generates()
    {
        const string looping = """
            openapi: 3.0.3
            info: { title: Loop, version: '1' }
            paths:
              /x:
                $ref: '#/paths/~1y'
              /y:
                get:
                  operationId: getY
                  callbacks:
                    again:
                      '{$request.query.url}':
                        $ref: '#/paths/~1y'
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            components:
              schemas:
                Pet: { type: object, properties: { name: { type: string } } }
            """;

        var result = GeneratorHarness.Run(new SpecInput("/specs/loop.yaml", looping, Emit: "Models;Client"));

        var diagnostic = Assert.Single(result.SpecDiagnostics);
        Assert.Equal("CK0003", diagnostic.Id);
        Assert.Contains("#/paths/~1y", diagnostic.GetMessage());
        Assert.Empty(result.CompileProblems);
        Assert.NotNull(result.Compilation.GetTypeByMetadataName("Test.Api.Pet"));
    }
}
