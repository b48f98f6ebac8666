using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>The generated client and server of a spec, driven by reflection so one test serves every spec.</summary>
public static class GeneratedSurfaces
{
    private static readonly Dictionary<int, string> FactoryNames = new() { [200] = "Ok", [201] = "Created", [202] = "Accepted", [204] = "NoContent" };

    public static object CreateClient(SpecUnderTest spec, HttpClient http)
    {
        var optionsType = spec.ClientType.Assembly.GetType($"{spec.Namespace}.{spec.ClientName}Options")!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("ValidationOptions")!.SetValue(options, new ContractKit.Runtime.Validation.ValidationOptions { TimeProvider = FarFuture.Instance });
        return Activator.CreateInstance(spec.ClientType, http, options)!;
    }

    /// <summary>The client's <c>{Operation}Async</c> that takes the same parameters as the server method (not the
    /// batching overload, which takes items).</summary>
    public static MethodInfo ClientMethod(SpecUnderTest spec, MethodInfo serverMethod)
    {
        var wanted = Names(serverMethod);
        return spec.ClientType.GetMethods().Single(m => m.Name == serverMethod.Name && Names(m).SetEquals(wanted));
    }

    /// <summary>The first success the spec declares, and the result factory the implementation answers it with.</summary>
    public static (int Status, MethodInfo Factory) SuccessFactory(SpecUnderTest spec, OpenApiOperation operation, MethodInfo serverMethod)
    {
        var status = operation.Responses!.Keys
            .Select(code => int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var exact) ? exact : 0)
            .First(code => code is >= 200 and < 300);
        var resultType = serverMethod.ReturnType.GetGenericArguments()[0];
        var name = FactoryNames.TryGetValue(status, out var known) ? known : "Status" + status.ToString(CultureInfo.InvariantCulture);
        return (status, resultType.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{resultType.Name} has no {name}."));
    }

    /// <summary>Calls a client method with arguments by name and waits for its result.</summary>
    public static object? Invoke(object client, MethodInfo method, IReadOnlyDictionary<string, object?> arguments)
    {
        var values = method.GetParameters()
            .Select(p => p.ParameterType == typeof(CancellationToken) ? CancellationToken.None : Fresh(arguments[p.Name!]))
            .ToArray();
        var task = (Task)method.Invoke(client, values)!;
        task.GetAwaiter().GetResult();
        return method.ReturnType.IsGenericType ? method.ReturnType.GetProperty("Result")!.GetValue(task) : null;
    }

    /// <summary>What the server should receive for an argument: what was sent, or the schema's default when nothing was.</summary>
    public static object? Expected(SpecUnderTest spec, OpenApiOperation operation, string name, object? sent)
    {
        var parameter = operation.Parameters?.FirstOrDefault(p => SpecUnderTest.Normalize(p.Name!) == SpecUnderTest.Normalize(name));
        // OpenAPI's style table writes an empty array in a form-exploded query as nothing at all: on the wire it is
        // the same as leaving the parameter out, so the server sees it absent.
        if (sent is System.Collections.ICollection { Count: 0 } && parameter is { In: ParameterLocation.Query } && parameter.Explode)
        {
            sent = null;
        }
        if (sent is not null)
        {
            return sent;
        }
        return parameter?.Schema?.Default is JsonNode defaultValue
            ? defaultValue.DeepClone()
            : null;
    }

    public static void MapEndpoints(SpecUnderTest spec, WebApplication app)
        => spec.Endpoints.GetMethod("Map" + spec.ApiName)!.Invoke(null, [(IEndpointRouteBuilder)app]);

    /// <summary>A clock for <c>x-contractkit-not-future</c> that generated timestamps are never ahead of.</summary>
    public static void AddServerOptions(SpecUnderTest spec, IServiceCollection services)
    {
        var optionsType = spec.Endpoints.Assembly.GetType($"{spec.Namespace}.{spec.ApiName}ServerOptions")!;
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("TimeProvider")!.SetValue(options, FarFuture.Instance);
        services.AddSingleton(optionsType, options);
    }

    private static HashSet<string> Names(MethodInfo method)
        => method.GetParameters().Where(p => p.ParameterType != typeof(CancellationToken)).Select(p => p.Name!).ToHashSet();

    /// <summary>A stream is read once: each call sends its own copy.</summary>
    private static object? Fresh(object? value) => value is MemoryStream stream ? new MemoryStream(stream.ToArray()) : value;

    private sealed class FarFuture : TimeProvider
    {
        public static readonly FarFuture Instance = new();

        public override DateTimeOffset GetUtcNow() => new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }
}
