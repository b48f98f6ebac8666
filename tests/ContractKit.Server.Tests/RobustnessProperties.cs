using System.Text;
using System.Text.Json.Nodes;
using ContractKit.Server.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Server.Tests;

/// <summary>Whatever a client sends, the server answers it; a 5xx would be a bug of the generated code.</summary>
public sealed class RobustnessProperties(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "text/plain", "application/problem+json",
        "application/xml", "multipart/form-data; boundary=x", "application/vnd.api+json", "", ";;;", "*/*", "application/json; charset=latin1",
    ];

    private static readonly byte[] Guide = Encoding.UTF8.GetBytes(Infrastructure.Guide.PushBody);

    /// <summary>Mutations of the guide's body: bytes flipped, cut short, spliced, or JSON values replaced.</summary>
    private static Gen<byte[]> Bodies()
    {
        var random = ArbMap.Default.GeneratorFor<byte[]>();
        var flipped = Gen.Choose(0, Guide.Length - 1).Zip(Gen.Choose(0, 255)).ArrayOf().Select(edits =>
        {
            var copy = (byte[])Guide.Clone();
            foreach (var (at, value) in edits)
            {
                copy[at] = (byte)value;
            }
            return copy;
        });
        var cut = Gen.Choose(0, Guide.Length).Select(n => Guide.AsSpan(0, n).ToArray());
        var replaced = Gen.Elements("messages", "guestIdentifier", "type", "value", "platform", "direction", "content", "text", "messageCreatedAt")
            .Zip(Gen.Elements<JsonNode?>(null, 0, -1, 1e308, "", "x", true, new JsonArray(), new JsonObject(), "9999-12-31T23:59:59Z", "2026-02-10T10:30:00"))
            .Select(change => Encoding.UTF8.GetBytes(Infrastructure.Guide.PushBody.Replace($"\"{change.Item1}\": ", $"\"{change.Item1}\": {change.Item2?.ToJsonString() ?? "null"}, \"was\": ")));
        return Gen.OneOf(random, flipped, cut, replaced);
    }

    [Fact]
    public void Random_bodies_content_types_and_tokens_never_give_a_5xx()
    {
        var cases = Bodies().Zip(Gen.Elements(ContentTypes)).Zip(Gen.Elements<string?>(null, "-", ServerFixture.Write));
        var property = Prop.ForAll(Arb.From(cases), (((byte[] Body, string ContentType), string? Token) c) =>
        {
            using var response = server.SendAsync(HttpMethod.Post, ServerFixture.MessagesPath, c.Item1.Body, c.Item1.ContentType, c.Item2).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Random_query_strings_never_give_a_5xx()
    {
        var text = Gen.Elements("0", "-1", "20", "abc", "", "1e3", "2147483648", "99999999999999999999", "%00", "%FF", "1.0", "true", "[1]", "\"1\"");
        var cases = Gen.Elements("page", "size", "Page", "x").Zip(text).ArrayOf();
        var property = Prop.ForAll(Arb.From(cases), ((string Name, string Value)[] query) =>
        {
            var path = "/api/unified-messaging-service/guest-conversations/conv-1/messages?" + string.Join("&", query.Select(q => q.Name + "=" + q.Value));
            using var response = server.SendAsync(HttpMethod.Get, path, token: ServerFixture.Read).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Random_path_values_and_headers_never_give_a_5xx()
    {
        var text = ArbMap.Default.GeneratorFor<string>().Where(t => t is not null);
        var property = Prop.ForAll(Arb.From(text.Zip(text)), ((string Path, string Key) c) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/unified-messaging-service/guest-conversations/" + Uri.EscapeDataString(c.Path) + "/messages");
            request.Headers.Authorization = new("Bearer", ServerFixture.Read);
            request.Headers.TryAddWithoutValidation("Idempotency-Key", c.Key);
            using var response = server.Client.SendAsync(request).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true), property);
    }
}
