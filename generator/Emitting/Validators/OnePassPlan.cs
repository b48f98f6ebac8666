using System.Collections.Generic;
using System.Linq;
using ContractKit.Generator.Model;
using ContractKit.Generator.Model.Validation;

namespace ContractKit.Generator.Emitting.Validators;

/// <summary>
/// Which model types get a one-pass reader (<c>ReadChecked{Type}</c>): those whose validator node checks nothing a
/// reader of the model cannot check on the way. An object whose node has only members, <c>required</c>,
/// <c>additionalProperties</c> and member counts, with the same members as the model; a union dispatched on its
/// discriminator and nothing else. Anything else is read by its converter after its node checked a copy of the
/// reader: still right, in two passes over that value only.
/// </summary>
internal sealed class OnePassPlan
{
    private readonly SpecModel model;
    private readonly Dictionary<string, ValidatorNode> nodes;
    private readonly Dictionary<string, (TypeSpec Type, ValidatorNode Node)> readers;
    private readonly Dictionary<string, TypeSpec> types = new();

    private OnePassPlan(SpecModel model, Dictionary<string, ValidatorNode> nodes, Dictionary<string, (TypeSpec Type, ValidatorNode Node)> readers)
    {
        this.model = model;
        this.nodes = nodes;
        this.readers = readers;
        foreach (var type in model.Types)
        {
            types[type.Name] = type;
        }
    }

    public static OnePassPlan Create(SpecModel model, ValidatorCatalog catalog)
    {
        var nodes = new Dictionary<string, ValidatorNode>();
        var byPointer = new Dictionary<string, ValidatorNode>();
        foreach (var node in catalog.Groups.SelectMany(g => g.Nodes))
        {
            nodes[node.Name] = node;
            if (!byPointer.ContainsKey(node.Pointer))
            {
                byPointer[node.Pointer] = node;
            }
        }
        var readers = new Dictionary<string, (TypeSpec, ValidatorNode)>();
        foreach (var type in model.Types)
        {
            if (byPointer.TryGetValue(type.SchemaPointer, out var node) && IsReadableInOnePass(type, node))
            {
                readers[type.Name] = (type, node);
            }
        }
        return new OnePassPlan(model, nodes, readers);
    }


    /// <summary>The plan the client and the server use, or null when the spec has no validators or models.</summary>
    public static OnePassPlan? ForSurfaces(SpecModel model)
        => model.Validators is { } catalog && (model.Emit & EmitSurfaces.Models) != 0 ? Create(model, catalog) : null;

    /// <summary>
    /// <c>ReadValidated{Entry}</c> of the body at <paramref name="pointer"/> (a request or response body's validator
    /// entry), when it reads exactly <paramref name="type"/>: the body is then validated and deserialized in one pass.
    /// </summary>
    public string? ReadValidatedMethod(string? pointer, TypeRef type)
    {
        if (pointer is null || type.Kind != TypeRefKind.Named || type.IsNullable)
        {
            return null;
        }
        var entry = ValidatorEntries.At(model.Validators!, pointer);
        return entry is not null && Entry(entry) is { } reader && reader.ModelType == type.CSharpName
            ? $"global::{model.Namespace}.{SurfaceNames.Validators(model.ClientName)}.ReadValidated{entry.Name}"
            : null;
    }

    public ValidatorNode Node(string name) => nodes[name];

    /// <summary>The nodes the one-pass readers check members with, one per use (see <see cref="NodeInlining"/>).</summary>
    public IEnumerable<string> MemberChecks()
        => readers.Values
            .Where(r => r.Type is ObjectTypeSpec)
            .SelectMany(r => r.Node.Object!.Properties.Select(p => p.Node).Append(r.Node.Object.AdditionalNode))
            .OfType<string>();

    /// <summary>
    /// How <c>ReadValidated{Name}</c> reads the entry's root: its type's one-pass reader, or (null reader) a check of
    /// the whole value then its converter; null when the entry has no model class to read into.
    /// </summary>
    public EntryReader? Entry(ValidatorEntry entry)
    {
        // An operation's body or response names no model type; it reads one when its node is that type's.
        var name = entry.ModelType
                   ?? readers.Values.Where(r => r.Node.Name == entry.Node).Select(r => r.Type.Name).FirstOrDefault();
        if (name is null || !types.TryGetValue(name, out var type) || !IsClass(type))
        {
            return null;
        }
        return new EntryReader(name, HasReader(name, entry.Node) ? OnePassEmitter.Method(name) : null);
    }

