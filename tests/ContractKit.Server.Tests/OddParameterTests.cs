using System.Net;
using System.Text.Json.Nodes;
using ContractKit.Server.Tests.Odd;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractKit.Server.Tests;

/// <summary>Echoes what the endpoint bound, so a test sees each parameter as the implementation gets it.</summary>
public sealed class OddApi : IOddApi
{
    public Task<GetItemResult> GetItemAsync(string itemId, int xCount, IReadOnlyList<string>? tags, IReadOnlyList<int>? ids, GetItemKind? kind, string? session, bool? flag, CancellationToken cancellationToken)
    {
        var text = $"id={itemId} count={xCount} tags=[{string.Join("|", tags ?? [])}] ids=[{string.Join("|", ids ?? [])}] kind={kind} session={session} flag={flag}";
        return Task.FromResult(itemId == "teapot" ? GetItemResult.Default(418, new Echo { Text = text }) : GetItemResult.Ok(new Echo { Text = text }));
    }

    public async Task<UploadResult> UploadAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await body.CopyToAsync(buffer, cancellationToken);
        return buffer.Length == 0 ? UploadResult.NoContent() : UploadResult.Status2XX(202);
    }
}

/// <summary>A spec with parameters in every place and style, a binary body, and range and default responses.</summary>
public sealed class OddParameterTests : IAsyncLifetime
{
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddAuthorization();
        builder.Services.AddOddApiServer<OddApi>(options => options.MaxRequestBodyBytes = 1000);
        app = builder.Build();
        app.MapOddApi();
        await app.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string path, string? count = "3", string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (count is not null)
        {
            request.Headers.Add("X-Count", count);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    [Fact]
    public async Task Every_place_and_style_is_bound()
    {
        var (status, body) = await GetAsync("/items/ab.c?tags=x&tags=y&ids=1,2,3&kind=fancy&flag=true", cookie: "session=s1");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("id=ab.c count=3 tags=[x|y] ids=[1|2|3] kind=fancy session=s1 flag=True", body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Absent_optional_parameters_are_null_or_their_default()
    {
        var (status, body) = await GetAsync("/items/ab");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("id=ab count=3 tags=[] ids=[] kind=plain session= flag=", body!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/items/a", "3", "path", "/item.id", "minLength")]
    [InlineData("/items/ab?ids=1,x", "3", "query", "/ids", "type")]
    [InlineData("/items/ab?ids=1,0", "3", "query", "/ids/1", "minimum")]
    [InlineData("/items/ab?tags=a&tags=b&tags=c&tags=d", "3", "query", "/tags", "maxItems")]
    [InlineData("/items/ab?kind=odd", "3", "query", "/kind", "enum")]
    [InlineData("/items/ab?flag=yes", "3", "query", "/flag", "type")]
    [InlineData("/items/ab", "11", "header", "/X-Count", "maximum")]
    [InlineData("/items/ab", "many", "header", "/X-Count", "type")]
    [InlineData("/items/ab", null, "header", "/X-Count", "required")]
    public async Task A_bad_parameter_is_a_400_at_its_place_and_name(string path, string? count, string place, string pointer, string keyword)
    {
        var (status, body) = await GetAsync(path, count);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        var error = body!["errors"]![0]!;
        Assert.Equal((place, pointer, keyword), (error["in"]!.GetValue<string>(), error["pointer"]!.GetValue<string>(), error["keyword"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_default_response_carries_the_status_the_implementation_chose()
    {
        var (status, body) = await GetAsync("/items/teapot");

        Assert.Equal((HttpStatusCode)418, status);
        Assert.StartsWith("id=teapot", body!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_binary_body_reaches_the_implementation_as_a_stream()
    {
        using var content = new ByteArrayContent([1, 2, 3]);
        content.Headers.ContentType = new("application/octet-stream");
        using var stored = await client.PostAsync("/uploads", content);
        using var json = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var wrongType = await client.PostAsync("/uploads", json);

        Assert.Equal(HttpStatusCode.Accepted, stored.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Equal("application/problem+json", wrongType.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_binary_body_over_the_configured_limit_is_a_413(bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/uploads")
        {
            Content = chunked ? new StreamContent(new MemoryStream(new byte[2000])) : new ByteArrayContent(new byte[2000]),
        };
        request.Content.Headers.ContentType = new("application/octet-stream");
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public void Result_factories_refuse_a_status_outside_their_range()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => UploadResult.Status2XX(500));
        Assert.Throws<ArgumentOutOfRangeException>(() => GetItemResult.Default(42, new Echo { Text = "" }));
    }
}
