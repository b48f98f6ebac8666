using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Generated = Bench.Api;

namespace ContractKit.Benchmarks;

/// <summary>
/// Validates the push body in batches of 2,000 and prints each batch's mean in µs, so one process's steady speed
/// shows in a few seconds: a loop to profile under <c>perf</c>, and a quick look at which of its two speeds a process
/// landed in (docs/benchmarks.md §3, session 6). With <c>bare</c>, it only reads the body with a
/// <see cref="Utf8JsonReader"/>: the floor any validator on that reader stands on. Not a benchmark; BenchmarkDotNet
/// gives those figures.
/// </summary>
internal static class ValidatorTiming
{
    private const int BatchSize = 2_000;

    public static int Run(int batches, bool bare)
    {
        var body = PushBody.Create();
        var means = new List<double>();
        for (var batch = 0; batch < batches; batch++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < BatchSize; i++)
            {
                if (bare)
                {
                    ReadThrough(body);
                }
                else if (!Generated.BenchClientValidators.ValidatePushMessagesRequest(body).IsValid)
                {
                    Console.Error.WriteLine("The push body must be valid.");
                    return 1;
                }
            }
            means.Add(clock.Elapsed.TotalMicroseconds / BatchSize);
        }
        Console.WriteLine(string.Join(" ", means.Select(mean => mean.ToString("F1", CultureInfo.InvariantCulture))));
        return 0;
    }

    private static void ReadThrough(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
        }
    }
}