    /// <summary>A model class, which a document that is JSON null reads as null; an enum is a struct.</summary>
    private static bool IsClass(TypeSpec type) => type is not EnumTypeSpec;

    /// <summary>The types whose reader belongs in <paramref name="group"/>'s file, beside their node.</summary>
    public IEnumerable<(TypeSpec Type, ValidatorNode Node)> ReadersIn(ValidatorGroup group)
    {
        var names = new HashSet<string>(group.Nodes.Select(n => n.Name));
        return readers.Values.Where(r => names.Contains(r.Node.Name)).OrderBy(r => r.Type.Name, System.StringComparer.Ordinal);
    }

    /// <summary>A value of <paramref name="type"/> checked by <paramref name="node"/> is read by a one-pass reader.</summary>
    public bool HasReader(TypeRef type, string? node)
        => type.Kind == TypeRefKind.Named && !type.IsNullable
           && readers.TryGetValue(type.CSharpName, out var reader) && reader.Node.Name == node;

    /// <summary>The model type <paramref name="typeName"/> has a one-pass reader whose node is <paramref name="node"/>.</summary>
    public bool HasReader(string typeName, string? node)
        => readers.TryGetValue(typeName, out var reader) && reader.Node.Name == node;

    /// <summary>
    /// An array of a type with a one-pass reader, checked by a node that is the array's item node and its item counts
    /// and nothing else: read as it is checked, item by item.
    /// </summary>
    public ArrayRules? ListWithReader(TypeRef type, string? node)
    {
        if (type.Kind != TypeRefKind.Array || type.IsNullable || node is null || !nodes.TryGetValue(node, out var array))
        {
            return null;
        }
        var onlyItems = array.Types == JsonTypes.Array && array.Enum is null && array.Composition is null
                        && array.String is null && array.Number is null && array.Object is null && array.NotFutureSkew is null
                        && array.Array is { UniqueItems: false };
        return onlyItems && HasReader(type.Element!, array.Array!.Items) ? array.Array : null;
    }

    private static bool IsReadableInOnePass(TypeSpec type, ValidatorNode node)
    {
        switch (type)
        {
            case ObjectTypeSpec objectType:
                if (node.Types != JsonTypes.Object || node.Enum is not null || node.Composition is not null || node.String is not null
                    || node.Number is not null || node.Array is not null || node.NotFutureSkew is not null || node.Object is not { } rules)
                {
                    return false;
                }
                // The same members, and unknown ones either refused or kept as the model keeps them.
                var modelNames = objectType.Properties.Select(p => p.JsonName).OrderBy(n => n, System.StringComparer.Ordinal);
                var ruleNames = rules.Properties.Select(p => p.JsonName).OrderBy(n => n, System.StringComparer.Ordinal);
                var additionalFits = rules.Additional == AdditionalMembers.Forbidden
                                     || (rules.Additional == AdditionalMembers.Allowed && objectType.ExtensionData is null)
                                     || (objectType.ExtensionData is not null && rules.Additional != AdditionalMembers.Forbidden);
                return additionalFits && modelNames.SequenceEqual(ruleNames, System.StringComparer.Ordinal)
                       && rules.Properties.Select(p => p.JsonName).Distinct(System.StringComparer.Ordinal).Count() == rules.Properties.Count;
            case UnionTypeSpec union:
                return node.Composition is { Discriminator: { } discriminator } composition
                       && NodeEmitter.IsDispatchOnly(node, composition)
                       && union.DiscriminatorProperty == discriminator.Property
                       && discriminator.Cases.All(c => union.Variants.Count(v => v.DiscriminatorValues.Contains(c.Value)) == 1);
            default:
                return false;
        }
    }
}

/// <param name="ModelType">The model class of the entry's schema.</param>
/// <param name="OnePassMethod">Its one-pass reader; null when it is checked whole, then read by its converter.</param>
internal sealed record EntryReader(string ModelType, string? OnePassMethod);
