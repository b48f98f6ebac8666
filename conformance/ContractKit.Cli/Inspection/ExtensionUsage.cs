using System.Text.Json.Nodes;

namespace ContractKit.Cli.Inspection;

/// <summary>One <c>x-contractkit-*</c> extension found in the spec.</summary>
/// <param name="Pointer">The object that carries it, as a JSON pointer fragment.</param>
/// <param name="Value">Its value as JSON; null for a YAML/JSON null.</param>
internal sealed record ExtensionUsage(string Name, string Pointer, JsonNode? Value);
