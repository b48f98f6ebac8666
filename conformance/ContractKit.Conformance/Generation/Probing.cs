using System.Collections.Concurrent;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.OpenApi;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// Generation that must pass a check it cannot steer by construction (a pattern's anchors, a oneOf's other
/// alternatives, a <c>not</c>): draw candidates and keep one that passes. A probe with a fixed seed first finds
/// some that pass (the pool); an empty pool means the schema cannot be generated from (reported, not guessed at);
/// otherwise a draw that keeps failing falls back to a pool value, so every value handed out has passed.
/// </summary>
internal static class Probing
{
    private const ulong Seed = 20260214;
    private const int ProbeSamples = 40;
    private const int ProbeSize = 10;
    private const int Tries = 8;

    /// <summary>The pools being computed on this thread: a recursive schema meets its own pool while probing for it.</summary>
    [ThreadStatic]
    private static HashSet<(object Pools, IOpenApiSchema Schema)>? computing;

    /// <summary>
    /// The pool of <paramref name="schema"/>, computed once; null while it is being computed further up this
    /// thread's stack (a recursive schema's nested occurrence, met by its own probe).
    /// </summary>
    public static List<T>? Pool<T>(ConcurrentDictionary<IOpenApiSchema, List<T>> pools, IOpenApiSchema schema, Func<List<T>> compute)
    {
        if (pools.TryGetValue(schema, out var known))
        {
            return known;
        }
        computing ??= new HashSet<(object, IOpenApiSchema)>();
        if (!computing.Add((pools, schema)))
        {
            return null;
        }
        try
        {
            return pools.GetOrAdd(schema, _ => compute());
        }
        finally
        {
            computing.Remove((pools, schema));
        }
    }

    /// <summary>
    /// Distinct values from a fixed-seed probe that pass <paramref name="accept"/> (at most <paramref name="keep"/>).
    /// Each sample is drawn on its own, so one that cannot be completed (see <see cref="Retry{T}"/>) costs only itself.
    /// </summary>
    public static List<T> Passing<T>(Gen<T> candidates, Func<T, bool> accept, Func<T, string> key, int keep = 16)
    {
        var passing = new List<T>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0UL; i < ProbeSamples && passing.Count < keep; i++)
        {
            T sample;
            try
            {
                sample = Gen.Sample(candidates, 1, new Rnd(Seed + i), ProbeSize)[0];
            }
            catch (Exception e) when (e is ProbeExhausted or ArgumentException)
            {
                continue;
            }
            if (accept(sample) && seen.Add(key(sample)))
            {
                passing.Add(sample);
            }
        }
        return passing;
    }

    /// <summary>
    /// Candidates until one passes (a few tries), else a value of <paramref name="pool"/>, which all passed. With no
    /// pool yet (a probe under way for this very schema) the draw gives up, and the probe drops that sample.
    /// </summary>
    public static Gen<T> Retry<T>(Gen<T> candidates, Func<T, bool> accept, IReadOnlyList<T>? pool, Func<T, T> copy, int tries = Tries)
    {
        if (tries > 0)
        {
            return candidates.SelectMany(candidate => accept(candidate) ? Gen.Constant(candidate) : Retry(candidates, accept, pool, copy, tries - 1));
        }
        return pool is { Count: > 0 }
            ? Gen.Elements(pool.ToArray()).Select(copy)
            : Gen.Constant(0).Select<int, T>(_ => throw new ProbeExhausted());
    }

    /// <summary>No candidate passed and there is no pool to fall back on: only while probing.</summary>
    internal sealed class ProbeExhausted : Exception;
}
