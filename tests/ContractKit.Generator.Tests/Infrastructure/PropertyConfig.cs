using FsCheck;
using Microsoft.FSharp.Core;

namespace ContractKit.Generator.Tests.Infrastructure;

/// <summary>
/// How the generator's properties run. On a developer's machine every run draws new random cases, to keep finding
/// what nobody thought of. In CI (CI=true) the seed is fixed, so that a red CI can be replayed exactly; set
/// CONTRACTKIT_RANDOM_SEEDS=1 to draw new cases there too, and CONTRACTKIT_SOAK=N for long hunts.
/// </summary>
public static class PropertyConfig
{
    private const ulong CiSeed = 20261125;

    public static Config Quick(int maxTest)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest);
        var fixedSeed = Environment.GetEnvironmentVariable("CI") == "true"
            && Environment.GetEnvironmentVariable("CONTRACTKIT_RANDOM_SEEDS") != "1";
        return fixedSeed ? config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(CiSeed), FSharpOption<int>.None))) : config;
    }
}
