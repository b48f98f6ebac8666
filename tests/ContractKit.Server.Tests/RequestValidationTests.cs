using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ContractKit.Server.Tests.Infrastructure;

namespace ContractKit.Server.Tests;

/// <summary>Requests that break the contract are answered with problem+json before the implementation runs.</summary>
public sealed class RequestValidationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static async Task<JsonNode> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(text)!;
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.Equal("about:blank", problem["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["title"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(problem["detail"]!.GetValue<string>()));
        Assert.NotNull(problem["instance"]);
        return problem;
    }

    private static List<(string In, string Pointer, string Keyword)> Errors(JsonNode problem)
        => problem["errors"]!.AsArray()
            .Select(e => (e!["in"]!.GetValue<string>(), e["pointer"]!.GetValue<string>(), e["keyword"]!.GetValue<string>()))
            .ToList();

    [Fact]
    public async Task A_push_of_101_messages_is_a_400_with_maxItems_at_messages()
    {
        using var response = await server.PushAsync(Guide.PushOf(101));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(("body", "/messages", "maxItems"), Errors(problem));
        Assert.Equal(ServerFixture.MessagesPath, problem["instance"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("null", "type")]
    [InlineData("[]", "type")]
    [InlineData("{\"messages\": []}", "minItems")]
    [InlineData("{\"messages\": [1]}", "type")]
    public async Task A_body_the_one_pass_read_refuses_is_a_400_with_the_validators_error(string body, string keyword)
    {
        // The server reads the body into its model and validates it in one pass (ReadValidated…): whatever it refuses
        // comes back as the validator words it, and the implementation never runs.
        using var response = await server.PushAsync(body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Errors(problem), e => e.In == "body" && e.Keyword == keyword);
    }

    [Fact]
    public async Task Several_violations_are_reported_together_in_document_order()
    {
        var body = JsonNode.Parse(Guide.PushBody)!;
        body["messages"]![0]!.AsObject().Remove("content");
        body["messages"]![1]!["messageCreatedAt"] = "2031-01-01T00:00:00Z";
        body["messages"]![1]!["direction"] = 42;

        using var response = await server.PushAsync(body.ToJsonString());

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = Errors(problem);
        Assert.True(errors.Count >= 3, string.Join("; ", errors));
        Assert.All(errors, e => Assert.Equal("body", e.In));
        Assert.Equal(("body", "/messages/0/content", "required"), errors[0]);
        var direction = errors.FindIndex(e => e.Pointer == "/messages/1/direction");
        var future = errors.FindIndex(e => e == ("body", "/messages/1/messageCreatedAt", "x-contractkit-not-future"));
        Assert.True(direction > 0 && future > direction, string.Join("; ", errors));
        Assert.Contains("violations", problem["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("size=0", "minimum")]
    [InlineData("size=101", "maximum")]
    [InlineData("size=abc", "type")]
    [InlineData("size=", "type")]
    [InlineData("size=1.5", "type")]
    public async Task A_bad_size_is_a_400_in_query_at_size(string query, string keyword)
    {
        using var response = await server.SendAsync(HttpMethod.Get, $"/api/unified-messaging-service/guest-conversations/conv-1/messages?{query}", token: ServerFixture.Read);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = Errors(problem);
        Assert.Equal(("query", "/size", keyword), errors[0]);
        Assert.All(errors, e => Assert.Equal(("query", "/size"), (e.In, e.Pointer)));
    }

    [Fact]
    public async Task Parameter_and_query_violations_are_listed_together()
    {
        using var response = await server.SendAsync(HttpMethod.Get, $"/api/unified-messaging-service/guest-conversations/{new string('c', 129)}/messages?page=-1&size=abc", token: ServerFixture.Read);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([("path", "/conversationId", "maxLength"), ("query", "/page", "minimum"), ("query", "/size", "type")], Errors(problem));
    }

    [Fact]
    public async Task Malformed_json_is_a_400()
    {
        using var response = await server.PushAsync("{\"messages\": [ {\"guestIdentifier\": ");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.All(Errors(problem), e => Assert.Equal("body", e.In));
        Assert.NotEmpty(Errors(problem));
    }

    /// <summary>Valid JSON grammar that no reader here can decode as text: a 400 naming the string, not a 500.</summary>
    [Theory]
    [InlineData("\\uD800")]
    [InlineData("hello \\uDFFF")]
    public async Task A_text_that_escapes_a_lone_surrogate_is_a_400(string text)
    {
        var body = Guide.PushBody.Replace("Hi, I would like to book a room for next weekend.", text, StringComparison.Ordinal);
        Assert.NotEqual(Guide.PushBody, body);

        using var response = await server.PushAsync(body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(Errors(problem));
        Assert.Equal(("body", "json"), (error.In, error.Keyword));
        Assert.StartsWith("/messages/0/content", error.Pointer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_plain_is_a_415()
    {
        using var response = await server.PushAsync(Guide.PushBody, contentType: "text/plain");

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_json_body_without_content_type_is_a_415()
    {
        using var response = await server.PushAsync(Guide.PushBody, contentType: null);

        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Json_with_a_charset_is_accepted()
    {
        using var response = await server.PushAsync(Guide.PushBody, contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_missing_body_is_a_400_required()
    {
        using var response = await server.SendAsync(HttpMethod.Post, ServerFixture.MessagesPath, body: null);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([("body", "", "required")], Errors(problem));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_413_by_its_content_length()
    {
        var body = new byte[5 * 1024 * 1024 + 1];
        Array.Fill(body, (byte)' ');

        using var response = await server.SendAsync(HttpMethod.Post, ServerFixture.MessagesPath, body);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_while_reading()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ServerFixture.MessagesPath)
        {
            Content = new StreamContent(new UnknownLengthStream(5 * 1024 * 1024 + 10)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new("Bearer", ServerFixture.Write);

        using var response = await server.Client.SendAsync(request);

        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_400_at_its_pointer()
    {
        var body = JsonNode.Parse(Guide.PushBody)!;
        body["messages"]![0]!["platform"] = "CARRIER_PIGEON";

        using var response = await server.PushAsync(body.ToJsonString());

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(Errors(problem), e => e.In == "body" && e.Pointer == "/messages/0/platform" && e.Keyword == "enum");
    }

    [Fact]
    public async Task A_huge_number_for_an_int32_field_is_a_400_not_a_500()
    {
        var body = JsonNode.Parse(Guide.PushBody)!;
        body["messages"]![0]!["guestIdentifier"]!["value"] = 1e300;

        using var response = await server.PushAsync(body.ToJsonString());

        await ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    /// <summary>A body whose length the client does not know: sent chunked, so only counting catches it.</summary>
    private sealed class UnknownLengthStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            Array.Fill(buffer, (byte)' ', offset, n);
            position += n;
            return n;
        }
    }
}
