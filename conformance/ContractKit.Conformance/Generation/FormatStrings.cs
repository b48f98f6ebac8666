using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace ContractKit.Conformance.Generation;

/// <summary>
/// Strings of the formats JSON Schema and OpenAPI define, spelled as their RFCs say: date-time and time always
/// with an offset (RFC 3339 §5.6), dates that exist, lower-case hyphenated UUIDs (RFC 9562), absolute URIs
/// (RFC 3986), dotted-quad IPv4 and compressed IPv6 (RFC 2673/4291), DNS hostnames (RFC 1123), e-mail addresses
/// (RFC 5321 mailbox), base64 (RFC 4648) and ISO 8601 durations. Other formats are annotations: null here.
/// </summary>
internal static class FormatStrings
{
    public static Gen<string>? For(string? format) => format?.ToLowerInvariant() switch
    {
        "date-time" => DateTimes().Select(FormatDateTime),
        "date" => DateTimes().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        "time" => DateTimes().Select(d => FormatDateTime(d)[11..]),
        "uuid" => Gen.Choose(0, int.MaxValue).Select(n => new Guid(n, (short)(n >> 3), 0x4abc, 1, 2, 3, 4, 5, 6, 7, 8).ToString("D")),
        "uri" or "url" or "iri" => Gen.Choose(0, 9999).Select(n => $"https://example.com/items/{n}"),
        "uri-reference" or "iri-reference" => Gen.Elements("/items/", "https://example.com/items/", "items/").SelectMany(p => Gen.Choose(0, 9999).Select(n => p + n)),
        "email" or "idn-email" => Gen.Choose(0, 9999).Select(n => $"guest{n}@example.com"),
        "hostname" or "idn-hostname" => Gen.Choose(0, 9999).Select(n => $"host{n}.example.com"),
        "ipv4" => Gen.ArrayOf(Gen.Choose(0, 255), 4).Select(parts => string.Join('.', parts)),
        "ipv6" => Gen.ArrayOf(Gen.Choose(0, 0xFFFF), 2).Select(parts => $"2001:db8::{parts[0]:x}:{parts[1]:x}"),
        "byte" => Gen.ArrayOf(Gen.Choose(0, 255), 6).Select(b => Convert.ToBase64String(b.Select(x => (byte)x).ToArray())),
        "duration" => Gen.Choose(1, 48).Select(h => $"PT{h}H"),
        _ => null,
    };

    /// <summary>Whether <paramref name="format"/> has a generator here (a validator may check it).</summary>
    public static bool IsKnown(string? format) => For(format) is not null;

    /// <summary>Instants over five years, at whole seconds or with milliseconds, in UTC and three other offsets.</summary>
    public static Gen<DateTimeOffset> DateTimes()
        => from seconds in Gen.Choose(0, 60 * 60 * 24 * 365 * 5)
           from offsetMinutes in Gen.Elements(0, 60, -300, 330)
           from millis in Gen.Elements(0, 0, 250)
           select new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(offsetMinutes)).AddSeconds(seconds).AddMilliseconds(millis);

    /// <summary>RFC 3339, with 'Z' for UTC as most servers write it.</summary>
    public static string FormatDateTime(DateTimeOffset value)
    {
        var text = value.ToString(value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture);
        return text + (value.Offset == TimeSpan.Zero ? "Z" : value.ToString("zzz", CultureInfo.InvariantCulture));
    }
}
