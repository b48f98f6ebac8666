using System.Diagnostics;
using ContractKit.SpecSweep;

// contractkit spec sweep: SpecSweep FOLDER|LIST OUT [SURFACES]
if (args is not [var input, var output, .. var rest] || rest.Length > 1)
{
    Console.Error.WriteLine("usage: ContractKit.SpecSweep FOLDER|LISTFILE OUTDIR [Models;Validators;Client;Server]");
    return 2;
}
var surfaces = rest is [var s] ? s : "Models;Validators;Client;Server";
var specs = SpecList.Read(input);
Directory.CreateDirectory(output);
using var report = new SweepReport(output);
var total = Stopwatch.StartNew();
foreach (var spec in specs)
{
    var outcome = SpecOutcome.Of(spec, surfaces);
    report.Add(outcome);
    Console.WriteLine(outcome.SummaryLine);
}
Console.WriteLine($"{report.Clean} clean, {report.WithWarnings} with CK warnings only, {report.Failed} failed, of {specs.Count} specs in {total.Elapsed.TotalMinutes:F1} min");
return report.Failed == 0 ? 0 : 1;
