using ContractKit.Server.Tests.Api;
using ContractKit.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContractKit.Server.Tests;

/// <summary>What the app's <see cref="EndpointDataSource"/> says about each endpoint is what the spec says.</summary>
public sealed class EndpointMetadataTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private RouteEndpoint Endpoint(string name)
        => server.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);

    [Fact]
    public void Every_operation_is_mapped_by_its_name_method_and_route()
    {
        var push = Endpoint("PushMessages");
        Assert.Equal("/api/unified-messaging-service/guest-conversations/messages", push.RoutePattern.RawText);
        Assert.Equal(["POST"], push.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods);
        Assert.Equal("/api/unified-messaging-service/guest-conversations/{conversationId}", Endpoint("GetConversation").RoutePattern.RawText);
        Assert.Equal("/api/unified-messaging-service/guest-conversations/{conversationId}/messages", Endpoint("ListConversationMessages").RoutePattern.RawText);
    }

    [Fact]
    public void Push_declares_its_responses_body_summary_and_tags()
    {
        var push = Endpoint("PushMessages");
        var produces = push.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().ToDictionary(p => p.StatusCode);
        Assert.Equal([200, 400, 401, 403, 409, 413, 415, 422, 429], produces.Keys.Order());
        Assert.Equal(typeof(IReadOnlyList<Message>), produces[200].Type);
        Assert.Equal(["application/json"], produces[200].ContentTypes);
        Assert.Equal(typeof(ValidationProblem), produces[400].Type);
        Assert.Equal(["application/problem+json"], produces[400].ContentTypes);
        Assert.Equal(typeof(Problem), produces[413].Type);

        var accepts = push.Metadata.GetMetadata<IAcceptsMetadata>()!;
        Assert.Equal(["application/json"], accepts.ContentTypes);
        Assert.Equal(typeof(PushMessagesRequest), accepts.RequestType);
        Assert.False(accepts.IsOptional);

        Assert.Equal("Push messages", push.Metadata.GetMetadata<IEndpointSummaryMetadata>()!.Summary);
        Assert.StartsWith("Imports one to 100 messages", push.Metadata.GetMetadata<IEndpointDescriptionMetadata>()!.Description);
        Assert.Equal(["Guest conversations"], push.Metadata.GetMetadata<ITagsMetadata>()!.Tags);
    }

    [Fact]
    public void Every_operation_requires_authorization_as_the_spec_does()
    {
        foreach (var name in new[] { "PushMessages", "GetConversation", "ListConversationMessages" })
        {
            var endpoint = Endpoint(name);
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.NotEmpty(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Cast<object>().Concat(endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()));
        }
    }
}
