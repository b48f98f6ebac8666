using System.Globalization;
using BenchmarkDotNet.Running;
using ContractKit.Benchmarks;

switch (args)
{
    // Builds the body, runs every serializer once and checks they agree, without BenchmarkDotNet.
    case ["--check"]:
        var benchmarks = new PushBodyBenchmarks();
        benchmarks.Setup();
        Console.WriteLine($"push body: {PushBody.MessageCount} messages, {PushBody.Create().Length:N0} bytes; every serializer reads it and writes back the same {benchmarks.SerializeGenerated().Length:N0} bytes.");
        new ValidationBenchmarks().Setup();
        Console.WriteLine("validators: the generated validator and NJsonSchema both find it valid.");
        var loopback = new LoopbackBenchmarks();
        loopback.Setup();
        var answers = (HandWritten: loopback.HandWrittenPush().GetAwaiter().GetResult(), Generated: loopback.GeneratedPush().GetAwaiter().GetResult());
        loopback.Cleanup();
        if (answers != (PushBody.MessageCount, PushBody.MessageCount))
        {
            Console.Error.WriteLine($"loopback: expected {PushBody.MessageCount} stored messages from each server, got {answers}.");
            return 1;
        }
        Console.WriteLine($"loopback: the hand-written and the generated server each store and answer {PushBody.MessageCount} messages.");
        return 0;

    // Runs the generator alone, outside the compiler (generator-vs-kiota.sh uses it): --generator DIR SPEC [ROUNDS].
    case ["--generator", var directory, var spec, .. var rest] when rest.Length <= 1:
        return GeneratorRun.Run(directory, spec, rest.Length == 0 ? 5 : int.Parse(rest[0], CultureInfo.InvariantCulture));

    // Times the generated validator on the push body in batches, without BenchmarkDotNet: a loop to profile, and a
    // quick look at which speed this process landed in: --time-validator BATCHES [bare].
    case ["--time-validator", var batches, .. var mode] when mode is [] or ["bare"]:
        return ValidatorTiming.Run(int.Parse(batches, CultureInfo.InvariantCulture), bare: mode is ["bare"]);

    // The validation contenders timed in alternation, in one process, so ratios cancel the machine's drift.
    case ["--paired-validation", var rounds]:
        return PairedValidationRounds.Run(int.Parse(rounds, CultureInfo.InvariantCulture));

    // Anything else goes to BenchmarkDotNet, for example: --filter '*' --job short.
    default:
        BenchmarkSwitcher.FromAssembly(typeof(PushBodyBenchmarks).Assembly).Run(args);
        return 0;
}
