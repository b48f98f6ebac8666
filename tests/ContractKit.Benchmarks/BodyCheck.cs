using System.Text;
using System.Text.Json;
using Generated = Bench.Api;
using HandWritten = ContractKit.Benchmarks.HandWritten;
using HandWrittenMutable = ContractKit.Benchmarks.HandWrittenMutable;

namespace ContractKit.Benchmarks;

/// <summary>
/// Makes sure every side does the same work before anything is timed: the body has the intended mix, each reads all
/// of it, and each writes the same bytes back (same property order, the default ACCOUNT written, absent html left out).
/// </summary>
public static class BodyCheck
{
    public static void ThrowIfNotEquivalent(Generated.PushMessagesRequest generated, HandWritten.PushMessagesRequest records, HandWrittenMutable.PushMessagesRequest mutable)
    {
        int[] counts = [generated.Messages.Count, records.Messages.Count, mutable.Messages.Count];
        if (counts.Any(count => count != PushBody.MessageCount))
        {
            throw new InvalidOperationException($"Expected {PushBody.MessageCount} messages, read {string.Join(", ", counts)} (generated, records, mutable).");
        }
        var phones = generated.Messages.Count(m => m.GuestIdentifier is Generated.PhoneNumberGuestIdentifier);
        var texts = generated.Messages.Count(m => m.Content is Generated.TextContent);
        if (phones != PushBody.MessageCount / 2 || texts != PushBody.MessageCount / 2)
        {
            throw new InvalidOperationException($"The body should be half phone, half text; it has {phones} phone guests and {texts} text messages.");
        }
        var fromGenerated = JsonSerializer.SerializeToUtf8Bytes(generated, Generated.BenchClientJson.Options);
        Same(fromGenerated, JsonSerializer.SerializeToUtf8Bytes(records, HandWritten.HandWrittenJsonContext.Default.PushMessagesRequest), "STJ records");
        Same(fromGenerated, JsonSerializer.SerializeToUtf8Bytes(mutable, HandWrittenMutable.HandWrittenMutableJsonContext.Default.PushMessagesRequest), "STJ mutable classes");
        var reread = JsonSerializer.Deserialize<Generated.PushMessagesRequest>(fromGenerated, Generated.BenchClientJson.Options)!;
        Same(fromGenerated, JsonSerializer.SerializeToUtf8Bytes(reread, Generated.BenchClientJson.Options), "generated, after a round trip");
    }

    private static void Same(byte[] expected, byte[] actual, string what)
    {
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            var at = expected.AsSpan().CommonPrefixLength(actual);
            var from = Math.Max(0, at - 80);
            throw new InvalidOperationException($"{what} writes other JSON than the generated converters, from byte {at}:\n"
                + Encoding.UTF8.GetString(expected, from, Math.Min(200, expected.Length - from)) + "\n"
                + Encoding.UTF8.GetString(actual, from, Math.Min(200, actual.Length - from)));
        }
    }
}
