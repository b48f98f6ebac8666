using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractKit.RoundTrip.Tests.Infrastructure;
using ContractKit.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ContractKit.RoundTrip.Tests;

/// <summary>
/// Generated client → generated server → generated client over real HTTP on loopback, for every operation of three
/// specs, with arguments and responses generated from the spec's schemas: the implementation behind the server
/// receives exactly what the client sent (parameters of every style, bodies), and the client returns exactly what
/// the implementation answered.
/// </summary>
public sealed class RoundTripProperties
{
    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in SpecUnderTest.All)
        {
            foreach (var operation in spec.Operations())
            {
                data.Add(spec.Name, operation.ServerMethod.Name);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task What_the_client_sends_the_server_receives_and_what_it_answers_the_client_returns(string specName, string serverMethodName)
    {
        var spec = SpecUnderTest.All.Single(s => s.Name == specName);
        var (path, method, operation, serverMethod) = spec.Operations().Single(o => o.ServerMethod.Name == serverMethodName);
        var (api, recorder) = RecordingApi.Create(spec.ApiInterface);
        await using var server = await ServerFor(spec, api);
        using var http = new HttpClient { BaseAddress = server.Address };
        var client = GeneratedSurfaces.CreateClient(spec, http);
        var clientMethod = GeneratedSurfaces.ClientMethod(spec, serverMethod);
        var (status, factory) = GeneratedSurfaces.SuccessFactory(spec, operation, serverMethod);
        var responseType = factory.GetParameters().FirstOrDefault(p => p.ParameterType != typeof(int))?.ParameterType;

        var calls = OperationCall.For(spec, operation, serverMethod, status, responseType);
        var property = Prop.ForAll(calls.ToArbitrary(), call =>
        {
            recorder.Clear();
            recorder.Respond = _ => factory.Invoke(null, factory.GetParameters().Length == 0 ? [] : [call.ResponseBody]);
            var returned = GeneratedSurfaces.Invoke(client, clientMethod, call.Arguments);

            var received = Assert.Single(recorder.Calls);
            foreach (var (name, sent) in call.Arguments)
            {
                var parameterType = serverMethod.GetParameters().Single(p => p.Name == name).ParameterType;
                AssertSameJson(spec, parameterType, GeneratedSurfaces.Expected(spec, operation, name, sent), received.Arguments[name], $"{method} {path}: argument {name}");
            }
            if (responseType is not null && clientMethod.ReturnType != typeof(Task))
            {
                AssertSameJson(spec, responseType, call.ResponseBody, returned, $"{method} {path}: response");
            }
        });
        Check.One(PropertyConfig.Quick(40), property);
    }

    private static async Task<LoopbackServer> ServerFor(SpecUnderTest spec, object api)
        => await LoopbackServer.StartAsync(
            services =>
            {
                services.AddAuthentication(AllowEveryone.SchemeName)
                    .AddScheme<AllowEveryoneOptions, AllowEveryone>(AllowEveryone.SchemeName, options => options.Scopes = spec.Scopes);
                services.AddAuthorization();
                services.AddSingleton(spec.ApiInterface, api);
                GeneratedSurfaces.AddServerOptions(spec, services);
            },
            app => GeneratedSurfaces.MapEndpoints(spec, app));

    private static void AssertSameJson(SpecUnderTest spec, Type type, object? expected, object? actual, string what)
    {
        var expectedJson = Json(spec, type, expected);
        var actualJson = Json(spec, type, actual);
        Assert.True(JsonNode.DeepEquals(expectedJson, actualJson), $"{what}: sent {expectedJson?.ToJsonString()}, received {actualJson?.ToJsonString()}");
    }

    private static JsonNode? Json(SpecUnderTest spec, Type type, object? value)
        => value switch
        {
            null => null,
            JsonNode node => node, // a schema default, as the spec writes it
            MemoryStream stream => JsonValue.Create(Convert.ToBase64String(stream.ToArray())),
            Stream stream => JsonValue.Create(Convert.ToBase64String(ReadAll(stream))),
            byte[] bytes => JsonValue.Create(Convert.ToBase64String(bytes)),
            _ => JsonSerializer.SerializeToNode(value, Nullable.GetUnderlyingType(type) ?? type, spec.JsonOptions),
        };

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
