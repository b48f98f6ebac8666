using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace ContractKit.Generator.Model.Validation;

/// <summary>
/// A validator catalog's entries by schema pointer. The client and the one-pass readers look an entry up for every
/// operation's bodies; searching every entry each time made Microsoft Graph's client (thousands of operations, tens of
/// thousands of entries) quadratic, about half of generating it. A catalog is immutable, so its table is built once,
/// on first use, and lives as long as the catalog does.
/// </summary>
internal static class ValidatorEntries
{
    private static readonly ConditionalWeakTable<ValidatorCatalog, Dictionary<string, ValidatorEntry>> ByPointer = new();

    /// <summary>The first entry for <paramref name="pointer"/>, as a search in order would find it; null when none.</summary>
    public static ValidatorEntry? At(ValidatorCatalog catalog, string pointer)
        => ByPointer.GetValue(catalog, Index).TryGetValue(pointer, out var entry) ? entry : null;

    private static Dictionary<string, ValidatorEntry> Index(ValidatorCatalog catalog)
    {
        var entries = new Dictionary<string, ValidatorEntry>(StringComparer.Ordinal);
        foreach (var entry in catalog.Groups.SelectMany(group => group.Entries))
        {
            if (!entries.ContainsKey(entry.SchemaPointer))
            {
                entries.Add(entry.SchemaPointer, entry);
            }
        }
        return entries;
    }
}
