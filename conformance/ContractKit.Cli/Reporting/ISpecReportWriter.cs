using ContractKit.Cli.Inspection;

namespace ContractKit.Cli.Reporting;

/// <summary>Writes a <see cref="SpecReport"/> in one format. Writers format only; they decide nothing about the spec.</summary>
internal interface ISpecReportWriter
{
    void Write(SpecReport report, TextWriter output);
}
