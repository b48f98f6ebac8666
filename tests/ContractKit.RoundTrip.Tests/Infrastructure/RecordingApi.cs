using System.Reflection;

namespace ContractKit.RoundTrip.Tests.Infrastructure;

/// <summary>
/// An implementation of any generated server interface that records each call's arguments and answers what the
/// test prepared. Built with <see cref="DispatchProxy"/>, so one class serves every spec under test.
/// </summary>
public class RecordingApi : DispatchProxy
{
    private readonly object gate = new();
    private readonly List<RecordedCall> calls = [];

    /// <summary>Returns the <c>{Operation}Result</c> for a call; set by the test before it calls the client.</summary>
    public Func<MethodInfo, object?> Respond { get; set; } = method => throw new InvalidOperationException($"No response prepared for {method.Name}.");

    public IReadOnlyList<RecordedCall> Calls
    {
        get
        {
            lock (gate)
            {
                return calls.ToList();
            }
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            calls.Clear();
        }
    }

    public static (object Api, RecordingApi Recorder) Create(Type apiInterface)
    {
        var api = DispatchProxy.Create(apiInterface, typeof(RecordingApi));
        return (api, (RecordingApi)api);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        var named = targetMethod.GetParameters()
            .Zip(args ?? [])
            .Where(pair => pair.First.ParameterType != typeof(CancellationToken))
            .ToDictionary(pair => pair.First.Name!, pair => pair.Second is Stream stream ? Copy(stream) : pair.Second);
        lock (gate)
        {
            calls.Add(new RecordedCall(targetMethod.Name, named));
        }
        var result = Respond(targetMethod);
        // The interface returns Task<{Operation}Result>: wrap the prepared result in a completed task of that type.
        var resultType = targetMethod.ReturnType.GetGenericArguments()[0];
        return typeof(Task).GetMethod(nameof(Task.FromResult))!.MakeGenericMethod(resultType).Invoke(null, [result]);
    }

    /// <summary>A request body stream lives as long as its request: keep its bytes.</summary>
    private static MemoryStream Copy(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }
}

/// <summary>One call the server made to the implementation, with its arguments by parameter name.</summary>
public sealed record RecordedCall(string Method, IReadOnlyDictionary<string, object?> Arguments);
