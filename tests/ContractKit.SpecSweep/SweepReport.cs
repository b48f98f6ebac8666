using Microsoft.CodeAnalysis;

namespace ContractKit.SpecSweep;

/// <summary>
/// Writes <c>summary.tsv</c> (a line per spec) and <c>details.txt</c> (each problem kind once per spec, with a count
/// and the generated line it points at), flushed as it goes so a long sweep can be read while it runs.
/// </summary>
internal sealed class SweepReport : IDisposable
{
    private readonly StreamWriter summary;
    private readonly StreamWriter details;

    public SweepReport(string folder)
    {
        summary = new StreamWriter(System.IO.Path.Combine(folder, "summary.tsv")) { AutoFlush = true };
        details = new StreamWriter(System.IO.Path.Combine(folder, "details.txt")) { AutoFlush = true };
    }

    public int Clean { get; private set; }

    public int WithWarnings { get; private set; }

    public int Failed { get; private set; }

    public void Add(SpecOutcome outcome)
    {
        summary.WriteLine(outcome.SummaryLine);
        if (outcome.Failed)
        {
            Failed++;
        }
        else if (outcome.HasWarnings)
        {
            WithWarnings++;
        }
        else
        {
            Clean++;
        }
        var lines = new List<string>();
        if (outcome.Exception is not null)
        {
            lines.Add("  exception: " + outcome.Exception);
        }
        lines.AddRange(outcome.GeneratorFailures.Select(d => "  generator: " + d));
        lines.AddRange(outcome.SpecDiagnostics.GroupBy(d => d.Id).Select(g => $"  {g.Key} x{g.Count()}: {g.First()}"));
        lines.AddRange(outcome.CompileProblems.GroupBy(d => d.Id).Select(g => $"  {g.Key} x{g.Count()}: {g.First().GetMessage()} :: {LineOf(g.First())}"));
        if (lines.Count > 0)
        {
            details.WriteLine("== " + outcome.Path);
            lines.ForEach(details.WriteLine);
        }
    }

    private static string LineOf(Diagnostic diagnostic)
    {
        var tree = diagnostic.Location.SourceTree;
        return tree is null
            ? ""
            : $"{System.IO.Path.GetFileName(tree.FilePath)}: {tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).ToString().Trim()}";
    }

    public void Dispose()
    {
        summary.Dispose();
        details.Dispose();
    }
}
