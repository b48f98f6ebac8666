using System.Security.Claims;
using System.Text;
using ContractKit.Runtime.Http;
using ContractKit.Runtime.Json;
using ContractKit.Runtime.Validation;

namespace ContractKit.Runtime.Tests.Http;

/// <summary>Parameter text becomes the JSON the validators and converters read; what cannot, is a type violation.</summary>
public sealed class ParameterReaderTests
{
    private static readonly System.Text.Json.JsonSerializerOptions Options = new();

    private static string? Json(string text, ParameterJsonKind kind)
        => ParameterReader.ToJson(text, kind) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;

    [Theory]
    [InlineData("42", "42")]
    [InlineData("-1", "-1")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e3", "1e3")]
    [InlineData("abc", null)]
    [InlineData("", null)]
    [InlineData(" 1", null)]
    [InlineData("1 2", null)]
    [InlineData("[1]", null)]
    [InlineData("\"1\"", null)]
    [InlineData("01", null)]
    public void Numbers_are_json_numbers_or_nothing(string text, string? expected)
        => Assert.Equal(expected, Json(text, ParameterJsonKind.Number));

    [Theory]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("True", null)]
    [InlineData("1", null)]
    public void Booleans_are_exactly_true_or_false(string text, string? expected)
        => Assert.Equal(expected, Json(text, ParameterJsonKind.Boolean));

    [Theory]
    [InlineData("abc", "\"abc\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\"b", "\"a\\u0022b\"")]
    [InlineData("42", "\"42\"")]
    public void Strings_are_always_json_strings(string text, string expected)
        => Assert.Equal(expected, Json(text, ParameterJsonKind.String));

    [Theory]
    [InlineData("{\"a\":1}", "{\"a\":1}")]
    [InlineData("[1,2]", "[1,2]")]
    [InlineData("not json", "\"not json\"")]
    public void Json_kind_keeps_json_and_quotes_the_rest(string text, string expected)
        => Assert.Equal(expected, Json(text, ParameterJsonKind.Json));

    [Fact]
    public void Arrays_are_json_arrays_of_their_items()
    {
        Assert.Equal("[1,2,3]", Encoding.UTF8.GetString(ParameterReader.ToJsonArray(["1", "2", "3"], ParameterJsonKind.Number)!));
        Assert.Null(ParameterReader.ToJsonArray(["1", "x"], ParameterJsonKind.Number));
        Assert.Equal("[]", Encoding.UTF8.GetString(ParameterReader.ToJsonArray([], ParameterJsonKind.String)!));
    }

    [Theory]
    [InlineData("a,b,c", ',', false, new[] { "a", "b", "c" })]
    [InlineData("a b", ' ', false, new[] { "a", "b" })]
    [InlineData("a|b", '|', false, new[] { "a", "b" })]
    [InlineData("", ',', false, new string[0])]
    public void Delimited_values_split_at_their_delimiter(string value, char delimiter, bool repeated, string[] expected)
        => Assert.Equal(expected, ParameterReader.Items([value], delimiter, repeated));

    [Fact]
    public void Exploded_form_values_are_taken_as_they_came()
        => Assert.Equal(["a,b", "c"], ParameterReader.Items(["a,b", "c"], ',', repeated: true));

    [Fact]
    public void Label_and_matrix_prefixes_are_removed()
    {
        Assert.Equal("5", ParameterReader.WithoutLabel(".5"));
        Assert.Equal("5", ParameterReader.WithoutMatrix(";id=5", "id"));
        Assert.Equal("", ParameterReader.WithoutMatrix(";id", "id"));
    }

    [Fact]
    public void Reading_a_value_that_does_not_fit_its_type_is_false_not_an_exception()
    {
        Assert.True(ParameterReader.TryRead(Encoding.UTF8.GetBytes("42"), JsonRead.Int32, Options, out var small));
        Assert.Equal(42, small);
        Assert.False(ParameterReader.TryRead(Encoding.UTF8.GetBytes("2147483648"), JsonRead.Int32, Options, out _));
        Assert.False(ParameterReader.TryRead(Encoding.UTF8.GetBytes("\"x\""), JsonRead.Int32, Options, out _));
    }

