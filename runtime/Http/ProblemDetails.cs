using System.Text.Json;

namespace ContractKit.Runtime.Http;

/// <summary>
/// An RFC 9457 problem document (<c>application/problem+json</c>): the five standard members and every other
/// member kept as JSON (<c>errors</c> of a validation problem, say). Read without reflection.
/// </summary>
public sealed class ProblemDetails
{
    /// <summary>A URI reference naming the problem type; <c>about:blank</c> when absent, as RFC 9457 says.</summary>
    public string Type { get; init; } = "about:blank";

    /// <summary>A short summary of the problem type.</summary>
    public string? Title { get; init; }

    /// <summary>The HTTP status the server gave in the body.</summary>
    public int? Status { get; init; }

    /// <summary>An explanation of this occurrence.</summary>
    public string? Detail { get; init; }

    /// <summary>A URI reference identifying this occurrence.</summary>
    public string? Instance { get; init; }

    /// <summary>Every other member, by name (each element is detached from the document).</summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Reads a problem document; null when <paramref name="utf8Json"/> is not a JSON object. A standard
    /// member of the wrong JSON type is ignored, as RFC 9457 §3.1 asks.</summary>
    public static ProblemDetails? TryParse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            string? type = null, title = null, detail = null, instance = null;
            int? status = null;
            var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var member in root.EnumerateObject())
            {
                var value = member.Value;
                switch (member.Name)
                {
                    case "type" when value.ValueKind == JsonValueKind.String: type = value.GetString(); break;
                    case "title" when value.ValueKind == JsonValueKind.String: title = value.GetString(); break;
                    case "detail" when value.ValueKind == JsonValueKind.String: detail = value.GetString(); break;
                    case "instance" when value.ValueKind == JsonValueKind.String: instance = value.GetString(); break;
                    case "status" when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var code): status = code; break;
                    case "type" or "title" or "detail" or "instance" or "status": break;
                    default: extensions[member.Name] = value.Clone(); break;
                }
            }
            return new ProblemDetails
            {
                Type = type ?? "about:blank",
                Title = title,
                Status = status,
                Detail = detail,
                Instance = instance,
                Extensions = extensions,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Title ?? Type}{(Detail is null ? "" : ": " + Detail)}";
}
