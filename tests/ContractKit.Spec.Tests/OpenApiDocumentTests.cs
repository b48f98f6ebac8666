using System.Net.Http;
using ContractKit.Spec.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace ContractKit.Spec.Tests;

/// <summary>Microsoft.OpenApi 3.11, which the generator uses, reads the spec cleanly and finds what the guide describes.</summary>
public class OpenApiDocumentTests
{
    private const string Base = "/api/unified-messaging-service/guest-conversations";

    [Fact]
    public void Parses_as_OpenAPI_3_1_without_errors_or_warnings()
    {
        var diagnostic = UnifiedMessagingSpec.ReadResult.Diagnostic;

        Assert.NotNull(diagnostic);
        Assert.True(diagnostic.Errors.Count == 0, "Errors:\n" + string.Join("\n", diagnostic.Errors));
        Assert.True(diagnostic.Warnings.Count == 0, "Warnings:\n" + string.Join("\n", diagnostic.Warnings));
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
    }

    [Fact]
    public void Declares_exactly_the_three_operations_of_the_guide()
    {
        var operations = UnifiedMessagingSpec.Document.Paths
            .SelectMany(path => path.Value.Operations!.Select(op => $"{op.Key.Method} {path.Key} {op.Value.OperationId}"))
            .Order();

        Assert.Equal(
            [
                $"GET {Base}/{{conversationId}} getConversation",
                $"GET {Base}/{{conversationId}}/messages listConversationMessages",
                $"POST {Base}/messages pushMessages",
            ],
            operations);
    }

    [Fact]
    public void The_server_url_is_the_monitoringUrl_variable()
    {
        var server = Assert.Single(UnifiedMessagingSpec.Document.Servers!);

        Assert.Equal("{monitoringUrl}", server.Url);
        var variable = Assert.Single(server.Variables!);
        Assert.Equal("monitoringUrl", variable.Key);
        Assert.True(Uri.IsWellFormedUriString(variable.Value.Default, UriKind.Absolute), variable.Value.Default);
    }

    [Fact]
    public void The_oauth2_scheme_uses_client_credentials_with_the_guide_scopes()
    {
        var scheme = UnifiedMessagingSpec.Document.Components!.SecuritySchemes!["oauth2"];

        Assert.Equal(SecuritySchemeType.OAuth2, scheme.Type);
        var flow = scheme.Flows!.ClientCredentials!;
        Assert.Equal("/oauth2/token", flow.TokenUrl!.OriginalString);
        Assert.Equal(["guest.conversation.read", "guest.conversation.write"], flow.Scopes!.Keys.Order());
    }

    [Theory]
    [InlineData("pushMessages", "guest.conversation.write")]
    [InlineData("getConversation", "guest.conversation.read")]
    [InlineData("listConversationMessages", "guest.conversation.read")]
    public void Each_operation_requires_the_scope_the_guide_names(string operationId, string scope)
    {
        var requirement = Assert.Single(Operation(operationId).Security!);
        var (scheme, scopes) = Assert.Single(requirement);

        Assert.Equal("oauth2", scheme.Reference.Id);
        Assert.Equal([scope], scopes);
    }

    [Fact]
    public void Pages_are_numbered_from_zero_and_hold_20_messages_unless_asked_for_up_to_100()
    {
        var parameters = Operation("listConversationMessages").Parameters!.ToDictionary(p => p.Name!);

        var page = parameters["page"].Schema!;
        Assert.Equal("0", page.Minimum);
        Assert.Equal("0", page.Default!.ToJsonString());

        var size = parameters["size"].Schema!;
        Assert.Equal("1", size.Minimum);
        Assert.Equal("100", size.Maximum);
        Assert.Equal("20", size.Default!.ToJsonString());
    }

    [Fact]
    public void Push_takes_an_optional_Idempotency_Key_header()
    {
        var parameter = Assert.Single(Operation("pushMessages").Parameters!);

        Assert.Equal(("Idempotency-Key", ParameterLocation.Header, false), (parameter.Name, parameter.In, parameter.Required));
    }

    [Fact]
    public void A_message_without_pmsPropertyId_belongs_to_ACCOUNT()
    {
        var message = UnifiedMessagingSpec.Document.Components!.Schemas!["PushMessage"];

        Assert.DoesNotContain("pmsPropertyId", message.Required!);
        Assert.Equal("ACCOUNT", message.Properties!["pmsPropertyId"].Default!.GetValue<string>());
    }

    [Fact]
    public void The_created_message_has_exactly_the_fields_the_guide_shows()
    {
        var message = UnifiedMessagingSpec.Document.Components!.Schemas!["Message"];

        string[] guideFields = ["communicationChannel", "content", "conversationId", "direction", "messageCreatedAt", "messageId", "status"];
        Assert.Equal(guideFields, message.Properties!.Keys.Order());
        Assert.Equal(guideFields, message.Required!.Order());
    }

    internal static OpenApiOperation Operation(string operationId) =>
        UnifiedMessagingSpec.Document.Paths.Values
            .SelectMany(path => path.Operations!.Values)
            .Single(op => op.OperationId == operationId);
}
