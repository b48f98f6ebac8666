using System.Buffers;
using System.Text.Json;

namespace ContractKit.Runtime.Http;

/// <summary>Writes RFC 9457 problem details (<c>application/problem+json</c>) the way the spec's <c>Problem</c> and
/// <c>ValidationProblem</c> schemas describe them.</summary>
public static class ProblemJson
{
    /// <summary>The media type of a problem.</summary>
    public const string MediaType = "application/problem+json";

    /// <summary>A problem document: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c>, <c>instance</c>, and
    /// <c>errors</c> when <paramref name="errors"/> is given.</summary>
    public static byte[] Write(int status, string detail, string? instance, IReadOnlyList<RequestViolation>? errors = null)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", "about:blank");
            writer.WriteString("title", ReasonPhrases.Of(status));
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            if (instance is not null)
            {
                writer.WriteString("instance", instance);
            }
            if (errors is not null)
            {
                writer.WriteStartArray("errors");
                foreach (var error in errors)
                {
                    writer.WriteStartObject();
                    writer.WriteString("in", error.In);
                    writer.WriteString("pointer", error.Pointer);
                    writer.WriteString("keyword", error.Keyword);
                    writer.WriteString("message", error.Message);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The detail of a <c>400</c>: how many violations, and that nothing happened.</summary>
    public static string ViolationsDetail(int count)
        => count == 1 ? "The request has 1 violation; nothing was stored." : $"The request has {count} violations; nothing was stored.";
}
