using System.Text.Json.Nodes;
using ContractKit.Spec.Tests.Infrastructure;
using NJsonSchema.Validation;

namespace ContractKit.Spec.Tests;

/// <summary>The push request schema accepts the guide's example and rejects each broken variant for the right reason.</summary>
public class PushRequestSchemaTests
{
    [Fact]
    public void The_guide_example_request_is_valid()
    {
        var errors = Validate(PushRequests.Guide());

        Assert.True(errors.Count == 0, errors.Describe());
    }

    [Fact]
    public void An_email_guest_with_email_content_and_a_property_is_valid()
    {
        var body = PushRequests.WithFirstMessage(message =>
        {
            message["pmsPropertyId"] = "PROP-ZRH-01";
            message["guestIdentifier"] = new JsonObject { ["type"] = "EMAILADDRESS", ["value"] = "guest@example.com" };
            message["content"] = JsonNode.Parse("""
                { "type": "email", "email": { "subject": "Booking inquiry", "content": { "text": "Plain text version", "html": "<p>HTML version</p>" } } }
                """);
        });

        var errors = Validate(body);

        Assert.True(errors.Count == 0, errors.Describe());
    }

    [Fact]
    public void A_request_with_101_messages_breaks_maxItems_of_messages()
    {
        var error = Assert.Single(Validate(PushRequests.WithMessages(101)));

        Assert.Equal((ValidationErrorKind.TooManyItems, "#/messages"), (error.Kind, error.Path));
    }

    [Fact]
    public void A_request_with_an_empty_messages_list_breaks_minItems()
    {
        var error = Assert.Single(Validate(PushRequests.WithMessages(0)));

        Assert.Equal((ValidationErrorKind.TooFewItems, "#/messages"), (error.Kind, error.Path));
    }

    [Fact]
    public void A_request_without_messages_breaks_required()
    {
        var error = Assert.Single(Validate(new JsonObject()));

        Assert.Equal((ValidationErrorKind.PropertyRequired, "messages"), (error.Kind, error.Property));
    }

    [Fact]
    public void An_unknown_content_type_matches_no_content_variant()
    {
        var body = PushRequests.WithFirstMessage(message => message["content"]!["type"] = "video");

        var content = Assert.Single(Validate(body).WithNested(), e => e.Kind == ValidationErrorKind.NotOneOf);

        Assert.Equal("#/messages[0].content", content.Path);
        Assert.Equal(2, content.Branches().Count());
        Assert.All(content.Branches(), branch => Assert.Contains(branch,
            e => e is { Kind: ValidationErrorKind.NotInEnumeration, Path: "#/messages[0].content.type" }));
    }

    [Fact]
    public void A_phone_number_not_in_E164_breaks_the_phone_pattern()
    {
        var body = PushRequests.WithFirstMessage(message => message["guestIdentifier"]!["value"] = "0041791234567");

        var identifier = Assert.Single(Validate(body).WithNested(), e => e.Kind == ValidationErrorKind.NotOneOf);

        Assert.Equal("#/messages[0].guestIdentifier", identifier.Path);
        var phone = Assert.Single(identifier.BranchWhereTypeIs("PHONENUMBER"));
        Assert.Equal((ValidationErrorKind.PatternMismatch, "#/messages[0].guestIdentifier.value"), (phone.Kind, phone.Path));
    }

    [Fact]
    public void An_email_guest_with_a_malformed_address_breaks_the_email_format()
    {
        var body = PushRequests.WithFirstMessage(message =>
            message["guestIdentifier"] = new JsonObject { ["type"] = "EMAILADDRESS", ["value"] = "guest.example.com" });

        var identifier = Assert.Single(Validate(body).WithNested(), e => e.Kind == ValidationErrorKind.NotOneOf);

        var email = Assert.Single(identifier.BranchWhereTypeIs("EMAILADDRESS"));
        Assert.Equal((ValidationErrorKind.EmailExpected, "#/messages[0].guestIdentifier.value"), (email.Kind, email.Path));
    }

    [Theory]
    [InlineData("guestIdentifier")]
    [InlineData("platform")]
    [InlineData("direction")]
    [InlineData("content")]
    [InlineData("messageCreatedAt")]
    public void Each_message_needs_its_required_fields(string field)
    {
        var body = PushRequests.WithFirstMessage(message => message.Remove(field));

        var error = Assert.Single(Validate(body).WithNested(), e => e.Kind != ValidationErrorKind.ArrayItemNotValid);

        Assert.Equal((ValidationErrorKind.PropertyRequired, $"#/messages[0].{field}"), (error.Kind, error.Path));
    }

    [Theory]
    [InlineData("platform", "WHATSAPP")]
    [InlineData("direction", "FORWARDED")]
    public void Platform_and_direction_take_only_the_guide_values(string field, string value)
    {
        var body = PushRequests.WithFirstMessage(message => message[field] = value);

        var error = Assert.Single(Validate(body).WithNested(), e => e.Kind != ValidationErrorKind.ArrayItemNotValid);

        Assert.Equal((ValidationErrorKind.NotInEnumeration, $"#/messages[0].{field}"), (error.Kind, error.Path));
    }

    [Fact]
    public void MessageCreatedAt_must_be_a_date_time()
    {
        var body = PushRequests.WithFirstMessage(message => message["messageCreatedAt"] = "10 Feb 2026");

        var error = Assert.Single(Validate(body).WithNested(), e => e.Kind != ValidationErrorKind.ArrayItemNotValid);

        Assert.Equal((ValidationErrorKind.DateTimeExpected, "#/messages[0].messageCreatedAt"), (error.Kind, error.Path));
    }

    [Fact]
    public void A_message_with_an_unknown_field_is_rejected()
    {
        var body = PushRequests.WithFirstMessage(message => message["guestName"] = "Anna");

        var error = Assert.Single(Validate(body).WithNested(), e => e.Kind != ValidationErrorKind.ArrayItemNotValid);

        Assert.Equal((ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/messages[0].guestName"), (error.Kind, error.Path));
    }

    [Fact]
    public void An_email_needs_a_text_or_html_body()
    {
        var body = PushRequests.WithFirstMessage(message =>
            message["content"] = JsonNode.Parse("""{ "type": "email", "email": { "subject": "Booking inquiry", "content": {} } }"""));

        var content = Assert.Single(Validate(body).WithNested(), e => e.Kind == ValidationErrorKind.NotOneOf);

        var email = Assert.Single(content.BranchWhereTypeIs("email"));
        Assert.Equal((ValidationErrorKind.TooFewProperties, "#/messages[0].content.email.content"), (email.Kind, email.Path));
    }

    private static ICollection<ValidationError> Validate(JsonNode body) => ComponentSchemas.Validate(PushRequests.Schema, body);
}
