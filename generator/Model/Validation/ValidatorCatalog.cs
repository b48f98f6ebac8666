namespace ContractKit.Generator.Model.Validation;

/// <summary>A public <c>Validate…</c> method: a document's root checked against one node.</summary>
/// <param name="Name">The method name, <c>Validate{Name}</c>.</param>
/// <param name="Node">The node the root must match; null when any JSON document will do.</param>
/// <param name="ModelType">The emitted type of the schema, for the overload that validates an instance.</param>
/// <param name="SchemaPointer">The pointer <c>ValidateSchema</c> finds this entry by.</param>
/// <param name="MaxBytes">The largest body allowed (<c>x-contractkit-max-request-bytes</c>), for request bodies.</param>
internal sealed record ValidatorEntry(string Name, string? Node, string? ModelType, string SchemaPointer, long? MaxBytes, string? Description);

/// <summary>The nodes and entries of one component schema or one operation: one generated file.</summary>
internal sealed record ValidatorGroup(string Name, EquatableArray<ValidatorNode> Nodes, EquatableArray<ValidatorEntry> Entries);

/// <summary>Everything the Validators emitter needs.</summary>
internal sealed record ValidatorCatalog(EquatableArray<ValidatorGroup> Groups);
