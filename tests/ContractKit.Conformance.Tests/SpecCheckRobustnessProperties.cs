using ContractKit.Cli;
using ContractKit.Conformance.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ContractKit.Conformance.Tests;

/// <summary>
/// A spec being edited is broken in arbitrary places. Cutting a real spec short and deleting a slice of it gives
/// such documents; `spec check` must report each one (exit 0 or 1), never fail with exit code 3.
/// </summary>
public class SpecCheckRobustnessProperties
{
    private static readonly string Museum = File.ReadAllText(SharedSpecs.RedoclyMuseum);

    [Property(MaxTest = 60)]
    public Property Any_damaged_copy_of_a_real_spec_is_reported_not_crashed_on() =>
        Prop.ForAll(Damage(Museum).ToArbitrary(), damaged =>
        {
            using var folder = new TempSpecDirectory();
            var run = CliRun.Of("spec", "check", folder.Write("damaged.yaml", damaged));
            return (run.ExitCode is ExitCodes.Success or ExitCodes.InputHasErrors && run.Error.Length == 0).Label(run.ToString());
        });

    /// <summary>The text cut at a random length, with a random slice of what is left removed.</summary>
    private static Gen<string> Damage(string text) =>
        from length in Gen.Choose(0, text.Length)
        from start in Gen.Choose(0, length)
        from removed in Gen.Choose(0, Math.Min(200, length - start))
        select text[..start] + text[(start + removed)..length];
}
