using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml;
using ContractKit.Spec.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace ContractKit.Spec.Tests;

/// <summary>The x-contractkit-* extensions carry the guide's rules JSON Schema cannot say, in a shape a tool can read.</summary>
public class ExtensionTests
{
    [Fact]
    public void MessageCreatedAt_must_not_be_in_the_future_with_five_minutes_of_clock_skew()
    {
        var messageCreatedAt = UnifiedMessagingSpec.Document.Components!.Schemas!["PushMessage"].Properties!["messageCreatedAt"];

        var rule = Extension(messageCreatedAt.Extensions, "x-contractkit-not-future");

        Assert.Equal(TimeSpan.FromMinutes(5), XmlConvert.ToTimeSpan((string)rule["allowedClockSkew"]!));
    }

    [Fact]
    public void Only_pushed_messages_carry_the_not_future_rule()
    {
        var carriers = UnifiedMessagingSpec.Document.Components!.Schemas!
            .SelectMany(schema => (schema.Value.Properties ?? new Dictionary<string, IOpenApiSchema>())
                .Where(p => p.Value.Extensions?.ContainsKey("x-contractkit-not-future") == true)
                .Select(p => $"{schema.Key}.{p.Key}"));

        Assert.Equal(["PushMessage.messageCreatedAt"], carriers);
    }

    [Fact]
    public void The_grouping_rule_points_into_push_messages_and_at_the_response_conversationId()
    {
        var rule = Grouping();
        var request = PushRequests.Guide();

        var messages = Assert.IsType<JsonArray>(JsonPointers.Resolve(request, rule.Items));
        Assert.Equal(["/guestIdentifier/type", "/guestIdentifier/value"], rule.Key);
        Assert.All(rule.Key, pointer => Assert.NotNull(JsonPointers.Resolve(messages[0], pointer)));
        Assert.Equal("", rule.ResponseItems);
        Assert.Equal("/conversationId", rule.Target);
        Assert.Contains(rule.Target[1..], UnifiedMessagingSpec.Document.Components!.Schemas!["Message"].Required!);
        Assert.Equal("account", (string)rule.Extension["scope"]!);
    }

    [Fact]
    public void The_guide_messages_of_one_phone_number_share_one_grouping_key()
    {
        var rule = Grouping();

        var keys = PushRequests.Guide()["messages"]!.AsArray().Select(m => string.Join('|', rule.KeyOf(m!))).Distinct();

        Assert.Equal(["PHONENUMBER|+41791234567"], keys);
    }

    [Theory]
    [InlineData("EMAILADDRESS", "Guest@Example.COM", "EMAILADDRESS", "guest@example.com", true)]
    [InlineData("EMAILADDRESS", "guest@example.com", "EMAILADDRESS", "other@example.com", false)]
    [InlineData("PHONENUMBER", "+41791234567", "PHONENUMBER", "+41791234568", false)]
    [InlineData("PHONENUMBER", "+41791234567", "EMAILADDRESS", "+41791234567", false)]
    public void Email_addresses_group_case_insensitively_and_types_never_mix(
        string firstType, string firstValue, string secondType, string secondValue, bool sameConversation)
    {
        var rule = Grouping();
        JsonNode Message(string type, string value) => new JsonObject { ["guestIdentifier"] = new JsonObject { ["type"] = type, ["value"] = value } };

        var first = rule.KeyOf(Message(firstType, firstValue));
        var second = rule.KeyOf(Message(secondType, secondValue));

        Assert.Equal(sameConversation, first.SequenceEqual(second));
    }

    [Fact]
    public void The_idempotency_rule_names_the_header_parameter_of_push()
    {
        var push = OpenApiDocumentTests.Operation("pushMessages");

        var rule = Extension(push.Extensions, "x-contractkit-idempotency");

        Assert.Equal(push.Parameters!.Single(p => p.In == ParameterLocation.Header).Name, (string)rule["header"]!);
        Assert.Equal(TimeSpan.FromDays(1), XmlConvert.ToTimeSpan((string)rule["retention"]!));
        Assert.Equal(("account", "body"), ((string)rule["scope"]!, (string)rule["fingerprint"]!));
    }

    [Fact]
    public void Push_bodies_over_the_byte_limit_are_answered_413()
    {
        var push = OpenApiDocumentTests.Operation("pushMessages");

        var limit = Assert.IsType<JsonNodeExtension>(push.Extensions!["x-contractkit-max-request-bytes"]).Node;

        Assert.Equal((5 * 1024 * 1024).ToString(CultureInfo.InvariantCulture), limit.ToJsonString());
        Assert.Contains("413", push.Responses!.Keys);
    }

    private static GroupingRule Grouping() =>
        new(Extension(OpenApiDocumentTests.Operation("pushMessages").Extensions, "x-contractkit-grouping"));

    private static JsonObject Extension(IDictionary<string, IOpenApiExtension>? extensions, string name)
    {
        Assert.NotNull(extensions);
        Assert.True(extensions.TryGetValue(name, out var extension), $"{name} is missing.");
        return Assert.IsType<JsonNodeExtension>(extension).Node.AsObject();
    }
}
