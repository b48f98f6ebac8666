using System.Text.Json.Nodes;
using ContractKit.Spec.Tests.Infrastructure;
using Microsoft.OpenApi;
using NJsonSchema.Validation;

namespace ContractKit.Spec.Tests;

/// <summary>Errors are RFC 9457 problem documents; a 400 lists every violation with its JSON pointer.</summary>
public class ErrorResponseTests
{
    private const string ProblemJson = "application/problem+json";

    [Theory]
    [InlineData("BadRequest", "ValidationProblem")]
    [InlineData("Unauthorized", "Problem")]
    [InlineData("Forbidden", "Problem")]
    [InlineData("NotFound", "Problem")]
    [InlineData("IdempotencyKeyInUse", "Problem")]
    [InlineData("ContentTooLarge", "Problem")]
    [InlineData("UnsupportedMediaType", "Problem")]
    [InlineData("IdempotencyKeyReused", "Problem")]
    [InlineData("TooManyRequests", "Problem")]
    public void Each_error_response_is_a_problem_document(string response, string schema)
    {
        var content = Assert.Single(UnifiedMessagingSpec.Document.Components!.Responses![response].Content!);

        Assert.Equal(ProblemJson, content.Key);
        Assert.Equal(schema, Assert.IsType<OpenApiSchemaReference>(content.Value.Schema).Reference.Id);
    }

    [Theory]
    [InlineData("pushMessages", "400 401 403 409 413 415 422 429")]
    [InlineData("getConversation", "401 403 404 429")]
    [InlineData("listConversationMessages", "400 401 403 404 429")]
    public void Each_operation_answers_its_errors_with_the_shared_responses(string operationId, string statuses)
    {
        var errors = OpenApiDocumentTests.Operation(operationId).Responses!.Where(r => r.Key != "200").ToList();

        Assert.Equal(statuses.Split(' '), errors.Select(r => r.Key).Order());
        Assert.All(errors, r => Assert.IsType<OpenApiResponseReference>(r.Value));
    }

    [Fact]
    public void Too_many_requests_says_when_to_retry()
    {
        var header = UnifiedMessagingSpec.Document.Components!.Responses!["TooManyRequests"].Headers!["Retry-After"];

        Assert.True(header.Required);
        Assert.Equal(JsonSchemaType.Integer, header.Schema!.Type);
    }

    [Fact]
    public void A_validation_problem_lists_each_violation_with_pointer_keyword_and_message()
    {
        var problem = JsonNode.Parse("""
            {
              "type": "about:blank", "title": "Bad Request", "status": 400,
              "errors": [
                { "in": "body", "pointer": "/messages/17/messageCreatedAt", "keyword": "x-contractkit-not-future", "message": "in the future" },
                { "in": "query", "pointer": "/size", "keyword": "maximum", "message": "at most 100" }
              ]
            }
            """)!;

        Assert.Empty(ComponentSchemas.Validate("ValidationProblem", problem));
    }

    [Fact]
    public void A_validation_problem_without_errors_is_not_one()
    {
        var problem = JsonNode.Parse("""{ "type": "about:blank", "title": "Bad Request", "status": 400 }""")!;

        var errors = ComponentSchemas.Validate("ValidationProblem", problem).WithNested();

        Assert.Contains(errors, e => e is { Kind: ValidationErrorKind.PropertyRequired, Property: "errors" });
    }

    [Fact]
    public void A_violation_without_its_pointer_is_not_one()
    {
        var violation = JsonNode.Parse("""{ "in": "body", "keyword": "required", "message": "missing" }""")!;

        var error = Assert.Single(ComponentSchemas.Validate("ValidationError", violation));

        Assert.Equal((ValidationErrorKind.PropertyRequired, "pointer"), (error.Kind, error.Property));
    }
}
