using BenchmarkDotNet.Running;
using ContractKit.Benchmarks;

// `--check` builds the body, runs every serializer once and checks they agree, without BenchmarkDotNet;
// anything else goes to BenchmarkDotNet (for example: --filter '*' --job short).
if (args is ["--check"])
{
    var benchmarks = new PushBodyBenchmarks();
    benchmarks.Setup();
    Console.WriteLine($"push body: {PushBody.MessageCount} messages, {PushBody.Create().Length:N0} bytes; every serializer reads it and writes back the same {benchmarks.SerializeGenerated().Length:N0} bytes.");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PushBodyBenchmarks).Assembly).Run(args);
return 0;
