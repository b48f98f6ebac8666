using System.Text.Json.Nodes;

namespace ContractKit.Spec.Tests.Infrastructure;

/// <summary>Push request bodies: the guide's example and variations of it.</summary>
internal static class PushRequests
{
    public const string Schema = "PushMessagesRequest";

    private static readonly Lazy<string> GuideText = new(() => File.ReadAllText(SpecFiles.Example("guide-push-request.json")));

    /// <summary>The request body of the guide's quick start: two text messages of one guest.</summary>
    public static JsonObject Guide() => JsonNode.Parse(GuideText.Value)!.AsObject();

    /// <summary>A body with <paramref name="count"/> copies of the guide's first message.</summary>
    public static JsonObject WithMessages(int count)
    {
        var message = Guide()["messages"]![0]!;
        return new JsonObject { ["messages"] = new JsonArray(Enumerable.Range(0, count).Select(_ => message.DeepClone()).ToArray()) };
    }

    /// <summary>The guide's body with its first message changed by <paramref name="change"/>.</summary>
    public static JsonObject WithFirstMessage(Action<JsonObject> change)
    {
        var body = Guide();
        change(body["messages"]![0]!.AsObject());
        return body;
    }
}
