using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Generated = Bench.Api;
using HandWritten = ContractKit.Benchmarks.HandWritten;
using HandWrittenMutable = ContractKit.Benchmarks.HandWrittenMutable;

namespace ContractKit.Benchmarks;

/// <summary>
/// The 100-message push body through the converters ContractKit generates from spec/unified-messaging.yaml
/// (<c>BenchClientJson.Options</c>) and through System.Text.Json's source generator on hand-written equivalents,
/// both ways. Two hand-written shapes: records with required init-only properties, which do the same work as the
/// generated models (the baseline of each category, so the Ratio column reads "x / STJ records"), and mutable classes
/// without <c>required</c>, the shape STJ's generated code reads fastest (it then checks no presence).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PushBodyBenchmarks
{
    private byte[] body = [];
    private Generated.PushMessagesRequest generatedValue = null!;
    private HandWritten.PushMessagesRequest recordsValue = null!;
    private HandWrittenMutable.PushMessagesRequest mutableValue = null!;

    [GlobalSetup]
    public void Setup()
    {
        body = PushBody.Create();
        generatedValue = DeserializeGenerated()!;
        recordsValue = DeserializeStjRecords()!;
        mutableValue = DeserializeStjMutable()!;
        BodyCheck.ThrowIfNotEquivalent(generatedValue, recordsValue, mutableValue);
    }

    [Benchmark(Description = "Deserialize: ContractKit generated")]
    [BenchmarkCategory("Deserialize")]
    public Generated.PushMessagesRequest? DeserializeGenerated()
        => JsonSerializer.Deserialize<Generated.PushMessagesRequest>(body, Generated.BenchClientJson.Options);

    [Benchmark(Baseline = true, Description = "Deserialize: STJ source-gen, records")]
    [BenchmarkCategory("Deserialize")]
    public HandWritten.PushMessagesRequest? DeserializeStjRecords()
        => JsonSerializer.Deserialize(body, HandWritten.HandWrittenJsonContext.Default.PushMessagesRequest);

    [Benchmark(Description = "Deserialize: STJ source-gen, mutable, no required")]
    [BenchmarkCategory("Deserialize")]
    public HandWrittenMutable.PushMessagesRequest? DeserializeStjMutable()
        => JsonSerializer.Deserialize(body, HandWrittenMutable.HandWrittenMutableJsonContext.Default.PushMessagesRequest);

    [Benchmark(Description = "Serialize: ContractKit generated")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeGenerated()
        => JsonSerializer.SerializeToUtf8Bytes(generatedValue, Generated.BenchClientJson.Options);

    [Benchmark(Baseline = true, Description = "Serialize: STJ source-gen, records")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeStjRecords()
        => JsonSerializer.SerializeToUtf8Bytes(recordsValue, HandWritten.HandWrittenJsonContext.Default.PushMessagesRequest);

    [Benchmark(Description = "Serialize: STJ source-gen, mutable, no required")]
    [BenchmarkCategory("Serialize")]
    public byte[] SerializeStjMutable()
        => JsonSerializer.SerializeToUtf8Bytes(mutableValue, HandWrittenMutable.HandWrittenMutableJsonContext.Default.PushMessagesRequest);
}
