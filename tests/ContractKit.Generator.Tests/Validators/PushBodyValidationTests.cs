using System.Text.Json.Nodes;
using ContractKit.Generator.Tests.Infrastructure;
using ContractKit.Runtime.Validation;

namespace ContractKit.Generator.Tests.Validators;

/// <summary>The generated validators on our own spec: the guide's body, and each rule the guide states, broken once.</summary>
public class PushBodyValidationTests
{
    private const string Schema = "PushMessagesRequest";
    private static readonly Lazy<CompiledValidators> Validators = new(() => CompiledValidators.Load(RepositoryPaths.Spec("unified-messaging.yaml")));
    private static readonly ValidationOptions At2026 = new() { TimeProvider = new FixedClock(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero)) };

    private static JsonObject Guide() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "ContractKit.Spec.Tests", "Examples", "guide-push-request.json")))!.AsObject();

    private static ValidationResult Validate(JsonNode body) => Validators.Value.Validate(Schema, body.ToJsonString(), At2026);

    private static ValidationResult ValidateWithFirstMessage(Action<JsonObject> change)
    {
        var body = Guide();
        change(body["messages"]![0]!.AsObject());
        return Validate(body);
    }

    [Fact]
    public void The_guide_body_is_valid()
    {
        var result = Validate(Guide());

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void A_body_with_101_messages_breaks_maxItems_at_messages()
    {
        var message = Guide()["messages"]![0]!;
        var body = new JsonObject { ["messages"] = new JsonArray(Enumerable.Range(0, 101).Select(_ => message.DeepClone()).ToArray()) };

        var error = Assert.Single(Validate(body).Errors);

        Assert.Equal(("/messages", "maxItems"), (error.Pointer, error.Keyword));
    }

    [Fact]
    public void A_message_dated_tomorrow_breaks_not_future_at_its_timestamp()
    {
        var error = Assert.Single(ValidateWithFirstMessage(m => m["messageCreatedAt"] = "2026-11-26T12:00:00Z").Errors);

        Assert.Equal(("/messages/0/messageCreatedAt", "x-contractkit-not-future"), (error.Pointer, error.Keyword));
    }

    [Fact]
    public void A_message_four_minutes_ahead_is_within_the_allowed_skew()
    {
        var result = ValidateWithFirstMessage(m => m["messageCreatedAt"] = "2026-11-25T12:04:00Z");

        Assert.True(result.IsValid, result.ToString());
    }

    [Fact]
    public void A_missing_content_is_reported_where_it_belongs()
    {
        var error = Assert.Single(ValidateWithFirstMessage(m => m.Remove("content")).Errors);

        Assert.Equal(("/messages/0/content", "required"), (error.Pointer, error.Keyword));
    }

    [Fact]
    public void A_phone_number_with_a_final_newline_breaks_the_pattern()
    {
        // ECMA-262's $ matches only at the end; .NET's (and so NJsonSchema's) also before a final \n.
        var result = ValidateWithFirstMessage(m => m["guestIdentifier"]!["value"] = "+41791234567\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(("/messages/0/guestIdentifier/value", "pattern"), (error.Pointer, error.Keyword));
    }

    [Fact]
    public void A_date_time_without_offset_breaks_the_format()
    {
        var error = Assert.Single(ValidateWithFirstMessage(m => m["messageCreatedAt"] = "2026-02-10T10:30:00").Errors);

        Assert.Equal(("/messages/0/messageCreatedAt", "format"), (error.Pointer, error.Keyword));
    }

    [Fact]
    public void An_unknown_content_type_is_reported_at_the_discriminator()
    {
        var error = Assert.Single(ValidateWithFirstMessage(m => m["content"]!["type"] = "fax").Errors);

        Assert.Equal(("/messages/0/content/type", "discriminator"), (error.Pointer, error.Keyword));
    }

    [Fact]
    public void Every_violation_is_reported_in_document_order()
    {
        var body = Guide();
        body["messages"]![1]!.AsObject().Remove("content");
        body["messages"]![0]!["messageCreatedAt"] = "2031-01-01T00:00:00Z";

        var errors = Validate(body).Errors.Select(e => (e.Pointer, e.Keyword));

        Assert.Equal(new[] { ("/messages/0/messageCreatedAt", "x-contractkit-not-future"), ("/messages/1/content", "required") }, errors);
    }

    [Theory]
    [InlineData("", "json")]
    [InlineData("{\"messages\": [", "json")]
    [InlineData("[]", "type")]
    [InlineData("{\"messages\": []} trailing", "json")]
    public void Text_that_is_not_a_body_gets_an_error_not_an_exception(string text, string keyword)
    {
        var result = Validators.Value.Validate(Schema, text, At2026);

        Assert.Contains(result.Errors, e => e.Keyword == keyword);
    }

    [Theory]
    [InlineData("{\"mess\u00FFages\": []}", 6)] // a property name (found by the server's no-5xx property)
    [InlineData("{\"messages\": [\"\u00C3\"]}", 15)] // a string value: a lead byte with no continuation
    public void Bytes_that_are_not_UTF8_are_a_json_error_at_their_offset(string latin1, int offset)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(latin1);

        var result = Validators.Value.ValidateBytes("#/components/schemas/" + Schema, bytes, At2026);

        var error = Assert.Single(result.Errors);
        Assert.Equal(("", "json"), (error.Pointer, error.Keyword));
        Assert.Contains($"byte {offset}", error.Message);
    }

    /// <summary>
    /// Strings that escape half of a surrogate pair alone, where a check reads them as text (an enum, a member the
    /// schema types as a string, a pattern): one json error, never a throw. The discriminator, when it is not the first
    /// member, is compared without decoding: a value that matches no case is that, as for any other unknown value.
    /// </summary>
    [Theory]
    [InlineData("{\"messages\":[{\"platform\":\"\\uD800\\uD800\\uD800\"}]}", "/messages/0/platform", "json")]
    [InlineData("{\"messages\":[{\"pmsPropertyId\":\"\\uD800\"}]}", "/messages/0/pmsPropertyId", "json")]
    [InlineData("{\"messages\":[{\"guestIdentifier\":{\"type\":\"PHONENUMBER\",\"value\":\"+4179\\uD83D\"}}]}", "/messages/0/guestIdentifier/value", "json")]
    [InlineData("{\"messages\":[{\"guestIdentifier\":{\"value\":\"x\",\"type\":\"\\uDC00\"}}]}", "/messages/0/guestIdentifier/type", "discriminator")]
    public void A_string_with_an_escaped_lone_surrogate_is_reported_not_thrown(string body, string pointer, string keyword)
    {
        var result = Validators.Value.Validate(Schema, body, At2026);

        var error = Assert.Single(result.Errors, e => e.Pointer == pointer);
        Assert.Equal(keyword, error.Keyword);
        if (keyword == "json")
        {
            Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_member_named_by_an_escaped_lone_surrogate_is_reported_not_thrown()
    {
        var result = Validators.Value.Validate(Schema, "{\"messages\": [], \"\\uD800\": 1}", At2026);

        Assert.Contains(result.Errors, e => e.Keyword == "additionalProperties");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_an_error_in_bounded_time()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 100_000)) + string.Concat(Enumerable.Repeat("]", 100_000));

        var result = Validators.Value.Validate(Schema, "{\"messages\":" + deep + "}", At2026);

        Assert.Contains(result.Errors, e => e.Keyword is "json" or "type");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
