using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Model.Validation;

namespace ContractKit.Generator.Emitting.Validators;

/// <summary>
/// Which nodes are written in the one place that uses them instead of as a method of their own: a leaf (a check of a
/// string, a number or an enum, which reads no other node) that only one member, array or map of its own file uses.
/// Leaves are most of a document's values; a call, a second type switch and a return for each cost more than the
/// check itself. Written in place they are also less code, since their method goes. A leaf used in several places
/// (a component enum) keeps its method. The one-pass readers write an in-place leaf a second time, in their own
/// walk: they read with a <c>Utf8JsonReader</c>, the validators with a <c>JsonScanner</c>.
/// </summary>
internal sealed class NodeInlining
{
    private readonly Dictionary<string, ValidatorNode> inPlace;

    private NodeInlining(Dictionary<string, ValidatorNode> inPlace) => this.inPlace = inPlace;

    public static NodeInlining Plan(ValidatorCatalog catalog)
    {
        var uses = new Dictionary<string, int>();
        var candidates = new Dictionary<string, ValidatorNode>();
        foreach (var group in catalog.Groups)
        {
            var own = group.Nodes.ToDictionary(n => n.Name);
            foreach (var entry in group.Entries)
            {
                Count(uses, entry.Node);
            }
            foreach (var node in group.Nodes)
            {
                foreach (var name in References(node))
                {
                    Count(uses, name);
                }
                foreach (var name in ValueSites(node))
                {
                    if (own.TryGetValue(name, out var used) && IsLeaf(used))
                    {
                        candidates[name] = used;
                    }
                }
            }
        }
        return new NodeInlining(candidates.Where(c => uses[c.Key] == 1).ToDictionary(c => c.Key, c => c.Value));
    }

    /// <summary>The node to write in place of a call to <paramref name="name"/>, or null to call its method.</summary>
    public ValidatorNode? InPlace(string name) => inPlace.TryGetValue(name, out var node) ? node : null;

    /// <summary>The node has no method: its one user holds its check.</summary>
    public bool HasNoMethod(ValidatorNode node) => inPlace.ContainsKey(node.Name);

    /// <summary>Checks one value and reads no other node: no members, items or applicators.</summary>
    public static bool IsLeaf(ValidatorNode node) => node.Object is null && node.Array is null && node.Composition is null;

    private static void Count(Dictionary<string, int> uses, string? name)
    {
        if (name is not null)
        {
            uses[name] = uses.TryGetValue(name, out var count) ? count + 1 : 1;
        }
    }

    /// <summary>Where a node checks a value with the reader itself, not a copy: where a leaf can stand in place.</summary>
    private static IEnumerable<string> ValueSites(ValidatorNode node)
    {
        var names = new List<string?>();
        if (node.Object is { } rules)
        {
            names.AddRange(rules.Properties.Select(p => p.Node));
            names.Add(rules.AdditionalNode);
        }
        names.Add(node.Array?.Items);
        return names.OfType<string>();
    }

    /// <summary>Every use of another node, wherever it is.</summary>
    private static IEnumerable<string> References(ValidatorNode node)
    {
        var names = new List<string?>(ValueSites(node));
        if (node.Composition is { } composition)
        {
            names.AddRange(composition.AllOf.Concat(composition.AnyOf).Concat(composition.OneOf).Select(r => r.Node));
            names.Add(composition.Not?.Node);
            if (composition.Discriminator is { } discriminator)
            {
                names.AddRange(discriminator.Cases.Select(c => c.Node));
            }
        }
        return names.OfType<string>();
    }
}
