using System.Text.Json.Nodes;

namespace ContractKit.Conformance.Generation;

/// <summary>One edit at a place in an instance: replace the value there, remove the member, or add one. Applied to a copy.</summary>
internal sealed record InstanceEdit(IReadOnlyList<string> Path, InstanceEdit.Kind Action, JsonNode? Value = null)
{
    public enum Kind
    {
        Replace,
        Remove,
        Add,
    }

    /// <summary>A copy of <paramref name="root"/> with the edit made.</summary>
    public JsonNode? ApplyTo(JsonNode? root)
    {
        var copy = root?.DeepClone();
        if (Path.Count == 0)
        {
            return Action == Kind.Replace ? Value?.DeepClone() : copy;
        }
        var parent = copy;
        foreach (var token in Path.Take(Path.Count - 1))
        {
            parent = parent switch
            {
                JsonObject obj => obj[token],
                JsonArray array => array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)],
                _ => throw new InvalidOperationException($"No container at '{token}'."),
            };
        }
        var last = Path[^1];
        switch (parent, Action)
        {
            case (JsonObject obj, Kind.Remove):
                obj.Remove(last);
                break;
            case (JsonObject obj, _):
                obj[last] = Value?.DeepClone();
                break;
            case (JsonArray array, Kind.Replace):
                array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = Value?.DeepClone();
                break;
            default:
                throw new InvalidOperationException($"Cannot {Action} at '{last}'.");
        }
        return copy;
    }
}
