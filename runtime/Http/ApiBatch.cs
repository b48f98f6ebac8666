namespace ContractKit.Runtime.Http;

/// <summary>What happened to one chunk of an auto-batched call.</summary>
public enum ApiBatchChunkStatus
{
    /// <summary>The server accepted the chunk; its result is kept.</summary>
    Accepted,

    /// <summary>The chunk was sent and failed; <see cref="ApiBatchChunk{TResult}.Failure"/> says how.</summary>
    Failed,

    /// <summary>The chunk was not sent, because an earlier one failed.</summary>
    NotSent,
}

/// <summary>One chunk of an auto-batched call: which input items it held and what became of it.</summary>
/// <param name="Index">The chunk's position, from 0.</param>
/// <param name="Start">The index of its first item in the caller's input.</param>
/// <param name="Count">How many items it held.</param>
/// <param name="Status">Accepted, failed or not sent.</param>
/// <param name="Result">The server's response, for an accepted chunk.</param>
/// <param name="Failure">Why it failed, for a failed chunk.</param>
public sealed record ApiBatchChunk<TResult>(int Index, int Start, int Count, ApiBatchChunkStatus Status, TResult? Result, Exception? Failure);

/// <summary>
/// An auto-batched call failed part-way. Chunks before the failure were accepted (their results are here), the
/// failed chunk carries its exception, the rest were not sent: nothing is silently lost.
/// </summary>
public sealed class ApiBatchException<TResult> : Exception
{
    /// <summary>Creates the exception from every chunk's fate.</summary>
    public ApiBatchException(string operation, IReadOnlyList<ApiBatchChunk<TResult>> chunks, Exception failure)
        : base(Describe(operation, chunks), failure)
    {
        Operation = operation;
        Chunks = chunks;
    }

    /// <summary>The operation's name.</summary>
    public string Operation { get; }

    /// <summary>Every chunk, in order.</summary>
    public IReadOnlyList<ApiBatchChunk<TResult>> Chunks { get; }

    /// <summary>The results of the accepted chunks, in input order.</summary>
    public IReadOnlyList<TResult> AcceptedResults
        => Chunks.Where(c => c.Status == ApiBatchChunkStatus.Accepted).Select(c => c.Result!).ToList();

    private static string Describe(string operation, IReadOnlyList<ApiBatchChunk<TResult>> chunks)
    {
        var failed = chunks.First(c => c.Status == ApiBatchChunkStatus.Failed);
        var accepted = chunks.Count(c => c.Status == ApiBatchChunkStatus.Accepted);
        return $"{operation}: chunk {failed.Index} (items {failed.Start}..{failed.Start + failed.Count - 1}) failed; "
            + $"{accepted} of {chunks.Count} chunks were accepted before it, {chunks.Count - accepted - 1} were not sent: {failed.Failure?.Message}";
    }
}

/// <summary>Splits items into chunks and sends them one after another, recording each chunk's fate.</summary>
public static class ApiBatch
{
    /// <summary>Chunks of at most <paramref name="maxItems"/> items, in input order.</summary>
    public static IReadOnlyList<IReadOnlyList<TItem>> Chunk<TItem>(IEnumerable<TItem> items, int maxItems)
        => items.Chunk(Math.Max(1, maxItems)).Select(chunk => (IReadOnlyList<TItem>)chunk).ToList();

    /// <summary>
    /// Sends each chunk in order with <paramref name="send"/> (given the chunk's index); on the first failure,
    /// stops and throws <see cref="ApiBatchException{TResult}"/>. Cancellation by the caller is a failure too, so
    /// the accepted chunks are still reported.
    /// </summary>
    public static async Task<IReadOnlyList<TResult>> SendAsync<TItem, TResult>(string operation, IReadOnlyList<IReadOnlyList<TItem>> chunks,
        Func<IReadOnlyList<TItem>, int, CancellationToken, Task<TResult>> send, CancellationToken cancellationToken)
    {
        var results = new List<TResult>(chunks.Count);
        for (var index = 0; index < chunks.Count; index++)
        {
            try
            {
                results.Add(await send(chunks[index], index, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception failure)
            {
                var report = new List<ApiBatchChunk<TResult>>(chunks.Count);
                var start = 0;
                for (var i = 0; i < chunks.Count; i++)
                {
                    var status = i < index ? ApiBatchChunkStatus.Accepted : i == index ? ApiBatchChunkStatus.Failed : ApiBatchChunkStatus.NotSent;
                    report.Add(new(i, start, chunks[i].Count, status, i < index ? results[i] : default, i == index ? failure : null));
                    start += chunks[i].Count;
                }
                throw new ApiBatchException<TResult>(operation, report, failure);
            }
        }
        return results;
    }

    /// <summary>The idempotency key of one chunk: <c>{key}-{chunkIndex}</c>, distinct per chunk and the same on every
    /// retry of the whole batch, so a chunk the server already stored is replayed, not stored twice.</summary>
    public static string ChunkKey(string key, int chunkIndex)
        => key + "-" + chunkIndex.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
