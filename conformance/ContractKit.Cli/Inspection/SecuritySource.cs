namespace ContractKit.Cli.Inspection;

/// <summary>Where an operation's security requirements come from: OpenAPI lets an operation inherit the document's.</summary>
internal enum SecuritySource
{
    /// <summary>Neither the operation nor the document says anything: the operation is open.</summary>
    None,

    /// <summary>The operation has its own <c>security</c> (possibly empty, which opens it explicitly).</summary>
    Operation,

    /// <summary>The operation inherits the document's top-level <c>security</c>.</summary>
    Document,
}
