namespace ContractKit.Cli.Reporting;

/// <summary>The ways a report can be written.</summary>
internal enum ReportFormat
{
    /// <summary>Aligned sections for a person at a terminal.</summary>
    Text,

    /// <summary>One stable JSON document for CI and other tools.</summary>
    Json,
}
