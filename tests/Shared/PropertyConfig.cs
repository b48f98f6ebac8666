using FsCheck;
using Microsoft.FSharp.Core;

namespace ContractKit.Tests.Shared;

/// <summary>
/// How the properties of the runtime and conformance tests run, as the generator's do: new random cases on a developer's machine; in CI
/// (CI=true) a fixed seed, so that a red CI replays exactly, unless CONTRACTKIT_RANDOM_SEEDS=1.
/// </summary>
public static class PropertyConfig
{
    private const ulong CiSeed = 20261125;

    public static Config Quick(int maxTest)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTest).WithQuietOnSuccess(true);
        var fixedSeed = Environment.GetEnvironmentVariable("CI") == "true"
            && Environment.GetEnvironmentVariable("CONTRACTKIT_RANDOM_SEEDS") != "1";
        return fixedSeed ? config.WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(CiSeed), FSharpOption<int>.None))) : config;
    }
}
