using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Generated = Bench.Api;

namespace ContractKit.Benchmarks;

/// <summary>
/// The validation benchmark's contenders timed in alternation, in one process: every round times a short batch of
/// each, in a rotating order, so the ratio of two contenders compares batches taken a fraction of a second apart.
/// BenchmarkDotNet times each benchmark in its own process, one after the other, and this machine's speed drifts
/// between such windows (a bare <see cref="Utf8JsonReader"/> pass took 28–30 µs in one quarter hour and 37–40 µs in
/// the next), which moves a ratio of two separately timed means by as much. Per-round ratios cancel the drift; their
/// median is the figure to quote. Run it from Release: <c>--paired-validation ROUNDS</c>.
/// </summary>
internal static class PairedValidationRounds
{
    /// <summary>About how long each batch of one contender runs: BenchmarkDotNet's iteration time, so the GC works on batches of the same size as in the benchmark.</summary>
    private static readonly TimeSpan BatchTime = TimeSpan.FromMilliseconds(500);

    private sealed record Contender(string Name, Func<int> Run)
    {
        public int BatchSize { get; set; } = 1;

        public List<double> Means { get; } = [];
    }

    public static int Run(int rounds)
    {
        var body = PushBody.Create();
        var text = Encoding.UTF8.GetString(body);
        var njsonSchema = ValidationBenchmarks.LoadNJsonSchema("PushMessagesRequest");
        var readerTokens = CountTokens(body);
        var contenders = new[]
        {
            new Contender("NJsonSchema", () => njsonSchema.Validate(text).Count == 0 ? 1 : 0),
            new Contender("generated validator", () => Generated.BenchClientValidators.ValidatePushMessagesRequest(body).IsValid ? 1 : 0),
            new Contender("bare Utf8JsonReader pass", () => ReadThrough(body)),
            new Contender("grammar-only scan (experiment)", () => Experiments.JsonScanFloor.TryScan(body, out var tokens) && tokens == readerTokens ? 1 : 0),
            new Contender("JsonScanner pass", () => ScanThrough(body) == readerTokens ? 1 : 0),
            new Contender("deserialize alone", () => JsonSerializer.Deserialize(body, Generated.BenchClientJson.PushMessagesRequest) is null ? 0 : 1),
            new Contender("one pass", () => Generated.BenchClientValidators.ReadValidatedPushMessagesRequest(body, out var value).IsValid && value is not null ? 1 : 0),
        };
        foreach (var contender in contenders)
        {
            if (contender.Run() != 1)
            {
                Console.Error.WriteLine($"{contender.Name} must find the push body valid.");
                return 1;
            }
        }
        foreach (var contender in contenders)
        {
            WarmUp(contender);
            Calibrate(contender);
        }

        for (var round = -2; round < rounds; round++) // two rounds not recorded
        {
            for (var k = 0; k < contenders.Length; k++)
            {
                var contender = contenders[(k + Math.Max(round, 0)) % contenders.Length];
                var mean = TimeBatch(contender);
                if (round >= 0)
                {
                    contender.Means.Add(mean);
                }
            }
        }

        Console.WriteLine($"{rounds} rounds; each round one batch of each contender (~{BatchTime.TotalMilliseconds:F0} ms), order rotating.");
        Console.WriteLine();
        Console.WriteLine("| contender | batch | median µs | min–max µs |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var contender in contenders)
        {
            Console.WriteLine($"| {contender.Name} | {contender.BatchSize:N0} | {Median(contender.Means):F2} | {contender.Means.Min():F2}–{contender.Means.Max():F2} |");
        }
        Console.WriteLine();
        Console.WriteLine("| per-round ratio | median | min–max |");
        Console.WriteLine("|---|---:|---:|");
        PrintRatio("NJsonSchema ÷ generated validator", contenders[0], contenders[1]);
        PrintRatio("generated validator ÷ bare reader pass", contenders[1], contenders[2]);
        PrintRatio("grammar-only scan ÷ bare reader pass", contenders[3], contenders[2]);
        PrintRatio("JsonScanner pass ÷ bare reader pass", contenders[4], contenders[2]);
        PrintRatio("one pass ÷ deserialize alone", contenders[6], contenders[5]);
        return 0;
    }

    /// <summary>Runs the contender for two seconds, so the JIT has tiered its code up (and, for NJsonSchema, its
    /// caches are filled) before anything is timed.</summary>
    private static void WarmUp(Contender contender)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            contender.Run();
        }
    }

    private static void Calibrate(Contender contender)
    {
        var clock = Stopwatch.StartNew();
        var runs = 0;
        while (clock.Elapsed < BatchTime)
        {
            contender.Run();
            runs++;
        }
        contender.BatchSize = Math.Max(1, runs);
    }

    private static double TimeBatch(Contender contender)
    {
        // As BenchmarkDotNet does before each iteration: the garbage of the batch before (NJsonSchema's 3.4 MB a
        // call) is collected before this batch starts, not during it.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < contender.BatchSize; i++)
        {
            contender.Run();
        }
        return clock.Elapsed.TotalMicroseconds / contender.BatchSize;
    }

    private static void PrintRatio(string name, Contender numerator, Contender denominator)
    {
        var ratios = numerator.Means.Zip(denominator.Means, (n, d) => n / d).ToList();
        Console.WriteLine($"| {name} | {Median(ratios):F2} | {ratios.Min():F2}–{ratios.Max():F2} |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static int CountTokens(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        var count = 0;
        while (reader.Read())
        {
            count++;
        }
        return count;
    }

    private static int ScanThrough(ReadOnlySpan<byte> body)
    {
        var scanner = new ContractKit.Runtime.Validation.JsonScanner(body, 64);
        var count = 0;
        while (scanner.Read())
        {
            count++;
        }
        return count;
    }

    private static int ReadThrough(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
        }
        return 1;
    }
}