    [Fact]
    public void Binding_reports_type_and_validator_violations_at_the_parameters_pointer()
    {
        var violations = new RequestViolations(ValidationOptions.Default);
        static ValidationResult Positive(ReadOnlySpan<byte> json, ValidationOptions? options)
            => JsonValidator.Validate(json, static (ref JsonScanner reader, ref JsonValidationState state) =>
            {
                if (reader.ToReader().GetInt32() < 1)
                {
                    state.Fail(ref reader, "minimum", "must be at least 1");
                }
            }, options);

        Assert.False(violations.TryBind("query", "size", ParameterReader.ToJson("abc", ParameterJsonKind.Number), Positive, JsonRead.Int32, Options, out _));
        Assert.False(violations.TryBind("query", "size", ParameterReader.ToJson("0", ParameterJsonKind.Number), Positive, JsonRead.Int32, Options, out _));
        Assert.True(violations.TryBind("query", "size", ParameterReader.ToJson("5", ParameterJsonKind.Number), Positive, JsonRead.Int32, Options, out var five));
        violations.Missing("path", "id");

        Assert.Equal(5, five);
        Assert.Equal(
            [("query", "/size", "type"), ("query", "/size", "minimum"), ("path", "/id", "required")],
            violations.Items.Select(v => (v.In, v.Pointer, v.Keyword)));
    }

    [Fact]
    public void A_body_that_is_not_utf8_is_one_json_violation()
    {
        var violations = new RequestViolations(null);
        violations.ValidateBody(new byte[] { (byte)'"', 0xEB, (byte)'"' }, (json, options) => throw new InvalidOperationException("must not be reached"));

        Assert.Equal([("body", "", "json")], violations.Items.Select(v => (v.In, v.Pointer, v.Keyword)));
    }
}

/// <summary>Bodies are read within their limit; media types match as HTTP says.</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task A_body_within_the_limit_is_read_whole()
    {
        var bytes = await RequestBody.ReadAsync(new MemoryStream(new byte[100]), 100, CancellationToken.None);
        Assert.Equal(100, bytes!.Length);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_null_and_no_more_than_the_limit_plus_a_chunk_is_read()
    {
        var stream = new MemoryStream(new byte[1_000_000]);
        Assert.Null(await RequestBody.ReadAsync(stream, 1000, CancellationToken.None));
        Assert.True(stream.Position <= 1001, $"read {stream.Position} bytes");
    }

    [Theory]
    [InlineData("application/json", "application/json", true)]
    [InlineData("Application/JSON; charset=utf-8", "application/json", true)]
    [InlineData("application/problem+json", "application/json", true)]
    [InlineData("text/plain", "application/json", false)]
    [InlineData("", "application/json", false)]
    [InlineData(null, "application/json", false)]
    [InlineData("application/octet-stream", "application/octet-stream", true)]
    [InlineData("image/png", "application/octet-stream", false)]
    [InlineData("image/png", "image/*", true)]
    [InlineData("text/plain", "image/*", false)]
    [InlineData("application/json", "application/json; charset=utf-8", true)]
    public void Media_types_match_without_their_parameters(string? contentType, string expected, bool matches)
        => Assert.Equal(matches, RequestBody.IsMediaType(contentType, expected));
}

/// <summary>Scopes come from a space-separated <c>scope</c> claim or from <c>scp</c> claims.</summary>
public sealed class ScopesTests
{
    private static ClaimsPrincipal With(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    [Fact]
    public void Every_required_scope_must_be_granted()
    {
        var user = With(new Claim("scope", "a b"));
        Assert.True(Scopes.Granted(user, "a"));
        Assert.True(Scopes.Granted(user, "a", "b"));
        Assert.False(Scopes.Granted(user, "a", "c"));
        Assert.False(Scopes.Granted(With(new Claim("scope", "ab")), "a"));
    }

    [Fact]
    public void Scp_claims_count_too()
        => Assert.True(Scopes.Granted(With(new Claim("scp", "a"), new Claim("scp", "b")), "a", "b"));
}
