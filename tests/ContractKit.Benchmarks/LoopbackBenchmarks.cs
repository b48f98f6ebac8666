using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ContractKit.Benchmarks.Loopback;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ContractKit.Benchmarks;

/// <summary>
/// The 100-message push over real HTTP on loopback, client to server and back: the generated client (which
/// validates before sending) and the generated server (which authorizes, validates and binds) against a hand-written
/// minimal API and HttpClient with System.Text.Json source generation doing the same work. Both servers run in this
/// process, like the clients, so each figure is a whole round trip.
/// </summary>
[MemoryDiagnoser]
public class LoopbackBenchmarks
{
    private WebApplication handWrittenServer = null!;
    private WebApplication generatedServer = null!;
    private HttpClient handWrittenHttp = null!;
    private Bench.Api.BenchClient generatedClient = null!;
    private HandWritten.PushMessagesRequest handWrittenBody = null!;
    private Bench.Api.PushMessagesRequest generatedBody = null!;

    [GlobalSetup]
    public void Setup()
    {
        var utf8 = PushBody.Create();
        handWrittenBody = JsonSerializer.Deserialize(utf8, HandWritten.HandWrittenApiJsonContext.Default.PushMessagesRequest)!;
        generatedBody = JsonSerializer.Deserialize(utf8, Bench.Api.BenchClientJson.PushMessagesRequest)!;
        handWrittenServer = HandWrittenPushApi.Build();
        generatedServer = GeneratedPushService.Build();
        handWrittenServer.StartAsync().GetAwaiter().GetResult();
        generatedServer.StartAsync().GetAwaiter().GetResult();
        handWrittenHttp = new HttpClient { BaseAddress = AddressOf(handWrittenServer) };
        generatedClient = new Bench.Api.BenchClient(new HttpClient { BaseAddress = AddressOf(generatedServer) });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        handWrittenHttp.Dispose();
        handWrittenServer.StopAsync().GetAwaiter().GetResult();
        generatedServer.StopAsync().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Push 100 over loopback: hand-written minimal API + HttpClient (STJ)")]
    public async Task<int> HandWrittenPush() => (await HandWrittenPushApi.PostAsync(handWrittenHttp, handWrittenBody)).Count;

    [Benchmark(Description = "Push 100 over loopback: generated client + generated server")]
    public async Task<int> GeneratedPush() => (await generatedClient.PushMessagesAsync(generatedBody)).Count;

    private static Uri AddressOf(WebApplication app)
        => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
}
